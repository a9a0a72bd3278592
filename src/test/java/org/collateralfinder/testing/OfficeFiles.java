package org.collateralfinder.testing;

import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes small real office files for tests, with POI and PDFBox. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /**
     * A PPTX of {@code slides} slides, each a text box "Unit N" (1-based): two parts a slide, so 500 slides make a
     * package of more than 1,000 parts, POI's default limit (slides re-test 20 #2).
     */
    public static Path manySlides(Path file, int slides) throws IOException {
        String[] texts = new String[slides];
        for (int n = 1; n <= slides; n++) {
            texts[n - 1] = "Unit " + n;
        }
        return pptx(file, "Many slides", texts);
    }

    /**
     * A copy of the zip package {@code from} with {@code extra} more small parts ({@code ppt/media/extraN.bin}), as a
     * package of that many parts is: read as a whole, but too large to be read.
     */
    public static Path withExtraParts(Path from, Path file, int extra) throws IOException {
        try (ZipFile source = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (int n = 1; n <= extra; n++) {
                out.putNextEntry(new ZipEntry("ppt/media/extra" + n + ".bin"));
                out.write(n % 256);
                out.closeEntry();
            }
        }
        return file;
    }

    /** A PPTX with one slide per text, and the given title in its properties. */
    public static Path pptx(Path file, String title, String... slideTexts) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            show.getProperties().getCoreProperties().setTitle(title);
            show.getProperties().getExtendedProperties().getUnderlyingProperties().setSlides(slideTexts.length);
            for (String text : slideTexts) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new Rectangle(40, 40, 600, 300));
                box.setText(text);
            }
            show.write(out);
        }
        return file;
    }

    public static Path docx(Path file, String title, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    public static Path pdf(Path file, String title, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            addPage(doc, lines);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A page of {@code lines} in Helvetica 12, one under the other, added to {@code doc}. */
    public static void addPage(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(50, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
    }

    /**
     * A PDF of one page per text, with a text file attached to the document as a whole (its embedded files, not an
     * annotation on a page), as PDF packages and e-invoices carry theirs.
     */
    public static Path pdfWithAttachment(Path file, String attachmentName, String attachmentText, String... pageTexts)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pageTexts) {
                addPage(doc, text);
            }
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc,
                    new ByteArrayInputStream(attachmentText.getBytes(StandardCharsets.UTF_8)));
            embedded.setSubtype("text/plain");
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachmentName);
            spec.setFileUnicode(attachmentName);
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of(attachmentName, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path text(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** A text file last modified at {@code modified} (an ISO instant such as 2025-01-01T10:00:00Z). */
    public static Path text(Path file, String text, String modified) throws IOException {
        text(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }
}
