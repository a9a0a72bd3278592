package org.collateralfinder.model;

import java.time.Instant;
import java.util.List;

/**
 * One result of a search, with everything the result list shows, so it displays even when the
 * file's share is offline.
 *
 * @param path        absolute path; archive members as {@code /abs/archive.zip!/member.pptx}
 * @param contentHash SHA-256 of the file's bytes, the identity feedback and duplicates use
 * @param snippet     text around the matches, as {@link Snippet} writes it: the text escaped, matches
 *                    wrapped in {@code <b>} and {@code </b>}
 * @param duplicates  other paths with identical content
 * @param versions    older versions of the same document, newest first
 */
public record SearchHit(String path, String title, String type, String extension, String fileName,
                        String folder, String source, float score, String snippet, Instant modified,
                        long size, String author, int pages, String contentHash, String failure,
                        List<String> duplicates, List<String> versions) {

    public SearchHit {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
