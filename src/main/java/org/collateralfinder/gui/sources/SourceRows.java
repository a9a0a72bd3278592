package org.collateralfinder.gui.sources;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.RunSummary;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.teamindex.TeamIndexStatus;

/**
 * Builds the rows of the sources view: each source's state checked now with a time limit (reachable,
 * degraded or unreachable, trying its aliases too), its counts from the index and the last run's note.
 * Touches the file system: background threads only.
 */
final class SourceRows {

    /** A line saying what mass deletion the last run held back; the Indexer's note says it this way. */
    static final String HELD_BACK = "until the deletion is confirmed";

    record Snapshot(List<SourceRow> rows, List<FailedFile> failures, String lastRun) {
    }

    private SourceRows() {
    }

    static Snapshot read(SourceRegistry registry, SearchService search, Reachability reachability, Path dataDir,
                         boolean indexing) {
        IndexReport report = IndexReport.read(dataDir);
        Map<String, IndexReport.SourceReport> reports = new HashMap<>();
        report.sources().forEach(r -> reports.put(r.path(), r));
        Map<String, Long> counts = new HashMap<>();
        counts.putAll(search.filesPerSource());
        List<FailedFile> failed = search.failedFiles(1_000);
        List<SourceRow> list = new ArrayList<>();
        Map<String, TeamIndexStatus> published = TeamIndexStatus.of(dataDir.resolve("index"));
        for (SourceRegistry.SourceFolder source : registry.list()) {
            String prefix = source.path().endsWith("/") || source.path().endsWith("\\") ? source.path()
                    : source.path() + File.separator;
            int failedHere = (int) failed.stream().filter(f -> f.path().startsWith(prefix)).count();
            long files = counts.getOrDefault(source.path(), 0L);
            IndexReport.SourceReport last = reports.get(source.path());
            Reachability.Check live = reachability.firstReachable(source.mountPoints()).check();
            SourceRow row = row(source, files, failedHere, last == null ? live : last.stateNow(live), indexing, last);
            TeamIndexStatus team = published.get(source.path());
            list.add(team == null ? row : new SourceRow(row.path(), row.excludes(), row.aliases(), row.status(), row.state(),
                    row.detail() + " Searches its " + team.describe() + ".", row.note(), row.needsConfirmation(),
                    row.files(), row.failed()));
        }
        String last = report.lastRun() == null ? "Not indexed yet." : "Last run " + finished(report.finishedAt())
                + (report.cancelled()
                ? " " + RunSummary.stopped(wholeRun(report), SourcesViewModel.FAILED_HINT)
                : ": " + SourcesViewModel.summary(wholeRun(report), report.keptFiles()));
        return new Snapshot(list, failed, last);
    }

    /** When the last run ended, as the window says a time everywhere ("6 Dec 2026, 22:34", this computer's zone). */
    private static String finished(String instant) {
        try {
            return Formats.dateTime(Instant.parse(instant));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(instant); // an older data folder's record: shown as it was written
        }
    }

    /** The last run's figures over its whole time, the copy of team indexes included (what {@code status} says). */
    private static IndexRunStats wholeRun(IndexReport report) {
        return report.lastRun().withSeconds(report.runSeconds());
    }

    static SourceRow row(SourceRegistry.SourceFolder source, long files, int failed, Reachability.Check check,
                         boolean indexing, IndexReport.SourceReport report) {
        String counts = Formats.plural(files, "file", "files") + (failed > 0 ? ", " + failed + " could not be read" : "");
        String note = report == null || report.note() == null ? "" : report.note();
        boolean held = note.contains(HELD_BACK);
        SourceRow.Status status;
        String state;
        String detail;
        if (indexing) {
            status = SourceRow.Status.INDEXING;
            state = "Indexing…";
            // what searches find of it already, not what the run has read (the progress line says that)
            detail = Formats.plural(files, "file", "files") + " searchable so far"
                    + (failed > 0 ? ", " + failed + " could not be read" : "") + ".";
        } else if (check.state() == Reachability.State.UNREACHABLE) {
            status = SourceRow.Status.UNREACHABLE;
            state = "Unreachable";
            // "its 1,036 files stay searchable (15 of them could not be read)": not "its 1,036 files, 15 could not be…"
            if (report != null && !report.reachable()) {
                note = ""; // the last run's "could not be reached; its files are kept" says the same (window test 12, F12)
            }
            detail = "It cannot be reached now (" + check.reason() + "); its " + Formats.plural(files, "file", "files")
                    + (files == 1 ? " stays searchable" : " stay searchable") + (failed > 0 ? " (" + failed + " of them could not be read)" : "") + ".";
        } else if (files == 0 && report == null) {
            status = SourceRow.Status.NOT_INDEXED;
            state = "Not indexed yet";
            detail = "Re-index to add its files.";
        } else if (check.state() == Reachability.State.DEGRADED && report != null && report.kept() > 0) {
            status = SourceRow.Status.DEGRADED; // the same state as status on the command line
            state = "Degraded";
            detail = counts + "; " + Formats.plural(report.kept(), "file was", "files were")
                    + " not seen by the last run and " + (report.kept() == 1 ? "is" : "are") + " shown as unavailable.";
        } else if (check.state() == Reachability.State.DEGRADED) {
            status = SourceRow.Status.DEGRADED;
            state = "Degraded";
            detail = counts + "; " + check.reason() + ", so large files are read last.";
        } else {
            status = SourceRow.Status.UP_TO_DATE;
            state = "Reachable";
            detail = counts + ".";
        }
        return new SourceRow(source.path(), source.excludes(), source.aliases(), status, state, detail, note, held,
                files, failed);
    }
}
