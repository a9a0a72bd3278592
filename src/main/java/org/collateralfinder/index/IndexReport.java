package org.collateralfinder.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.sources.Reachability;

/**
 * What the last indexing run saw, kept in the data directory for {@code status}: each source's
 * reachability and note, the paths the walk skipped, the run's counts, and while a rebuild for a new
 * schema version is not finished, why the old index still answers searches.
 *
 * @param rebuildWaits what kept the run from finishing a rebuild (a source unreachable, the run stopped), else null
 * @param cancelled    whether the last run was stopped before its end (the files it did not read wait for the next)
 */
public record IndexReport(List<SourceReport> sources, List<SkippedPath> skipped, IndexRunStats lastRun,
                          String finishedAt, String rebuildWaits, boolean cancelled, TeamIndexCopies copied) {

    /**
     * What the run copied of team indexes before it walked the sources ({@code teamindex}).
     *
     * @param notes   a sentence for each source whose team index could not be used as published
     * @param seconds how long the copy took, before the walk ({@link #runSeconds})
     */
    public record TeamIndexCopies(int files, long bytes, List<String> notes, double seconds) {
        public TeamIndexCopies {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    public IndexReport(List<SourceReport> sources, List<SkippedPath> skipped, IndexRunStats lastRun,
                       String finishedAt, String rebuildWaits) {
        this(sources, skipped, lastRun, finishedAt, rebuildWaits, false, null);
    }

    public IndexReport(List<SourceReport> sources, List<SkippedPath> skipped, IndexRunStats lastRun,
                       String finishedAt, String rebuildWaits, boolean cancelled) {
        this(sources, skipped, lastRun, finishedAt, rebuildWaits, cancelled, null);
    }

    /**
     * The last run's seconds, the copy of team indexes included (what {@code index --json} gives as its
     * {@code seconds}); 0 before any run.
     */
    public double runSeconds() {
        return (copied == null ? 0 : copied.seconds()) + (lastRun == null ? 0 : lastRun.seconds());
    }

    /** The same report with what the run copied of team indexes. */
    public IndexReport withCopied(TeamIndexCopies value) {
        return new IndexReport(sources, skipped, lastRun, finishedAt, rebuildWaits, cancelled, value);
    }

    /**
     * @param state     reachable, unreachable or degraded (slow)
     * @param mountedAt the path the source was walked at (its path or one of its aliases)
     * @param note      a sentence when the source's documents were kept although it looked gone or empty
     * @param kept      how many indexed files the run kept although it did not see them (gone, or in a folder it
     *                  could not list): they stay searchable, marked unavailable
     */
    public record SourceReport(String path, boolean reachable, String state, String mountedAt, String note, int kept) {

        public SourceReport(String path, boolean reachable, String state, String mountedAt, String note) {
            this(path, reachable, state, mountedAt, note, 0);
        }

        /**
         * The source's state now, from a check just made: a source that answers but whose last run kept
         * files it did not see is degraded, with the run's note as the reason.
         */
        public Reachability.Check stateNow(Reachability.Check live) {
            if (kept > 0 && live.state() == Reachability.State.REACHABLE) {
                return new Reachability.Check(Reachability.State.DEGRADED, note, live.millis());
            }
            return live;
        }
    }

    /** How many indexed files the last run kept although it did not see them, over all sources. */
    public int keptFiles() {
        return sources.stream().mapToInt(SourceReport::kept).sum();
    }

    /** The sources whose last run kept indexed files it did not see (their files may be gone). */
    public Set<String> sourcesKeepingUnseenFiles() {
        Set<String> keeping = new HashSet<>();
        sources.stream().filter(s -> s.kept() > 0).forEach(s -> keeping.add(s.path()));
        return keeping;
    }

    /** The last run's report of a source, or null. */
    public SourceReport of(String source) {
        return sources.stream().filter(r -> r.path().equals(source)).findFirst().orElse(null);
    }

    /** A sentence on what kept the last run from finishing a rebuild for a new schema version, or null. */
    public String rebuildNote() {
        return rebuildWaits == null ? null : "The last run could not finish the rebuild: " + rebuildWaits
                + "; until one does, searches do not see files changed since the upgrade.";
    }

    /** The mount point a source was last walked at, or null. */
    public String mountedAt(String source) {
        for (SourceReport r : sources) {
            if (r.path().equals(source)) {
                return r.mountedAt();
            }
        }
        return null;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String FILE = "index-report.json";

    public IndexReport {
        sources = sources == null ? List.of() : List.copyOf(sources);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    public static IndexReport read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            return JSON.readValue(file.toFile(), IndexReport.class);
        } catch (IOException e) {
            return empty();
        }
    }

    /** The report before any run. */
    public static IndexReport empty() {
        return new IndexReport(List.of(), List.of(), null, null, null, false, null);
    }

    public void write(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
