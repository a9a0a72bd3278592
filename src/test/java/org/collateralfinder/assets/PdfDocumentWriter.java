package org.collateralfinder.assets;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Renders a {@link SampleDocument} as a US Letter PDF: a coloured title band, headings, wrapped paragraphs,
 * bullets and simple tables, with a page footer. Uses the standard Helvetica fonts, so the text must stay
 * within WinAnsi characters.
 */
final class PdfDocumentWriter {

    private static final PDRectangle PAGE_SIZE = PDRectangle.LETTER;
    private static final float MARGIN = 60;
    private static final float CONTENT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
    private static final float BOTTOM = 70;
    private static final float MINIMUM_TITLE_BAND_HEIGHT = 130;

    private static final float BODY_SIZE = 10.5f;
    private static final float BODY_LEADING = 14.5f;
    private static final float HEADING_SIZE = 14;
    private static final float TABLE_SIZE = 9.5f;
    private static final float TABLE_LEADING = 12.5f;
    private static final float CELL_PADDING = 5;
    private static final float BULLET_INDENT = 16;

    private final PDDocument pdf;
    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    private final SampleDocument document;
    private PDPageContentStream content;
    private float y;

    private PdfDocumentWriter(PDDocument pdf, SampleDocument document) {
        this.pdf = pdf;
        this.document = document;
    }

