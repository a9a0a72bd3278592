package org.collateralfinder.assets;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTBackgroundProperties;

/**
 * Renders a {@link SampleDocument} as a 16:9 PowerPoint (.pptx) deck: a cover slide from the title and
 * subtitle, then one slide per section with the heading as the slide title, paragraphs and bullets in the
 * body placeholder, and a section's table as a slide table.
 */
final class SlideDeckWriter {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final int SIDE = 50;

    private SlideDeckWriter() {
    }

    static void write(SampleDocument deck, Path target) throws IOException {
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.setPageSize(new Dimension(WIDTH, HEIGHT));
            XSLFSlideMaster master = slides.getSlideMasters().getFirst();
            addCover(slides.createSlide(master.getLayout(SlideLayout.TITLE)), deck);
            int number = 2;
            for (SampleDocument.Section section : deck.sections()) {
                addContentSlide(slides.createSlide(master.getLayout(SlideLayout.TITLE_AND_CONTENT)), section,
                        number++);
            }
            OfficeMetadata.describe(slides.getProperties(), deck.title(), deck.author(), deck.subtitle(),
                    deck.keywords(), deck.created());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            slides.write(bytes);
            ReproducibleZip.writeNormalized(bytes.toByteArray(), target);
        }
    }

    private static void addCover(XSLFSlide cover, SampleDocument deck) {
        setBackground(cover, BrandPalette.DEEP_BLUE);
        addBar(cover, new Rectangle(0, HEIGHT - 14, WIDTH, 14), BrandPalette.TEAL);
        XSLFTextShape title = cover.getPlaceholder(0);
        title.setAnchor(new Rectangle(SIDE, 150, WIDTH - 2 * SIDE, 140));
        setSingleParagraph(title, deck.title(), 40, true, Color.WHITE);
        XSLFTextShape subtitle = cover.getPlaceholder(1);
        subtitle.setAnchor(new Rectangle(SIDE, 300, WIDTH - 2 * SIDE, 90));
        setSingleParagraph(subtitle, deck.subtitle(), 20, false, BrandPalette.PALE_BLUE);
        XSLFTextBox brand = cover.createTextBox();
        brand.setAnchor(new Rectangle(SIDE, 40, 400, 30));
        setSingleParagraph(brand, "NORTHWIND ANALYTICS", 14, true, BrandPalette.PALE_BLUE);
    }

    private static void addContentSlide(XSLFSlide slide, SampleDocument.Section section, int number) {
        addBar(slide, new Rectangle(0, 0, WIDTH, 10), BrandPalette.TEAL);
        XSLFTextShape title = slide.getPlaceholder(0);
        title.setAnchor(new Rectangle(SIDE, 30, WIDTH - 2 * SIDE, 70));
        setSingleParagraph(title, section.heading(), 30, true, BrandPalette.DEEP_BLUE);
        title.getTextParagraphs().getFirst().setTextAlign(TextAlign.LEFT);

        XSLFTextShape body = slide.getPlaceholder(1);
        boolean hasTable = !section.table().isEmpty();
        boolean hasText = !section.paragraphs().isEmpty() || !section.bullets().isEmpty();
        int textHeight = hasTable ? 130 : 370;
        if (hasText) {
            body.setAnchor(new Rectangle(SIDE, 110, WIDTH - 2 * SIDE, textHeight));
            fillBody(body, section);
        } else {
            slide.removeShape(body);
        }
        if (hasTable) {
            addTable(slide, section.table(), hasText ? 110 + textHeight + 10 : 120);
        }
        XSLFTextBox footer = slide.createTextBox();
        footer.setAnchor(new Rectangle(SIDE, HEIGHT - 36, WIDTH - 2 * SIDE, 24));
        setSingleParagraph(footer, "Northwind Analytics  |  Confidential  |  " + number, 10, false, BrandPalette.MUTED);
    }

    private static void fillBody(XSLFTextShape body, SampleDocument.Section section) {
        body.clearText();
        int characters = section.paragraphs().stream().mapToInt(String::length).sum()
                + section.bullets().stream().mapToInt(String::length).sum();
        double size = characters > 520 ? 16 : characters > 360 ? 18 : 20;
        for (String text : section.paragraphs()) {
            XSLFTextParagraph paragraph = body.addNewTextParagraph();
            paragraph.setBullet(false);
            paragraph.setLeftMargin(0.0);
            paragraph.setIndent(0.0);
            paragraph.setSpaceAfter(6.0);
            styleRun(paragraph.addNewTextRun(), text, size, false, BrandPalette.INK);
        }
        for (String text : section.bullets()) {
            XSLFTextParagraph paragraph = body.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setSpaceAfter(4.0);
            styleRun(paragraph.addNewTextRun(), text, size, false, BrandPalette.INK);
        }
    }

    private static void addTable(XSLFSlide slide, List<List<String>> rows, int top) {
        XSLFTable table = slide.createTable();
        int columns = rows.getFirst().size();
        double columnWidth = (double) (WIDTH - 2 * SIDE) / columns;
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(28);
            for (String text : rows.get(r)) {
                XSLFTableCell cell = row.addCell();
                XSLFTextParagraph paragraph = cell.addNewTextParagraph();
                styleRun(paragraph.addNewTextRun(), text, 14, r == 0, r == 0 ? Color.WHITE : BrandPalette.INK);
                cell.setFillColor(r == 0 ? BrandPalette.DEEP_BLUE : r % 2 == 0 ? BrandPalette.LIGHT_TEAL : Color.WHITE);
            }
        }
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, columnWidth);
        }
        table.setAnchor(new Rectangle(SIDE, top, WIDTH - 2 * SIDE, 28 * rows.size()));
    }

    /**
     * Gives the slide its own solid background. {@code getBackground()} on a slide without one returns the
     * master's, and colouring that would colour every slide.
     */
    private static void setBackground(XSLFSlide slide, Color color) {
        CTBackgroundProperties background = slide.getXmlObject().getCSld().addNewBg().addNewBgPr();
        background.addNewSolidFill().addNewSrgbClr()
                .setVal(new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()});
        background.addNewEffectLst();
    }

    private static void addBar(XSLFSlide slide, Rectangle anchor, Color color) {
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(anchor);
        bar.setFillColor(color);
        bar.setLineColor(color);
    }

    private static void setSingleParagraph(XSLFTextShape shape, String text, double size, boolean bold, Color color) {
        shape.clearText();
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        styleRun(paragraph.addNewTextRun(), text, size, bold, color);
    }

    private static void styleRun(XSLFTextRun run, String text, double size, boolean bold, Color color) {
        run.setText(text);
        run.setFontFamily("Calibri");
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }
}
