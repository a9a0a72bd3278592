package org.collateralfinder.teamindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;

/**
 * One indexing run over the sources, the same for the command line and the window: the team indexes
 * published in the sources are copied first (the walk then reads only what changed since), then the
 * sources are walked, and what was copied is added to the run's report for {@code status}. What the
 * caller does with the result (the copy's notes, the files edited in place or moved, for feedback) differs, so it
 * is returned.
 */
public final class SourcesRun {

    /**
     * @param stats       the walk's figures, over the whole run's seconds (the copy included, as
     *                    {@code IndexReport.runSeconds} gives them afterwards: the window, the command line's sentence,
     *                    its JSON and {@code status} say the same time for the same run)
     * @param copied      what was copied of team indexes, with a sentence per index that could not be used
     * @param copySeconds how long the copy took (part of the run)
     * @param changes     files edited in place (same path, new content) and moved (same content, new path) during this run
     */
    public record Result(IndexRunStats stats, TeamIndexCopier.Result copied, double copySeconds, PathChanges changes) {

        /** The whole run's seconds, the copy included. */
        public double seconds() {
            return stats.seconds();
        }
    }

    private SourcesRun() {
    }

    /**
     * Runs once over {@code sources} with {@code indexer} (made by the caller, who holds the extractor).
     *
     * @param reachability how the shares holding team indexes are reached (the indexer's own)
     * @param reportDir    where the indexer writes the run's report (the data folder), or null for none
     */
    public static Result run(List<SourceFolder> sources, IndexService index, Indexer indexer, Reachability reachability,
                             Path reportDir, ProgressListener progress, Cancellation cancellation) {
        long copyStart = System.nanoTime();
        TeamIndexCopier.Result copied = new TeamIndexCopier(reachability).update(sources, index, cancellation);
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        IndexRunStats stats = indexer.run(sources, progress, cancellation);
        if (reportDir != null) {
            copied.record(reportDir, copySeconds);
        }
        PathChanges walked = indexer.pathChanges();
        List<EditedFile> edited = new ArrayList<>(copied.edited()); // the copy's first: it came before the walk
        edited.addAll(walked.edited());
        return new Result(stats.withSeconds(copySeconds + stats.seconds()), copied, copySeconds,
                new PathChanges(edited, walked.moved()));
    }
}
