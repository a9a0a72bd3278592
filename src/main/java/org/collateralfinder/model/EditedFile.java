package org.collateralfinder.model;

/**
 * A file an indexing run found edited in place: the same path, new content. Feedback given on the
 * previous content carries over to the new one.
 *
 * @param path         where the file is
 * @param previousHash the content the index held for it
 * @param contentHash  the content it holds now
 */
public record EditedFile(String path, String previousHash, String contentHash) {
}
