package org.collateralfinder.gui.search;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.collateralfinder.feedback.FeedbackSummary;

/**
 * Which result the rep has selected, the one thing the preview and the feedback form show, and how it
 * follows new results: kept on the same file, none when that file is gone, never silently another file.
 * A file the same search still matches stays selected when it is not among the rows shown (another order
 * of a long list puts it beyond them).
 */
final class ResultSelection {

    private final ReadOnlyObjectWrapper<ResultItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ResultItem> lost = new ReadOnlyObjectWrapper<>(this, "lost");
    private final ReadOnlyBooleanWrapper beyond = new ReadOnlyBooleanWrapper(this, "beyond");
    /** Whether the selected file is one the rep picked (kept when the same search shows new results). */
    private boolean repChose;

    ResultSelection() {
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                lost.set(null);
            }
        });
    }

    ReadOnlyObjectProperty<ResultItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ResultItem> lostProperty() {
        return lost.getReadOnlyProperty();
    }

    /** Whether the selected file still matches the search but is not among the rows shown. */
    ReadOnlyBooleanProperty beyondProperty() {
        return beyond.getReadOnlyProperty();
    }

    /** The rep selects one of these rows (null: none). */
    void select(ResultItem item, List<ResultItem> rows) {
        ResultItem now = item == null ? null : sameFile(rows, item.hit().path());
        if (now == null || selected.get() == null || !selected.get().hit().path().equals(now.hit().path())) {
            repChose = now != null;
        }
        beyond.set(false);
        selected.set(now);
    }

    /** After the rows changed: the selected file's new row, or none (none stays none; one beyond the rows stays). */
    void keep(List<ResultItem> rows) {
        ResultItem row = selected.get() == null ? null : sameFile(rows, selected.get().hit().path());
        if (row != null || !beyond.get()) {
            beyond.set(false);
            selected.set(row);
        }
    }

    /** New feedback on a file: the selected file beyond the rows shows it too (a row gets it with its row). */
    void keepFeedback(String path, FeedbackSummary feedback) {
        ResultItem was = selected.get();
        if (beyond.get() && was != null && was.hit().path().equals(path) && feedback != null) {
            selected.set(was.withFeedback(feedback));
        }
    }

    /** How the search answered differs from the one shown before. */
    enum Change {
        /** The same search again: a refresh, another order. */
        SAME,
        /** The same words (and the same "more like this"), other filters. */
        FILTERS,
        /** Other words, or "more like this". */
        OTHER
    }

    /**
     * After new results: another search (other words or "more like this") shows its best file, as does the same
     * search while the rep has not picked a file (the first start, while files are indexed); other filters on the
     * same words keep the file shown while the list still holds it (window re-test 18, R9: adding a filter moved
     * the selection to the first row), else show the best file. The best file is the first row not
     * {@code passedOver}, or none. The same search again (a refresh, another order) keeps the file the rep picked,
     * also when it still matches but is not among the rows ({@code matchedBeyond}: the path of such a file, or
     * null), and selects none when the file no longer matches; the file lost so is selected again when the same
     * search lists it again (it came back) while the rep picked none.
     */
    void after(Change change, List<ResultItem> rows, String matchedBeyond, Predicate<ResultItem> passedOver) {
        boolean anotherSearch = change != Change.SAME;
        ResultItem was = selected.get();
        ResultItem back = was == null && lost.get() != null ? sameFile(rows, lost.get().hit().path()) : null;
        ResultItem still = was == null ? null : sameFile(rows, was.hit().path());
        if (change == Change.FILTERS && still != null) {
            beyond.set(false);
            lost.set(null);
            selected.set(still); // the file the rep looks at, as the new filters list it
        } else if (!anotherSearch && back != null) {
            repChose = true;
            beyond.set(false);
            selected.set(back); // the rep's choice, as it is now; what was said of it being gone goes with it
        } else if (!anotherSearch && was != null && sameFile(rows, was.hit().path()) == null
                && was.hit().path().equals(matchedBeyond)) {
            repChose = true;
            beyond.set(true); // the same file, its preview and feedback form as they are
        } else if (!anotherSearch && was != null && sameFile(rows, was.hit().path()) == null) {
            beyond.set(false);
            // the file shown is gone (deleted, moved, no longer matching): none is selected, not another file whose
            // preview and feedback form would take its place unnoticed; so it stays until the rep picks one
            repChose = true;
            selected.set(null);
            lost.set(was);
        } else if (anotherSearch || !repChose) {
            repChose = false;
            beyond.set(false);
            lost.set(null); // another search: what became of the file shown before is no longer the question
            selected.set(rows.stream().filter(passedOver.negate()).findFirst().orElse(null));
        } else {
            keep(rows);
        }
    }

    private static ResultItem sameFile(List<ResultItem> rows, String path) {
        for (ResultItem i : rows) {
            if (i.hit().path().equals(path)) {
                return i;
            }
        }
        return null;
    }
}
