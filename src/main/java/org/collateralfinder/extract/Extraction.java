package org.collateralfinder.extract;

import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.PageStarts;

/**
 * The outcome of extracting one file: text and metadata, or a failure with its reason. A failed file
 * still has a name and is indexed by it.
 *
 * @param pages      page, slide or sheet count; 0 when unknown
 * @param pageStarts where each page, slide or sheet starts in the text; none for files without pages
 */
public record Extraction(String text, String title, String author, int pages, String contentType,
                         FailureReason failure, String detail, PageStarts pageStarts) {

    public Extraction {
        pageStarts = pageStarts == null ? PageStarts.NONE : pageStarts;
    }

    public static Extraction ok(String text, String title, String author, int pages, String contentType) {
        return ok(text, title, author, pages, contentType, PageStarts.NONE);
    }

    public static Extraction ok(String text, String title, String author, int pages, String contentType,
                                PageStarts pageStarts) {
        return new Extraction(text == null ? "" : text, blankToNull(title), blankToNull(author), pages, contentType,
                null, null, pageStarts);
    }

    public static Extraction failed(FailureReason reason, String detail) {
        return new Extraction("", null, null, 0, null, reason, detail, PageStarts.NONE);
    }

    /**
     * This extraction's text kept, but the file said to be damaged: a package cut off half way, whose text Tika could
     * still read, is listed as damaged and never stands for a group of copies in the results, yet its words are found.
     */
    public Extraction damaged(FailureReason reason, String why) {
        return new Extraction(text, title, author, pages, contentType, reason, why, pageStarts);
    }

    /** Whether the file is damaged but some of its text was read (see {@link #damaged}). */
    public boolean damagedWithText() {
        return failure != null && text != null && !text.isEmpty();
    }

    public boolean succeeded() {
        return failure == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
