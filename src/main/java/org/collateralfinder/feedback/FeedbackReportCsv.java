package org.collateralfinder.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collateralfinder.model.ProtectedFolders;

/**
 * Writes a {@link FeedbackReport} as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled), after a UTF-8 byte-order mark, one row per file, as the
 * report counts them ({@link FeedbackReport}): first the files with feedback by path, each identical copy in a row of its
 * own after its file's, with the same figures, then the never-used files (a path once listed is not listed again).
 * {@code slides} says per slide (page, sheet) current entries named how many named it and with which tags:
 * {@code 7: entries=2, worked=2; 9: entries=1} (empty when every entry is about the whole file).
 *
 * <p>Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula,
 * so such text cells are written with a leading apostrophe (OWASP's advice against CSV injection): a
 * comment like {@code =HYPERLINK(...)} from a teammate stays text when marketing opens the file.
 */
public final class FeedbackReportCsv {

    public static final List<String> HEADER = List.of("path", "content_hash", "entries", "average_rating",
            FeedbackTags.WORKED, FeedbackTags.DIDNT_LAND, FeedbackTags.OUTDATED, FeedbackTags.CUSTOMER_ASKED,
            FeedbackTags.NEEDS_UPDATE, "other_tags", "latest_comment", "latest_comment_by", "last_feedback",
            "entries_per_month", "slides", "lists");

    /** Written first, so Excel reads the file as UTF-8 ("résumé", not "rÃ©sumÃ©"); other readers skip it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /** How every report starts, whatever columns a later version adds: the mark of a report the app wrote. */
    private static final String START = BYTE_ORDER_MARK + "path,content_hash,entries,";

    /**
     * What a report may replace, for {@link ProtectedFolders}: a report the app wrote, by how it starts (the command
     * line's and the window's export).
     */
    public static final ProtectedFolders.Earlier EARLIER = new ProtectedFolders.Earlier(
            "a feedback report Collateral Finder wrote", FeedbackReportCsv::isReport);

    private FeedbackReportCsv() {
    }

    /**
     * Whether {@code file} is a report the app wrote (by how it starts, not by its name), the only existing file a
     * report replaces: a price list of a source is a {@code .csv} too (slides re-test 20 #3).
     */
    public static boolean isReport(Path file) {
        if (!Files.isRegularFile(file)) { // a FIFO is not opened: reading it would wait for a writer
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = START.getBytes(StandardCharsets.UTF_8);
            return Arrays.equals(in.readNBytes(start.length), start);
        } catch (IOException e) {
            return false;
        }
    }

    public static void write(FeedbackReport report, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            Set<String> withRow = new HashSet<>();
            for (FeedbackReport.FileReport file : report.files()) {
                List<String> row = row(report, file);
                for (String path : Stream.concat(Stream.of(file.path()), file.copies().stream()).toList()) {
                    if (withRow.add(path)) {
                        row.set(0, text(path));
                        printer.printRecord(row);
                    }
                }
            }
            for (KnownFile file : report.neverUsed()) {
                if (!withRow.add(file.path())) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(text(file.path()), file.contentHash(), "0"));
                while (row.size() < HEADER.size() - 1) {
                    row.add("");
                }
                row.add("never used");
                printer.printRecord(row);
            }
        }
    }

    private static List<String> row(FeedbackReport report, FeedbackReport.FileReport file) {
        List<String> row = new ArrayList<>();
        row.add(text(file.path()));
        row.add(file.contentHash());
        row.add(Integer.toString(file.entries()));
        row.add(file.averageRating() == null ? "" : String.format(Locale.ROOT, "%.2f", file.averageRating()));
        for (String tag : FeedbackTags.BUILT_IN) {
            row.add(Integer.toString(file.tagCount(tag)));
        }
        row.add(text(file.tagCounts().entrySet().stream()
                .filter(tag -> !FeedbackTags.isBuiltIn(tag.getKey()))
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining("; "))));
        FeedbackReport.Comment latest = file.latestComments().isEmpty() ? null : file.latestComments().getFirst();
        row.add(latest == null ? "" : text(latest.text()));
        row.add(latest == null ? "" : text(latest.user()));
        row.add(file.lastFeedbackAt().toString());
        row.add(file.entriesPerMonth().entrySet().stream()
                .map(month -> month.getKey() + "=" + month.getValue())
                .collect(Collectors.joining("; ")));
        row.add(file.slides().stream()
                .map(slide -> slide.slide() + ": entries=" + slide.entries() + slide.tagCounts().entrySet().stream()
                        .map(tag -> ", " + tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining()))
                .collect(Collectors.joining("; ")));
        row.add(String.join("; ", report.listsOf(file.contentHash())));
        return row;
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
