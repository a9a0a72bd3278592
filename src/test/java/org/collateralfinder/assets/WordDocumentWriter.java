package org.collateralfinder.assets;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Renders a {@link SampleDocument} as a Word (.docx) file with real bullet lists and tables. */
final class WordDocumentWriter {

    private static final String FONT = "Calibri";

    private WordDocumentWriter() {
    }

    static void write(SampleDocument document, Path target) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            BigInteger bulletList = addBulletNumbering(word);
            addRun(word.createParagraph(), "NORTHWIND ANALYTICS", 9, true, BrandPalette.TEAL);
            addRun(word.createParagraph(), document.title(), 24, true, BrandPalette.DEEP_BLUE);
            XWPFParagraph subtitle = word.createParagraph();
            subtitle.setSpacingAfter(240);
            addRun(subtitle, document.subtitle(), 12, false, BrandPalette.MUTED).setItalic(true);
            for (SampleDocument.Section section : document.sections()) {
                XWPFParagraph heading = word.createParagraph();
                heading.setSpacingBefore(240);
                heading.setKeepNext(true);
                addRun(heading, section.heading(), 14, true, BrandPalette.TEAL);
                for (String text : section.paragraphs()) {
                    XWPFParagraph paragraph = word.createParagraph();
                    paragraph.setSpacingAfter(140);
                    addRun(paragraph, text, 11, false, BrandPalette.INK);
                }
                for (String text : section.bullets()) {
                    XWPFParagraph bullet = word.createParagraph();
                    bullet.setNumID(bulletList);
                    bullet.setSpacingAfter(60);
                    addRun(bullet, text, 11, false, BrandPalette.INK);
                }
                if (!section.table().isEmpty()) {
                    addTable(word, section.table());
                }
            }
            OfficeMetadata.describe(word.getProperties(), document.title(), document.author(), document.subtitle(),
                    document.keywords(), document.created());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            word.write(bytes);
            ReproducibleZip.writeNormalized(bytes.toByteArray(), target);
        }
    }

    private static void addTable(XWPFDocument word, List<List<String>> rows) {
        XWPFTable table = word.createTable(rows.size(), rows.getFirst().size());
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().getFirst();
                addRun(paragraph, rows.get(r).get(c), 10, r == 0, BrandPalette.INK);
                if (r == 0) {
                    cell.setColor(BrandPalette.hex(BrandPalette.LIGHT_TEAL));
                }
            }
        }
        word.createParagraph();
    }

    private static XWPFRun addRun(XWPFParagraph paragraph, String text, int size, boolean bold, Color color) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setColor(BrandPalette.hex(color));
        run.setText(text);
        return run;
    }

    private static BigInteger addBulletNumbering(XWPFDocument word) {
        CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
        bullets.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = bullets.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(360));
        XWPFNumbering numbering = word.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets));
        return numbering.addNum(abstractId);
    }
}
