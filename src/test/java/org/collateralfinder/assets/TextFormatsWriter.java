package org.collateralfinder.assets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders sample content as HTML, Markdown, plain text and CSV, UTF-8 with Unix line endings. */
final class TextFormatsWriter {

    private static final int TEXT_WIDTH = 78;

    private TextFormatsWriter() {
    }

    static void writeHtml(SampleDocument document, Path target) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escapeHtml(document.title())).append("</title>\n")
                .append(metaTag("author", document.author()))
                .append(metaTag("description", document.subtitle()))
                .append(metaTag("keywords", document.keywords()))
                .append(metaTag("dcterms.created", document.created().format(DateTimeFormatter.ISO_LOCAL_DATE)))
                .append("<style>\n")
                .append("body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; color: ")
                .append(BrandPalette.cssHex(BrandPalette.INK)).append("; line-height: 1.5; }\n")
                .append("h1 { color: ").append(BrandPalette.cssHex(BrandPalette.DEEP_BLUE)).append("; }\n")
                .append("h2 { color: ").append(BrandPalette.cssHex(BrandPalette.TEAL))
                .append("; font-size: 1.15rem; }\n")
                .append("table { border-collapse: collapse; } td, th { border: 1px solid ")
                .append(BrandPalette.cssHex(BrandPalette.RULE)).append("; padding: 0.3rem 0.6rem; }\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<header><p>Northwind Analytics</p><h1>").append(escapeHtml(document.title())).append("</h1>\n")
                .append("<p><em>").append(escapeHtml(document.subtitle())).append("</em></p></header>\n<main>\n");
        for (SampleDocument.Section section : document.sections()) {
            html.append("<section>\n<h2>").append(escapeHtml(section.heading())).append("</h2>\n");
            for (String text : section.paragraphs()) {
                html.append("<p>").append(escapeHtml(text)).append("</p>\n");
            }
            if (!section.bullets().isEmpty()) {
                html.append("<ul>\n");
                for (String bullet : section.bullets()) {
                    html.append("<li>").append(escapeHtml(bullet)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
            if (!section.table().isEmpty()) {
                html.append(htmlTable(section.table()));
            }
            html.append("</section>\n");
        }
        html.append("</main>\n<footer><p>Northwind Analytics, Inc. | northwind-analytics.example</p></footer>\n")
                .append("</body>\n</html>\n");
        write(target, html.toString());
    }

    static void writeMarkdown(SampleDocument document, Path target) throws IOException {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(document.title()).append("\n\n")
                .append('_').append(document.subtitle()).append("_\n\n");
        for (SampleDocument.Section section : document.sections()) {
            markdown.append("## ").append(section.heading()).append("\n\n");
            for (String text : section.paragraphs()) {
                markdown.append(text).append("\n\n");
            }
            for (String bullet : section.bullets()) {
                markdown.append("- ").append(bullet).append('\n');
            }
            if (!section.bullets().isEmpty()) {
                markdown.append('\n');
            }
            List<List<String>> table = section.table();
            if (!table.isEmpty()) {
                markdown.append("| ").append(String.join(" | ", table.getFirst())).append(" |\n")
                        .append("|").append("---|".repeat(table.getFirst().size())).append('\n');
                for (List<String> row : table.subList(1, table.size())) {
                    markdown.append("| ").append(String.join(" | ", row)).append(" |\n");
                }
                markdown.append('\n');
            }
        }
        write(target, markdown.toString().stripTrailing() + "\n");
    }

    /** Plain text as an e-mail-era document: underlined headings, paragraphs wrapped at 78 columns. */
    static void writePlainText(SampleDocument document, Path target) throws IOException {
        StringBuilder text = new StringBuilder();
        String title = document.title().toUpperCase(Locale.ROOT);
        text.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        appendWrapped(text, document.subtitle(), "", "");
        text.append('\n');
        for (SampleDocument.Section section : document.sections()) {
            text.append(section.heading()).append('\n').append("-".repeat(section.heading().length())).append("\n\n");
            for (String paragraph : section.paragraphs()) {
                appendWrapped(text, paragraph, "", "");
                text.append('\n');
            }
            for (String bullet : section.bullets()) {
                appendWrapped(text, bullet, "  * ", "    ");
            }
            if (!section.bullets().isEmpty()) {
                text.append('\n');
            }
        }
        write(target, text.toString().stripTrailing() + "\n");
    }

    /** RFC 4180 CSV of one sheet: the header row, then the rows; numbers written plainly. */
    static void writeCsv(SampleWorkbook.Sheet sheet, Path target) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append(csvRow(sheet.columns().stream().map(SampleWorkbook.Column::header).toList()));
        for (List<Object> row : sheet.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(value == null ? "" : value.toString());
            }
            csv.append(csvRow(cells));
        }
        write(target, csv.toString());
    }

    private static String csvRow(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean needsQuotes = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            quoted.add(needsQuotes ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted) + "\r\n";
    }

    private static void appendWrapped(StringBuilder out, String text, String firstIndent, String nextIndent) {
        StringBuilder line = new StringBuilder(firstIndent);
        boolean lineHasWord = false;
        for (String word : text.split(" ")) {
            if (lineHasWord && line.length() + 1 + word.length() > TEXT_WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(nextIndent);
                lineHasWord = false;
            }
            line.append(lineHasWord ? " " : "").append(word);
            lineHasWord = true;
        }
        out.append(line).append('\n');
    }

    private static String htmlTable(List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<table>\n<thead><tr>");
        for (String header : rows.getFirst()) {
            table.append("<th>").append(escapeHtml(header)).append("</th>");
        }
        table.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            table.append("<tr>");
            for (String cell : row) {
                table.append("<td>").append(escapeHtml(cell)).append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private static String metaTag(String name, String content) {
        return "<meta name=\"" + name + "\" content=\"" + escapeHtml(content) + "\">\n";
    }

    private static String escapeHtml(String text) {
        return Markup.escape(text);
    }

    private static void write(Path target, String content) throws IOException {
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }
}
