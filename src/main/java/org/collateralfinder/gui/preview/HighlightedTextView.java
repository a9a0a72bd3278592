package org.collateralfinder.gui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.collateralfinder.gui.common.WrappingText;

/**
 * The extracted text of a file, one row per line of the text (each in its own writing direction; see
 * {@link TextRows}), with what the search matched marked; the current match is scrolled into view once the
 * text is laid out, and again when the view is resized, until the rep scrolls by hand (wheel, mouse or keys).
 *
 * <p>The rows are rows of a list, so only those in view are laid out: 60,000 characters of Arabic or
 * Hebrew laid out at once (every word shaped on its own, see {@link WrappingText}) held the window's
 * thread for seconds after each selection, even with another tab in front. The rows are made in the
 * background, so the whole text of a long file costs the window's thread no more than a short one.
 */
final class HighlightedTextView extends ListView<TextRows.Row> {

    /** Which match is the current one (-1: none); the rows mark it. */
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private TextRows shown = TextRows.EMPTY;
    private boolean followMatch;
    private boolean scrollPending;
    /** Scrolls to the current match after a whole layout pass, when the rows in view have their final heights. */
    private final Runnable afterLayout = this::scrollAfterLayout;
    /** Passes tried since the last request: a match that cannot be reached is given up on, not chased forever. */
    private int scrollTries;
    private static final int MAX_SCROLL_TRIES = 30;

    HighlightedTextView(PreviewViewModel vm) {
        getStyleClass().addAll("preview-text", "preview-text-flow");
        setAccessibleText("Text of the file");
        setFocusTraversable(true);
        setCellFactory(v -> new RowCell(current));
        setPlaceholder(new Region());
        vm.rowsProperty().addListener((obs, old, now) -> show(now, vm.currentMatchProperty().get()));
        vm.currentMatchProperty().addListener((obs, old, now) -> markCurrent(now.intValue()));
        heightProperty().addListener((obs, old, now) -> scrollWhenLaidOut());
        widthProperty().addListener((obs, old, now) -> scrollWhenLaidOut());
        addEventFilter(ScrollEvent.SCROLL, e -> followMatch = false);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> followMatch = false);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> followMatch = false);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        show(vm.rowsProperty().get(), vm.currentMatchProperty().get());
    }

    /** Shows the rows (no nodes: the list makes them for the rows in view). */
    private void show(TextRows rows, int currentMatch) {
        shown = rows;
        getItems().setAll(rows.rows());
        scrollTo(0);
        current.set(-1);
        markCurrent(currentMatch);
    }

    private void markCurrent(int index) {
        current.set(index);
        if (index >= 0) {
            followMatch = true;
            scrollWhenLaidOut();
        }
    }

    private void scrollWhenLaidOut() {
        if (followMatch) {
            scrollPending = true;
            scrollTries = 0;
            requestLayout();
        }
    }

    /**
     * After a whole layout pass — the list's rows laid out at their final heights, which the list's own
     * layout (run before its rows') cannot see yet — the current match is scrolled to, pass after pass
     * until it stays where it was put.
     */
    private void scrollAfterLayout() {
        if (scrollPending && followMatch) {
            scrollPending = !scrollToCurrent() && ++scrollTries < MAX_SCROLL_TRIES;
        }
    }

    /**
     * Puts the current match a third of the way down the view.
     *
     * @return whether it is done (else it is tried again after the next layout pass, which a scroll asks for)
     */
    private boolean scrollToCurrent() {
        int row = shown.rowOf(current.get());
        if (row < 0) {
            return true;
        }
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getHeight() <= 0) {
            return false;
        }
        ListCell<?> cell = (ListCell<?>) flow.getVisibleCell(row);
        Text node = cell == null ? null : RowCell.currentText(cell);
        if (node == null) {
            flow.scrollToTop(row);
            requestLayout();
            return false;
        }
        Bounds inFlow = flow.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double delta = inFlow.getMinY() - flow.getHeight() / 3;
        if (Math.abs(delta) > 1 && Math.abs(flow.scrollPixels(delta)) >= 1) {
            // rows above may still change height as they are laid out: look again after the next pass
            requestLayout();
            return false;
        }
        return true;
    }

    /** A row: its text wrapped in its line's direction, matches marked, the current one in its own colour. */
    private static final class RowCell extends ListCell<TextRows.Row> {

        private static final String CURRENT = "text-match-current";
        private final WrappingText text = new WrappingText();
        private final IntegerProperty current;
        private final List<Integer> nodeMatch = new ArrayList<>();
        /** Held by the cell, heard weakly: rows the list drops do not stay listening. */
        private final InvalidationListener currentChanged = o -> markCurrent();

        RowCell(IntegerProperty current) {
            this.current = current;
            getStyleClass().add("text-paragraph");
            setPrefWidth(0); // wrap at the list's width
            current.addListener(new WeakInvalidationListener(currentChanged));
        }

        /**
         * The height of the row's text at the width given (else at the cell's own), with the padding: the list made
         * a row of three lines as high as two, its text hanging over both edges, the first line's tops cut off
         * (window re-test 18, R8).
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() != text) {
                return super.computePrefHeight(width);
            }
            double across = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + text.prefHeight(across > 0 ? across : -1) + snappedBottomInset();
        }

        @Override
        protected void updateItem(TextRows.Row item, boolean empty) {
            super.updateItem(item, empty);
            nodeMatch.clear();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            List<WrappingText.Span> spans = item.parts().stream()
                    .map(p -> new WrappingText.Span(p.text(), p.match() < 0 ? "text-plain" : "text-match")).toList();
            text.setSpans(spans);
            // the line's direction, also for the rows a long line is cut into (one may start with a number)
            text.setNodeOrientation(item.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            rememberMatches(item, spans);
            markCurrent();
            setGraphic(text);
        }

        /**
         * Which match each Text node of the row shows (a match may be handed over in pieces): the nodes are the
         * pieces of the spans, in order.
         */
        private void rememberMatches(TextRows.Row item, List<WrappingText.Span> spans) {
            int span = 0;
            int spanEnd = spans.getFirst().text().length();
            int at = 0;
            for (WrappingText.Span piece : WrappingText.pieces(spans)) {
                while (span < spans.size() - 1 && at >= spanEnd) {
                    span++;
                    spanEnd += spans.get(span).text().length();
                }
                nodeMatch.add(item.parts().get(span).match());
                at += piece.text().length();
            }
        }

        private void markCurrent() {
            List<Node> children = text.getChildren();
            for (int i = 0; i < children.size() && i < nodeMatch.size(); i++) {
                Node child = children.get(i);
                boolean now = nodeMatch.get(i) >= 0 && nodeMatch.get(i) == current.get();
                if (now && !child.getStyleClass().contains(CURRENT)) {
                    child.getStyleClass().add(CURRENT);
                } else if (!now) {
                    child.getStyleClass().remove(CURRENT);
                }
            }
        }

        /** The first Text node of the current match in the cell, or null. */
        static Text currentText(ListCell<?> cell) {
            if (cell.getGraphic() instanceof WrappingText flow) {
                for (Node child : flow.getChildren()) {
                    if (child instanceof Text t && t.getStyleClass().contains(CURRENT)) {
                        return t;
                    }
                }
            }
            return null;
        }
    }
}
