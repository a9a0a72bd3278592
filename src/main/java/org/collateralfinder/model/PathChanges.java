package org.collateralfinder.model;

import java.util.List;

/**
 * What an indexing run saw happen to files that feedback follows by path: edits in place and moves.
 *
 * @param edited the files edited in place (same path, new content)
 * @param moved  the files moved (same content, new path)
 */
public record PathChanges(List<EditedFile> edited, List<MovedFile> moved) {

    public static final PathChanges NONE = new PathChanges(List.of(), List.of());

    public PathChanges {
        edited = List.copyOf(edited);
        moved = List.copyOf(moved);
    }

    public boolean isEmpty() {
        return edited.isEmpty() && moved.isEmpty();
    }

    /** How many files changed, for a sentence. */
    public int size() {
        return edited.size() + moved.size();
    }
}
