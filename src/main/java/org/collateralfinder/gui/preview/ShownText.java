package org.collateralfinder.gui.preview;

import java.util.List;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.model.TextMatch;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;

/**
 * A file's text as the preview shows it, read in the background: the text, a note saying what is left out (or
 * why there is none), where the search matched, and the rows of the Text tab.
 *
 * @param shown   the text ("" when none could be read)
 * @param note    what is left out or why there is no text, or ""
 * @param matches where the search matched in it, in order
 */
record ShownText(String shown, String note, List<TextMatch> matches, TextRows rows) {

    /**
     * Text beyond this many characters is not shown (it stays searchable): as much as the index keeps of a
     * file's text. The Text tab lays out only the rows in view and its rows are made in the background, so a
     * long text costs the window's thread no more than a short one (it was cut at 60,000 characters when the
     * whole text was laid out at once, and a match further in could not be seen).
     */
    static final int SHOWN_CHARS = ExtractionLimits.defaults().maxChars();
    /** At most this many matches are marked (and the note says so when there are more). */
    static final int MAX_MATCHES = 10_000;

    /** The file's text and where the search ({@code asked}, or none) matched in it; on a background thread. */
    static ShownText read(SearchService service, String id, SearchRequest asked) {
        String body = service.documentText(id).orElse("");
        String note = "";
        if (body.isBlank()) {
            note = "No text could be read from this file.";
        } else if (body.length() > SHOWN_CHARS) {
            note = "Showing the first " + String.format("%,d", SHOWN_CHARS) + " of "
                    + String.format("%,d", body.length()) + " characters.";
            body = body.substring(0, SHOWN_CHARS);
        }
        // one more than are marked: whether there are more is known, and said
        List<TextMatch> found = asked == null || body.isBlank() ? List.of()
                : service.matches(id, asked, SHOWN_CHARS, MAX_MATCHES + 1);
        if (found.size() > MAX_MATCHES) {
            found = found.subList(0, MAX_MATCHES);
            note = (note + " Only the first " + String.format("%,d", MAX_MATCHES) + " matches are marked.").strip();
        }
        int length = body.length();
        String shown = body.strip().isEmpty() ? "" : body;
        List<TextMatch> marked = found.stream().filter(m -> m.end() <= length).toList();
        return new ShownText(shown, note, marked, TextRows.of(shown, marked));
    }
}
