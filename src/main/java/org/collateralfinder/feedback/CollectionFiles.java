package org.collateralfinder.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.collateralfinder.model.FileCollection;

/**
 * Which file of an index each file of a collection is now: the one place the command line, search and the window
 * ask. A collection keeps its files by content, so a member follows its file through renames, moves and copies; a
 * file edited in place is still the collection's by the rule feedback and curation follow
 * ({@link FeedbackByFile#whereNow}: a content no indexed file has any more, that was at a path now holding other
 * content, was that file's). A member no longer found is shown where it was, as not found. A snapshot of the index
 * it was built for ({@link FileCollections#byFile}); {@link #isCurrent} tells when collections or edits changed since.
 */
public final class CollectionFiles {

    private final FeedbackDatabase database;
    private final CurrentFeedback view;
    private final long viewVersion;
    private final long collectionVersion;
    private final List<FileCollection> collections;
    /** The paths of the indexed files with each content of a collection. */
    private final Map<String, List<String>> holding;
    /** The files that carry earlier contents of a collection: their path to their contents, their own first. */
    private final Map<String, List<String>> carrying;
    /** The contents now at the paths of members whose content is found at other paths only. */
    private final Map<String, String> editedAt;

    /**
     * A file of a collection as it is now.
     *
     * @param path        where it is now, or where it was when it is no longer found
     * @param contentHash its content now (the one the collection names, when not found)
     * @param found       whether the index has it
     * @param editedSince whether it was edited in place since it was put in the collection (it is still the file)
     */
    public record Shown(String path, String contentHash, boolean found, boolean editedSince) {

        FileCollection.Member asMember() {
            return new FileCollection.Member(contentHash, path);
        }
    }

    CollectionFiles(FeedbackDatabase database, long collectionVersion, List<FileCollection> collections,
                    IndexedContents index) {
        this.database = database;
        this.view = database.current();
        this.viewVersion = view.version(); // before reading it: a change meanwhile makes this snapshot out of date
        this.collectionVersion = collectionVersion;
        this.collections = List.copyOf(collections);
        Set<String> contents = new HashSet<>();
        collections.forEach(collection -> collection.files().forEach(member -> contents.add(member.contentHash())));
        this.holding = contents.isEmpty() ? Map.of() : index.pathsOf(contents);
        // a member whose content is found elsewhere (an archive copy) while its own path holds other content: the
        // file at its path, edited in place, is the member (issue 16 re-test t16, minor 9)
        Set<String> leftBehind = new HashSet<>();
        collections.forEach(collection -> collection.files().forEach(member -> {
            List<String> paths = holding.get(member.contentHash());
            if (paths != null && !paths.contains(member.path())) {
                leftBehind.add(member.path());
            }
        }));
        this.editedAt = leftBehind.isEmpty() ? Map.of() : index.contentsAt(leftBehind);
        Set<String> gone = new HashSet<>(contents);
        gone.removeAll(holding.keySet());
        this.carrying = gone.isEmpty() ? Map.of() : view.carried(index, gone);
    }

    /** False once collections, edits or moves were stored after this was built (build another then). */
    public boolean isCurrent() {
        return database.loadedView() == view && view.version() == viewVersion
                && database.collectionVersion() == collectionVersion;
    }

    /** The collections this was built for: personal and shared, not deleted, by name ({@link FileCollections#current}). */
    public List<FileCollection> all() {
        return collections;
    }

    /** The files of a collection, in its order, each where it is now. */
    public List<Shown> filesOf(FileCollection collection) {
        List<Shown> shown = new ArrayList<>();
        for (FileCollection.Member member : collection.files()) {
            String atItsPath = editedAt.get(member.path());
            if (atItsPath != null && !atItsPath.equals(member.contentHash())) {
                shown.add(new Shown(member.path(), atItsPath, true, true));
                continue;
            }
            Optional<String> now = FeedbackByFile.whereNow(member.contentHash(), member.path(), holding, carrying);
            if (now.isEmpty()) {
                shown.add(new Shown(member.path(), member.contentHash(), false, false));
                continue;
            }
            List<String> carried = carrying.get(now.get());
            boolean edited = !holding.containsKey(member.contentHash()) && carried != null;
            shown.add(new Shown(now.get(), edited ? carried.getFirst() : member.contentHash(), true, edited));
        }
        return shown;
    }

    /** The collections holding a file (its content, or one it had before an edit in place), in {@link #all}'s order. */
    public List<FileCollection> holding(KnownFile file) {
        List<FileCollection> holding = new ArrayList<>();
        for (FileCollection collection : collections) {
            if (positionOf(collection, file).isPresent()) {
                holding.add(collection);
            }
        }
        return holding;
    }

    /**
     * Where a file is in a collection (0 for the first), if it is: a member that is the file now, or one with its
     * content (an identical copy is the same material). A copy of the content a member had before it was edited in
     * place is an old version, not the member (rc16 finding 2: search said an archive copy was in the kit).
     */
    public Optional<Integer> positionOf(FileCollection collection, KnownFile file) {
        List<String> contents = FeedbackByFile.contentsOf(carrying, file);
        List<Shown> files = filesOf(collection);
        for (int i = 0; i < files.size(); i++) {
            Shown member = files.get(i);
            if (member.found() && (member.path().equals(file.path()) || contents.contains(member.contentHash())
                    || !member.editedSince() && contents.contains(collection.files().get(i).contentHash()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
