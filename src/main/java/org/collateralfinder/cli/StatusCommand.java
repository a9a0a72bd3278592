package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.teamindex.TeamIndexStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the sources, how many documents the index holds, its size, and every file that could not be read.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the status as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        DataDirectory dir = dataDir.openForReading();
        List<SourceRegistry.SourceFolder> sources = dataDir.registry().list();
        IndexReport report = IndexReport.read(dir.root());
        Map<String, IndexReport.SourceReport> reports = new HashMap<>();
        report.sources().forEach(r -> reports.put(r.path(), r));
        Map<String, Long> perSource = new HashMap<>();
        List<FailedFile> failed = List.of();
        Map<String, List<String>> indexedFiles = Map.of();
        int documents = 0;
        long indexBytes = 0;
        String rebuildNote = null;
        if (IndexService.exists(dir.indexDir())) {
            try (IndexService index = IndexService.openForReading(dir.indexDir())) {
                if (index.isRebuilding()) {
                    rebuildNote = index.rebuildStatus() + (report.rebuildNote() == null ? "" : " " + report.rebuildNote());
                }
                SearchService search = new SearchService(index);
                perSource.putAll(search.filesPerSource());
                failed = search.failedFiles(100_000);
                indexedFiles = index.searchedFilesPerSource();
                documents = search.documentCount();
                indexBytes = index.sizeOnDisk();
            }
        }
        Map<String, SourceAvailability.Unavailable> unavailable = unavailable(sources, report, indexedFiles, failed);
        Map<String, TeamIndexStatus> published = TeamIndexStatus.of(dir.indexDir());
        List<Map<String, Object>> sourceList = new ArrayList<>();
        for (SourceRegistry.SourceFolder s : sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", s.path());
            IndexReport.SourceReport r = reports.get(s.path());
            Reachability.Check live = checkMountPoints(s);
            Reachability.Check check = r == null ? live : r.stateNow(live);
            m.put("reachable", check.state().available());
            m.put("state", check.state().id());
            if (check.reason() != null) {
                m.put("state_reason", check.reason());
            }
            m.put("files", perSource.getOrDefault(s.path(), 0L));
            m.put("mounted_at", r == null ? null : r.mountedAt());
            m.put("note", r == null ? null : r.note());
            m.put("excludes", s.excludes());
            m.put("aliases", s.aliases());
            m.put("published", publishedJson(published.get(s.path())));
            sourceList.add(m);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("data_dir", dir.root().toString());
            o.put("documents", documents);
            o.put("index_bytes", indexBytes);
            o.put("sources", sourceList);
            List<Map<String, Object>> failedList = new ArrayList<>();
            for (FailedFile f : failed) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", f.path());
                m.put("reason", f.reason().id());
                m.put("detail", f.detail());
                failedList.add(m);
            }
            o.put("failed", failedList);
            List<Map<String, Object>> unavailableList = new ArrayList<>();
            unavailable.forEach((path, why) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", path);
                m.put("reason", why.id());
                m.put("detail", why.sentence());
                unavailableList.add(m);
            });
            o.put("unavailable", unavailableList);
            List<Map<String, Object>> skippedList = new ArrayList<>();
            for (SkippedPath sp : report.skipped()) {
                skippedList.add(Map.of("path", sp.path(), "reason", sp.reason()));
            }
            o.put("skipped", skippedList);
            o.put("last_run", lastRun(report));
            o.put("last_run_finished", report.finishedAt());
            o.put("rebuilding", rebuildNote != null);
            o.put("rebuild_note", rebuildNote);
            out.println(Json.write(o));
        } else {
            out.printf("Data folder: %s%nDocuments: %,d (index %,.1f MB)%n", dir.root(), documents, indexBytes / 1e6);
            if (rebuildNote != null) {
                out.println(rebuildNote);
            }
            out.println("Sources:");
            for (Map<String, Object> s : sourceList) {
                TeamIndexStatus team = published.get((String) s.get("path"));
                out.printf("  %s  %s, %s%s%s%n", s.get("path"), s.get("state"), Plural.of((Long) s.get("files"), "file", "files"),
                        team == null ? "" : ", " + team.describe(), s.get("note") == null ? "" : " — " + s.get("note"));
            }
            if (!failed.isEmpty()) {
                out.printf("Files that could not be read (%,d):%n", failed.size());
                for (FailedFile f : failed) {
                    out.printf("  %s%n      %s: %s%n", FeedbackListCommand.printableLine(f.path()), f.reason().id(),
                            afterColon(FeedbackListCommand.printableLine(String.valueOf(f.detail()))));
                }
            }
            if (!unavailable.isEmpty()) {
                out.printf("Files that cannot be opened now (%,d):%n", unavailable.size());
                unavailable.forEach((path, why) -> out.printf("  %s%n      %s: %s%n", FeedbackListCommand.printableLine(path),
                        why.id(), why.sentence()));
            }
            if (!report.skipped().isEmpty()) {
                out.printf("Skipped while walking the folders (%,d):%n", report.skipped().size());
                for (SkippedPath sp : report.skipped()) {
                    out.printf("  %s — %s%n", FeedbackListCommand.printableLine(sp.path()), sp.reason());
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The indexed files of answering sources that cannot be opened now (gone or unreadable since the last run,
     * which compares sizes and times only), as search's {@code available} says it; those that could not be
     * read at all are in {@code failed} already.
     */
    private static Map<String, SourceAvailability.Unavailable> unavailable(List<SourceRegistry.SourceFolder> sources,
            IndexReport report, Map<String, List<String>> indexedFiles, List<FailedFile> failed) {
        SourceAvailability availability = new SourceAvailability(() -> sources, report::sourcesKeepingUnseenFiles,
                new Reachability(), Duration.ofHours(1).toMillis()); // one check per source for the whole command
        Map<String, SourceAvailability.Unavailable> unavailable = availability.unavailableFiles(indexedFiles);
        failed.forEach(f -> unavailable.remove(f.path()));
        return unavailable;
    }

    /** {"generation", "published_at", "copied_at"} of the team index copy a source searches, or null. */
    private static Map<String, Object> publishedJson(TeamIndexStatus team) {
        if (team == null) {
            return null;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("generation", team.generation());
        o.put("published_at", team.publishedAt());
        o.put("copied_at", team.copiedAt());
        return o;
    }

    /** A sentence shown after "reason: ", its first letter lower-case ("unreadable: the file could not be read…"). */
    private static String afterColon(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** The state of the first reachable mount point of a source (its path, then its aliases). */
    static Reachability.Check checkMountPoints(SourceRegistry.SourceFolder source) {
        return new Reachability().firstReachable(source.mountPoints()).check();
    }

    /** The last run's counts, with what it copied of team indexes (0 and no notes when nothing). */
    private static Map<String, Object> lastRun(IndexReport report) {
        IndexRunStats run = report.lastRun();
        if (run == null) {
            return null;
        }
        IndexReport.TeamIndexCopies copied = report.copied() == null
                ? new IndexReport.TeamIndexCopies(0, 0, List.of(), 0) : report.copied();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("files", run.files());
        o.put("added", run.added());
        o.put("updated", run.updated());
        o.put("removed", run.removed());
        o.put("unchanged", run.unchanged());
        o.put("failed", run.failed());
        o.put("seconds", Json.seconds(report.runSeconds())); // as index --json gives them: the copy included
        o.put("cancelled", report.cancelled());
        o.put("copied_files", copied.files());
        o.put("copied_bytes", copied.bytes());
        o.put("copy_notes", copied.notes());
        return o;
    }
}
