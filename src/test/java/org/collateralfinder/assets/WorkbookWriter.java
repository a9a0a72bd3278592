package org.collateralfinder.assets;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.collateralfinder.assets.SampleWorkbook.CellFormat;
import org.collateralfinder.assets.SampleWorkbook.Column;

/** Renders a {@link SampleWorkbook} as an Excel (.xlsx) file: a heading, notes, then a formatted table per sheet. */
final class WorkbookWriter {

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle headingStyle;
    private final XSSFCellStyle noteStyle;
    private final XSSFCellStyle headerStyle;
    private final Map<CellFormat, XSSFCellStyle> bodyStyles = new EnumMap<>(CellFormat.class);

    private WorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        headingStyle = workbook.createCellStyle();
        headingStyle.setFont(font(14, true, BrandPalette.DEEP_BLUE));
        noteStyle = workbook.createCellStyle();
        noteStyle.setFont(font(10, false, BrandPalette.MUTED));
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(font(11, true, Color.WHITE));
        headerStyle.setFillForegroundColor(new XSSFColor(BrandPalette.DEEP_BLUE, null));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        for (CellFormat format : CellFormat.values()) {
            String numberFormat = switch (format) {
                case TEXT -> "@";
                case USD -> "\"$\"#,##0";
                case PERCENT -> "0%";
            };
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font(11, false, BrandPalette.INK));
            style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat));
            style.setWrapText(format == CellFormat.TEXT);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(new XSSFColor(BrandPalette.RULE, null));
            bodyStyles.put(format, style);
        }
    }

    static void write(SampleWorkbook content, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookWriter writer = new WorkbookWriter(workbook);
            for (SampleWorkbook.Sheet sheet : content.sheets()) {
                writer.addSheet(sheet);
            }
            OfficeMetadata.describe(workbook.getProperties(), content.title(), content.author(), content.title(),
                    content.keywords(), content.created());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            ReproducibleZip.writeNormalized(bytes.toByteArray(), target);
        }
    }

    private void addSheet(SampleWorkbook.Sheet content) {
        XSSFSheet sheet = workbook.createSheet(content.name());
        int rowIndex = 0;
        setText(sheet.createRow(rowIndex++), 0, content.heading(), headingStyle);
        for (String note : content.notes()) {
            setText(sheet.createRow(rowIndex++), 0, note, noteStyle);
        }
        rowIndex++;
        List<Column> columns = content.columns();
        XSSFRow header = sheet.createRow(rowIndex++);
        header.setHeightInPoints(20);
        for (int c = 0; c < columns.size(); c++) {
            setText(header, c, columns.get(c).header(), headerStyle);
            sheet.setColumnWidth(c, columns.get(c).widthInCharacters() * 256);
        }
        sheet.createFreezePane(0, rowIndex);
        for (List<Object> values : content.rows()) {
            XSSFRow row = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                XSSFCellStyle style = bodyStyles.get(columns.get(c).format());
                if (value instanceof Number number) {
                    XSSFCell cell = row.createCell(c);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(style);
                } else if (value != null) {
                    setText(row, c, value.toString(), bodyStyles.get(CellFormat.TEXT));
                }
            }
        }
    }

    private static void setText(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private XSSFFont font(int points, boolean bold, Color color) {
        XSSFFont font = workbook.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setColor(new XSSFColor(color, null));
        return font;
    }
}
