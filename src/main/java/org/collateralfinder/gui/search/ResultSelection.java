package org.collateralfinder.gui.search;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which result the rep has selected, the one thing the preview and the feedback form show, and how it
 * follows new results: kept on the same file, none when that file is gone, never silently another file.
 */
final class ResultSelection {

    private final ReadOnlyObjectWrapper<ResultItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ResultItem> lost = new ReadOnlyObjectWrapper<>(this, "lost");
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

    /** The rep selects one of these rows (null: none). */
    void select(ResultItem item, List<ResultItem> rows) {
        ResultItem now = item == null ? null : sameFile(rows, item.hit().path());
        if (now == null || selected.get() == null || !selected.get().hit().path().equals(now.hit().path())) {
            repChose = now != null;
        }
        selected.set(now);
    }

    /** After the rows changed: the selected file's new row, or none (none stays none). */
    void keep(List<ResultItem> rows) {
        selected.set(selected.get() == null ? null : sameFile(rows, selected.get().hit().path()));
    }

    /**
     * After new results: another search (other words, filters or "more like this") shows its best file, as
     * does the same search while the rep has not picked a file (the first start, while files are indexed);
     * the same search again (a refresh, another order) keeps the file the rep picked, and selects none when the
     * file shown is no longer listed.
     */
    void after(boolean anotherSearch, List<ResultItem> rows) {
        ResultItem was = selected.get();
        if (!anotherSearch && was != null && sameFile(rows, was.hit().path()) == null) {
            // the file shown is gone (deleted, moved, no longer matching): none is selected, not another file whose
            // preview and feedback form would take its place unnoticed; so it stays until the rep picks one
            repChose = true;
            selected.set(null);
            lost.set(was);
        } else if (anotherSearch || !repChose) {
            repChose = false;
            selected.set(rows.isEmpty() ? null : rows.getFirst());
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
