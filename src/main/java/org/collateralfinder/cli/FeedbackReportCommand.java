package org.collateralfinder.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackReport;
import org.collateralfinder.feedback.FeedbackReportCsv;
import org.collateralfinder.feedback.FeedbackReporter;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.SearchGaps;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.ProtectedFolders;
import org.collateralfinder.search.ShownCuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedback report}: marketing's view, as text, JSON or a CSV file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Feedback per file (tags, ratings, comments, trend) with the most valued and outdated files.")
class FeedbackReportCommand extends FeedbackSubcommand {

    @Option(names = "--csv", paramLabel = "OUT", description = "Write the report to this CSV file (RFC 4180) instead of printing it.")
    Path csv;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** Marketing's word on the report's files, by path (curated ones only): the text marks them. */
    private Map<String, ShownCuration> curated = Map.of();

    @Override
    int run() {
        Path out = csv == null ? null : csv.toAbsolutePath().normalize();
        if (out != null && (out.getParent() == null || !Files.isDirectory(out.getParent()))) {
            throw new InvalidFeedbackException("The folder for " + out + " does not exist.");
        }
        if (out != null) {
            refuseToOverwrite(out);
        }
        FeedbackReport report;
        List<KnownFile> indexed = indexedFiles();
        Optional<FeedbackDatabase> stored = openDatabaseForReading();
        if (stored.isPresent()) {
            try (FeedbackDatabase database = stored.get()) {
                report = new FeedbackReporter(database).report(indexed);
                curated = curationOf(database, indexed, report);
            }
        } else {
            report = FeedbackReporter.withoutFeedback(indexed);
        }
        if (out != null) {
            writeCsv(report, out);
        }
        if (json(json)) {
            out().println(FeedbackJson.write(FeedbackJson.report(report)));
        } else if (out != null) {
            out().println("Wrote the report to " + out + ": " + Plural.of(report.withFeedback(), "file", "files")
                    + " with feedback, " + report.neverUsed().size() + " never used.");
        } else {
            printText(report);
        }
        return 0;
    }

    /**
     * A report replaces only an earlier report: an existing file that is not a report the app wrote (a deck, the
     * feedback database, a price list's .csv), a file of a source, and anything in a data folder (this one or another's: slides re-test 20 #3 saw
     * {@code --data-dir data2 --csv data/index/r.csv} written) are refused with a sentence, never overwritten (re-test 12
     * saw {@code --csv deck.pptx} replace an indexed deck, and {@code --csv …/feedback.mv.db} wipe the feedback). The
     * rule decks follow too.
     */
    private void refuseToOverwrite(Path out) {
        dataDir.openForReading();
        ProtectedFolders keepOut = dataDir.registry().protectedFolders(dataDir.path());
        keepOut.refusalInDataFolder(out, "The report").ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        if (Files.isDirectory(out)) {
            throw new InvalidFeedbackException(out + " is a folder; give the report a file name, such as "
                    + out.resolve("feedback-report.csv") + ".");
        }
        keepOut.refusal(out, "The report", FeedbackReportCsv.EARLIER).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
    }

    /**
     * Marketing's curation of the report's files found in the index and of those never used, by path (those curated
     * only): the text marks each under its line, as search's text does (issue 16 re-test, minor 4).
     */
    private static Map<String, ShownCuration> curationOf(FeedbackDatabase database, List<KnownFile> indexed,
                                                         FeedbackReport report) {
        CurationByFile curations = new Curations(database).byFile(IndexedContents.of(indexed));
        if (curations.isEmpty()) {
            return Map.of();
        }
        Map<String, ShownCuration> shown = new HashMap<>();
        Stream.concat(report.files().stream().filter(f -> f.found() && f.contentHash() != null)
                        .map(f -> new KnownFile(f.contentHash(), f.path())), report.neverUsed().stream())
                .forEach(file -> ShownCuration.of(curations, file).ifPresent(curation -> shown.put(file.path(), curation)));
        return shown;
    }