    static void write(SampleDocument document, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            new PdfDocumentWriter(pdf, document).render();
            describe(pdf, document);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            Files.write(target, bytes.toByteArray());
        }
    }

    private void render() throws IOException {
        startFirstPage();
        for (SampleDocument.Section section : document.sections()) {
            renderSection(section);
        }
        content.close();
        addFooters();
    }

    private void renderSection(SampleDocument.Section section) throws IOException {
        ensureSpace(HEADING_SIZE + 3 * BODY_LEADING);
        y -= 10;
        writeLine(section.heading(), bold, HEADING_SIZE, MARGIN, BrandPalette.TEAL);
        y -= 6;
        for (String paragraph : section.paragraphs()) {
            writeWrapped(paragraph, regular, BODY_SIZE, BODY_LEADING, MARGIN, CONTENT_WIDTH, BrandPalette.INK);
            y -= 6;
        }
        for (String bullet : section.bullets()) {
            ensureSpace(BODY_LEADING);
            float baseline = y - BODY_LEADING + (BODY_LEADING - BODY_SIZE) / 2;
            showText("\u2022", regular, BODY_SIZE, MARGIN + 4, baseline, BrandPalette.TEAL);
            writeWrapped(bullet, regular, BODY_SIZE, BODY_LEADING, MARGIN + BULLET_INDENT,
                    CONTENT_WIDTH - BULLET_INDENT, BrandPalette.INK);
            y -= 2;
        }
        if (!section.table().isEmpty()) {
            y -= 4;
            renderTable(section.table());
            y -= 8;
        }
    }

    /** The first page opens with a band holding the title and subtitle, as tall as they need. */
    private void startFirstPage() throws IOException {
        newPage();
        float pageTop = PAGE_SIZE.getHeight();
        int titleLines = wrap(document.title(), bold, 24, CONTENT_WIDTH).size();
        int subtitleLines = wrap(document.subtitle(), italic, 12, CONTENT_WIDTH).size();
        float bandHeight = Math.max(MINIMUM_TITLE_BAND_HEIGHT, 50 + titleLines * 28 + 4 + subtitleLines * 16 + 28);
        fillRect(0, pageTop - bandHeight, PAGE_SIZE.getWidth(), bandHeight, BrandPalette.DEEP_BLUE);
        fillRect(0, pageTop - bandHeight - 5, PAGE_SIZE.getWidth(), 5, BrandPalette.TEAL);
        showText("NORTHWIND ANALYTICS", bold, 9, MARGIN, pageTop - 38, BrandPalette.PALE_BLUE);
        y = pageTop - 50;
        writeWrapped(document.title(), bold, 24, 28, MARGIN, CONTENT_WIDTH, Color.WHITE);
        y -= 4;
        writeWrapped(document.subtitle(), italic, 12, 16, MARGIN, CONTENT_WIDTH, Color.WHITE);
        y = pageTop - bandHeight - 30;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE_SIZE);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = TOP;
        if (pdf.getNumberOfPages() > 1) {
            showText("Northwind Analytics  |  " + document.title(), regular, 8, MARGIN, TOP + 22, BrandPalette.MUTED);
            fillRect(MARGIN, TOP + 14, CONTENT_WIDTH, 1, BrandPalette.TEAL);
            y = TOP - 6;
        }
    }

    private void ensureSpace(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void writeLine(String text, PDFont font, float size, float x, Color color) throws IOException {
        y -= size + 2;
        showText(text, font, size, x, y, color);
    }

    private void writeWrapped(String text, PDFont font, float size, float leading, float x, float width, Color color)
            throws IOException {
        for (String line : wrap(text, font, size, width)) {
            ensureSpace(leading);
            y -= leading;
            showText(line, font, size, x, y + (leading - size) / 2, color);
        }
    }

    private void renderTable(List<List<String>> rows) throws IOException {
        float[] widths = columnWidths(rows);
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0;
            PDFont font = header ? bold : regular;
            List<List<String>> cellLines = new ArrayList<>();
            int lineCount = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> lines = wrap(rows.get(r).get(c), font, TABLE_SIZE, widths[c] - 2 * CELL_PADDING);
                cellLines.add(lines);
                lineCount = Math.max(lineCount, lines.size());
            }
            float rowHeight = lineCount * TABLE_LEADING + 2 * CELL_PADDING;
            ensureSpace(rowHeight);
            if (header) {
                fillRect(MARGIN, y - rowHeight, CONTENT_WIDTH, rowHeight, BrandPalette.LIGHT_TEAL);
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                float lineY = y - CELL_PADDING - TABLE_SIZE;
                for (String line : cellLines.get(c)) {
                    showText(line, font, TABLE_SIZE, x + CELL_PADDING, lineY, BrandPalette.INK);
                    lineY -= TABLE_LEADING;
                }
                x += widths[c];
            }
            y -= rowHeight;
            fillRect(MARGIN, y, CONTENT_WIDTH, 0.6f, BrandPalette.RULE);
        }
    }

    /** Shares the width out by each column's longest text, with every column getting a fair minimum. */
    private float[] columnWidths(List<List<String>> rows) throws IOException {
        int columns = rows.getFirst().size();
        float[] natural = new float[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                float width = regular.getStringWidth(row.get(c)) / 1000 * TABLE_SIZE + 2 * CELL_PADDING;
                natural[c] = Math.max(natural[c], Math.min(width, CONTENT_WIDTH / 2));
            }
        }
        float total = 0;
        for (float width : natural) {
            total += width;
        }
        float[] widths = new float[columns];
        float minimum = CONTENT_WIDTH / columns / 2;
        float spread = CONTENT_WIDTH - minimum * columns;
        for (int c = 0; c < columns; c++) {
            widths[c] = minimum + spread * natural[c] / total;
        }
        return widths;
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void showText(String text, PDFont font, float size, float x, float baseline, Color color)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void fillRect(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, width, height);
        content.fill();
    }

    private void addFooters() throws IOException {
        int pageCount = pdf.getNumberOfPages();
        for (int i = 0; i < pageCount; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i), AppendMode.APPEND, true)) {
                content = footer; // the drawing helpers draw into the current content stream
                fillRect(MARGIN, 48, CONTENT_WIDTH, 0.6f, BrandPalette.RULE);
                showText("Northwind Analytics, Inc.  |  northwind-analytics.example", regular, 8, MARGIN, 36,
                        BrandPalette.MUTED);
                String pageLabel = "Page " + (i + 1) + " of " + pageCount;
                float labelWidth = regular.getStringWidth(pageLabel) / 1000 * 8;
                showText(pageLabel, regular, 8, MARGIN + CONTENT_WIDTH - labelWidth, 36, BrandPalette.MUTED);
            }
        }
    }

    private static void describe(PDDocument pdf, SampleDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setAuthor(document.author());
        info.setSubject(document.subtitle());
        info.setKeywords(document.keywords());
        info.setCreator("Collateral Finder sample generator");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(document.created().toInstant(ZoneOffset.UTC).toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        // PDFBox would otherwise derive the file identifier from the current time.
        byte[] id = Arrays.copyOf(sha256(document.title()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
