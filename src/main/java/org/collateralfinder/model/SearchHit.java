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
 * @param newerVersions newer versions of the same document, newest first: there are some when the search
 *                    matched this file and not them (a filter or words only this one has)
 */
public record SearchHit(String path, String title, String type, String extension, String fileName,
                        String folder, String source, float score, String snippet, Instant modified,
                        long size, String author, int pages, String contentHash, String failure,
                        List<String> duplicates, List<String> versions, List<String> newerVersions) {

    public SearchHit {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        versions = versions == null ? List.of() : List.copyOf(versions);
        newerVersions = newerVersions == null ? List.of() : List.copyOf(newerVersions);
    }

    /** A hit with no newer versions (it is the newest of its document, or stands alone). */
    public SearchHit(String path, String title, String type, String extension, String fileName, String folder,
            String source, float score, String snippet, Instant modified, long size, String author, int pages,
            String contentHash, String failure, List<String> duplicates, List<String> versions) {
        this(path, title, type, extension, fileName, folder, source, score, snippet, modified, size, author, pages,
                contentHash, failure, duplicates, versions, List.of());
    }
}
