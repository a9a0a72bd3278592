package org.collateralfinder.slides;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.sl.usermodel.SlideShowFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.OfficePackageLimit;

/**
 * The source files of one export, each opened once (by its absolute path) and closed together at the end;
 * a file that cannot be used is remembered with the sentence saying why.
 */
final class SourceFiles implements Closeable {

    static final Set<String> OPEN_XML = Set.of("pptx", "pptm", "ppsx", "ppsm", "potx", "potm");
    static final Set<String> BINARY = Set.of("ppt", "pps", "pot");
    static final Set<String> PDF = Set.of("pdf");
    /** A source larger than this is not read into memory (no real deck is). */
    static final long MAX_BYTES = 1L << 30;

    /** An opened file, or why it cannot be used (the end of a sentence naming it: "does not exist"). */
    record Opened(SourceFile file, String whyNot) {
    }

    private final Map<Path, Opened> opened = new LinkedHashMap<>();

    Opened open(Path file) {
        return opened.computeIfAbsent(file.toAbsolutePath().normalize(), SourceFiles::read);
    }

    private static Opened read(Path file) {
        String ext = extension(file);
        if (!Files.exists(file)) {
            return new Opened(null, insideArchive(file).map(archive -> "is inside the archive " + archive.getFileName()
                    + ", and files inside archives cannot give slides; take the file out of the archive first")
                    .orElse("does not exist"));
        }
        if (Files.isDirectory(file)) {
            return new Opened(null, "is a folder, not a deck or a PDF");
        }
        if (!OPEN_XML.contains(ext) && !BINARY.contains(ext) && !PDF.contains(ext)) {
            return new Opened(null, "is not a PowerPoint deck or a PDF" + (ext.isEmpty() ? "" : " (." + ext + ")")
                    + "; only their slides and pages go into a deck");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Opened(null, "is larger than 1 GB");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (PDF.contains(ext)) {
                PDDocument pdf = Loader.loadPDF(bytes);
                if (!pdf.getCurrentAccessPermission().canAssembleDocument()) {
                    pdf.close();
                    return new Opened(null, "does not allow its pages to be taken out of it (a setting of its author)");
                }
                return new Opened(new SourceFile.Pdf(file, pdf), null);
            }
            PackageLimit.apply();
            if (OPEN_XML.contains(ext) && startsWith(bytes, OLE2)) {
                return new Opened(null, "is protected by a password"); // an encrypted deck is wrapped in an OLE2 file
            }
            if (OPEN_XML.contains(ext)) {
                // a deck read as a stream is read as far as it goes: a truncated one, whose zip has lost its table of
                // contents at the end, would be taken for whole, so the table is checked first
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    if (zip.size() > OfficePackageLimit.MAX_PARTS) { // said as it is, not as damaged (re-test 20 #2)
                        return new Opened(null, OfficePackageLimit.tooManyParts(zip.size()));
                    }
                }
                return new Opened(new SourceFile.Pptx(file, bytes, new XMLSlideShow(new ByteArrayInputStream(bytes)),
                        ext.equals("pptx")), null);
            }
            return new Opened(new SourceFile.DrawnSlides(file, SlideShowFactory.create(new ByteArrayInputStream(bytes))), null);
        } catch (InvalidPasswordException | EncryptedDocumentException e) {
            return new Opened(null, "is protected by a password");
        } catch (OldFileFormatException e) {
            // POI says so of PowerPoint 95 and 4.0 files: they are whole, only too old (re-test 12 called them damaged)
            return new Opened(null, "is in a PowerPoint format too old to be read (PowerPoint 95 or earlier); "
                    + "save it again in a newer PowerPoint first");
        } catch (IOException e) {
            if (!Files.isReadable(file)) {
                return new Opened(null, "cannot be read (" + CollateralException.why(e) + ")");
            }
            return new Opened(null, damaged(ext));
        } catch (RuntimeException e) {
            // POI and PDFBox say "damaged" with many exception types
            return new Opened(null, damaged(ext));
        } catch (LinkageError e) {
            // a PDF encrypted for a certificate: PDFBox reaches for BouncyCastle, which the app leaves out (re-test 25 #2)
            if (CertificateEncryptedPdf.causedBy(e)) {
                return new Opened(null, CertificateEncryptedPdf.WHY);
            }
            throw e;
        }
    }

    /**
     * The archive a path that does not exist names a file in ({@code arc.zip!/inner/deck.pptx}, as search shows
     * such files), when that archive is a file.
     */
    private static Optional<Path> insideArchive(Path file) {
        String path = file.toString();
        for (int member = path.indexOf("!" + File.separator); member > 0; member = path.indexOf("!" + File.separator, member + 1)) {
            Path archive = Path.of(path.substring(0, member));
            if (Files.isRegularFile(archive)) {
                return Optional.of(archive);
            }
        }
        return Optional.empty();
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static boolean startsWith(byte[] bytes, byte[] start) {
        return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
    }

    private static String damaged(String ext) {
        return "could not be read as a " + (PDF.contains(ext) ? "PDF" : "PowerPoint deck") + " (it may be damaged)";
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        for (Opened o : opened.values()) {
            if (o.file() != null) {
                try {
                    o.file().close();
                } catch (IOException ignored) {
                    // read from memory: nothing to release on disk
                }
            }
        }
        opened.clear();
    }
}
