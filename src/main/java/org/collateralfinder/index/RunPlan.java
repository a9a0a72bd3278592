package org.collateralfinder.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.collateralfinder.extract.ArchiveLister;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.sources.ScannedFile;

/**
 * What a run does once the sources are walked, from comparing what they hold with what the index knows.
 *
 * @param work               the new and changed files to read, large files on a slow share last, handed out one at
 *                           a time
 * @param unchanged          how many files (and members of unchanged archives) stay as they are
 * @param deletionsPerSource the documents of files gone from a walked source, or from a source no
 *                           longer registered, by source; a mass deletion among them still needs confirming
 * @param replacedContents   the contents the index holds for the changed files, which leave their paths if the files
 *                           were edited in place
 */
record RunPlan(PlannedWork work, int unchanged, Map<String, List<Term>> deletionsPerSource,
               Set<String> replacedContents) {

    static RunPlan of(SourceWalk walk, long largeFileBytes) throws IOException {
        Map<String, FileState> known = walk.known();
        List<WorkItem> work = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        Set<String> unchangedArchives = new HashSet<>();
        int unchanged = 0;
        int knownAndFound = 0;
        for (SourceWalk.Walked w : walk.walked()) {
            String sourcePath = w.source().path();
            for (ScannedFile file : w.scan().files()) {
                String id = file.path();
                FileState state = known.get(id);
                if (state != null) {
                    knownAndFound++;
                }
                if (state != null && state.sameAs(file)
                        && sourcePath.equals(state.source())
                        && !state.readAgain()) {
                    unchanged++;
                    if (ArchiveLister.handles(FileKind.extensionOf(id))) {
                        unchangedArchives.add(id);
                    }
                } else {
                    work.add(new WorkItem(file, sourcePath, state != null, w.degraded(), null));
                    if (state != null) {
                        updated.add(id);
                    }
                }
            }
        }
        if (!updated.isEmpty()) {
            // the content each changed file had, read for those only: an edit in place is known by what it replaced
            Map<String, String> previous = walk.contentHashes(updated);
            work.replaceAll(item -> item.update() ? item.withPreviousHash(previous.get(item.file().path())) : item);
        }
        Set<String> replacedContents = new HashSet<>();
        work.forEach(item -> {
            if (item.previousHash() != null) {
                replacedContents.add(item.previousHash());
            }
        });
        // On a slow share, large files are read last so the rest is searchable sooner.
        work.sort(Comparator.comparing(item -> item.slow() && item.file().size() > largeFileBytes));

        Map<String, List<Term>> deletionsPerSource = new HashMap<>();
        if (knownAndFound == known.size()) {
            // every file the index knows was found (a walk finds each path once): nothing is gone, no second pass
            return new RunPlan(new PlannedWork(work), unchanged, deletionsPerSource, replacedContents);
        }
        Set<String> seen = new HashSet<>();
        for (SourceWalk.Walked w : walk.walked()) {
            w.scan().files().forEach(file -> seen.add(file.path()));
        }
        for (Map.Entry<String, FileState> entry : known.entrySet()) {
            String id = entry.getKey();
            String source = entry.getValue().source();
            if (seen.contains(id) || walk.keepsAllFiles(source)) {
                continue;
            }
            if (walk.keptUnlisted(source, id)) {
                unchanged++; // in a folder the walk could not list: kept as it was
                continue;
            }
            int member = id.indexOf(FileIndexing.MEMBER_SEPARATOR);
            if (member > 0) {
                String archive = id.substring(0, member);
                if (unchangedArchives.contains(archive)) {
                    unchanged++;
                    continue;
                }
                if (seen.contains(archive)) {
                    continue; // the changed archive's members are replaced when it is re-read
                }
            }
            deletionsPerSource.computeIfAbsent(source, s -> new ArrayList<>()).add(new Term(Schema.ID, id));
        }
        return new RunPlan(new PlannedWork(work), unchanged, deletionsPerSource, replacedContents);
    }
}
