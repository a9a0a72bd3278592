package org.collateralfinder.extract;

import org.collateralfinder.model.FailureReason;

/**
 * The outcome of extracting one file: text and metadata, or a failure with its reason. A failed file
 * still has a name and is indexed by it.
 *
 * @param pages page, slide or sheet count; 0 when unknown
 */
public record Extraction(String text, String title, String author, int pages, String contentType,
                         FailureReason failure, String detail) {

    public static Extraction ok(String text, String title, String author, int pages, String contentType) {
        return new Extraction(text == null ? "" : text, blankToNull(title), blankToNull(author), pages, contentType,
                null, null);
    }

    public static Extraction failed(FailureReason reason, String detail) {
        return new Extraction("", null, null, 0, null, reason, detail);
    }

    public boolean succeeded() {
        return failure == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