    /** The line under a file saying marketing's word on it, as search's text says it; nothing for a file not curated. */
    private void printCuration(String path) {
        ShownCuration curation = curated.get(path);
        if (curation != null) {
            out().println("    " + FeedbackListCommand.printableLine(curation.summary(UnaryOperator.identity())));
        }
    }

    private static void writeCsv(FeedbackReport report, Path out) {
        Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                FeedbackReportCsv.write(report, writer);
            }
            try {
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CollateralException("The report could not be written to " + out + ".", e);
        }
    }

    private void printText(FeedbackReport report) {
        out().println("Feedback on " + Plural.of(report.withFeedback(), "file", "files") + "."
                + (report.leftOut().isEmpty() ? "" : " " + report.leftOut()));
        out().println("Answered by marketing: " + report.loop().total().sentence() + ".");
        section("Most valued", report.mostValued(), null);
        section("Didn't land", report.didntLand(), FeedbackTags.DIDNT_LAND);
        section("Flagged outdated", report.flaggedOutdated(), FeedbackTags.OUTDATED);
        if (!report.files().isEmpty()) {
            out().println();
            out().println("All files:");
            report.files().forEach(file -> printFile(file, true));
        }
        section("No longer in any source", report.noLongerFound(), null);
        if (!report.searchGaps().isEmpty()) {
            out().println();
            out().println("Searched for and not found (the last " + SearchGaps.REPORT_WEEKS + " weeks):");
            report.searchGaps().forEach(gap -> out().println("  " + FeedbackListCommand.printable(gap.query()) + "  "
                    + gap.describe()));
        }
        if (!report.neverUsed().isEmpty()) {
            out().println();
            out().println("Never used:");
            report.neverUsed().forEach(file -> {
                out().println("  " + FeedbackListCommand.printable(file.path()));
                printCuration(file.path());
            });
        }
    }

    /** @param tag the tag the list is of: a file in it for some slides only is named with them ("deck.pptx — slides 3–5") */
    private void section(String title, List<FeedbackReport.FileReport> files, String tag) {
        if (files.isEmpty()) {
            return;
        }
        out().println();
        out().println(title + ":");
        files.forEach(file -> printFile(file, false, tag == null ? "" : file.slidesOf(tag)));
    }

    private void printFile(FeedbackReport.FileReport file, boolean slides) {
        printFile(file, slides, "");
    }

    /**
     * A file's line; with {@code slides}, a line per slide its entries name under it (in "All files"); {@code about} the
     * slides the list's tag was given on, when only some were (slides re-test 22 #4: a deck flagged on slide 3 was listed
     * as if flagged whole).
     */
    private void printFile(FeedbackReport.FileReport file, boolean slides, String about) {
        String rating = file.averageRating() == null ? "no rating"
                : String.format(Locale.ROOT, "average %.2f", file.averageRating());
        String tags = file.tagCounts().entrySet().stream()
                .map(tag -> tag.getKey() + " " + tag.getValue())
                .collect(Collectors.joining(", "));
        out().println("  " + FeedbackListCommand.printable(file.path()) + (about.isEmpty() ? "" : " \u2014 " + about)
                + "  " + file.entries()
                + (file.entries() == 1 ? " entry, " : " entries, ") + rating + (tags.isEmpty() ? "" : ", " + tags));
        if (file.found()) {
            printCuration(file.path());
        }
        String part = FileKind.partNameOf(file.path());
        for (FeedbackReport.SlideReport slide : slides ? file.slides() : List.<FeedbackReport.SlideReport>of()) { // as the JSON and the CSV count them (re-test 12 #13)
            out().println("    " + part + " " + slide.slide() + ": " + Plural.of(slide.entries(), "entry", "entries")
                    + slide.tagCounts().entrySet().stream().map(tag -> ", " + tag.getKey() + " " + tag.getValue())
                    .collect(Collectors.joining()));
        }
    }
}
