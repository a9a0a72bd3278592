package org.collateralfinder.assets;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of one generated spreadsheet: named sheets of typed columns. A single sheet also
 * serves as the content of a CSV file.
 */
record SampleWorkbook(String title, String author, String keywords, LocalDateTime created, List<Sheet> sheets) {

    SampleWorkbook {
        sheets = List.copyOf(sheets);
    }

    /** How a column's cells are stored and shown. */
    enum CellFormat { TEXT, USD, PERCENT }

    record Column(String header, int widthInCharacters, CellFormat format) {

        static Column text(String header, int width) {
            return new Column(header, width, CellFormat.TEXT);
        }

        static Column usd(String header, int width) {
            return new Column(header, width, CellFormat.USD);
        }

        static Column percent(String header, int width) {
            return new Column(header, width, CellFormat.PERCENT);
        }
    }

    /**
     * One sheet: a bold heading line, free-text notes under it, then a table. Cells are
     * {@code String}s or {@code Number}s (a percentage as a fraction, 0.12 for 12%); null leaves a cell empty.
     */
    record Sheet(String name, String heading, List<String> notes, List<Column> columns, List<List<Object>> rows) {

        Sheet {
            notes = List.copyOf(notes);
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Row " + row + " does not have " + columns.size() + " cells");
                }
            }
        }
    }
}
