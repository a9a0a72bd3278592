package org.collateralfinder.model;

/**
 * A file an indexing run found moved: its content left one path and appeared at another in the same run
 * (a rename, or a move to another folder; also a file kept under a new name while a new file took its old
 * one). Feedback the file carried at its old path from before an edit in place goes with it.
 *
 * @param from        where the index had it
 * @param to          where it is now
 * @param contentHash the content it has at both
 */
public record MovedFile(String from, String to, String contentHash) {
}
