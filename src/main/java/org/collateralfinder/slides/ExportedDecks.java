package org.collateralfinder.slides;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlException;
import org.collateralfinder.model.ProtectedFolders;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;

/**
 * The mark each deck the app exports carries, and the test for it: a deck replaces only a deck the app exported
 * (slides re-test 20 #3: {@code --force} replaced a source deck of another data folder, which no rule here could know
 * as a source). A PPTX says so in the application its properties name ({@code docProps/app.xml}), a PDF in its
 * producer. PowerPoint names itself in a deck it saves, so a PPTX the rep edited since is theirs and is not replaced (a
 * PDF editor may keep the producer); nor is a deck exported by a version before the mark.
 */
final class ExportedDecks {

    /** The name the mark gives. */
    static final String MAKER = "Collateral Finder";

    /** What a deck may replace. */
    static final ProtectedFolders.Earlier EARLIER = new ProtectedFolders.Earlier("a deck " + MAKER + " exported",
            ExportedDecks::isOne);

    /** app.xml is a few hundred bytes; one larger than this is no deck's the app wrote. */
    private static final int MAX_PROPERTIES_BYTES = 1 << 20;

    private ExportedDecks() {
    }

    static void mark(POIXMLProperties properties) {
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(MAKER);
    }

    static void mark(PDDocument document) {
        document.getDocumentInformation().setProducer(MAKER);
    }

    /**
     * Whether {@code file} is a deck the app exported, by what it is (a zip or a PDF), not by its name: a file that
     * cannot be read as one, a folder or a special file is not.
     */
    static boolean isOne(Path file) {
        if (!Files.isRegularFile(file)) { // a FIFO is not opened: reading it would wait for a writer
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            if (start.length == 4 && start[0] == 'P' && start[1] == 'K') {
                return MAKER.equals(pptxApplication(file));
            }
            if (start.length == 4 && start[0] == '%' && start[1] == 'P' && start[2] == 'D' && start[3] == 'F') {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    return MAKER.equals(pdf.getDocumentInformation().getProducer());
                }
            }
            return false;
        } catch (IOException | XmlException | RuntimeException e) {
            return false; // unreadable, damaged or protected: not known to be the app's, so not replaced
        } catch (LinkageError e) {
            if (CertificateEncryptedPdf.causedBy(e)) {
                return false; // encrypted for a certificate: not the app's (re-test 25 #2)
            }
            throw e;
        }
    }

    private static String pptxApplication(Path file) throws IOException, XmlException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry app = zip.getEntry("docProps/app.xml");
            if (app == null || app.getSize() > MAX_PROPERTIES_BYTES) {
                return null;
            }
            try (InputStream in = zip.getInputStream(app)) {
                byte[] xml = in.readNBytes(MAX_PROPERTIES_BYTES);
                return PropertiesDocument.Factory.parse(new ByteArrayInputStream(xml), POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
                        .getProperties().getApplication();
            }
        }
    }
}
