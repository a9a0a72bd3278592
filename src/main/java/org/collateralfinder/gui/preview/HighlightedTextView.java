package org.collateralfinder.gui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
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
import org.collateralfinder.model.TextMatch;

/**
 * The extracted text of a file, one paragraph per line of the text (each in its own writing direction),
 * with what the search matched marked; the current match is scrolled into view once the text is laid
 * out, and again when the view is resized, until the rep scrolls by hand (wheel, mouse or keys).
 *
 * <p>The paragraphs are rows of a list, so only those in view are laid out: 60,000 characters of Arabic or
 * Hebrew laid out at once (every word shaped on its own, see {@link WrappingText}) held the window's
 * thread for seconds after each selection, even with another tab in front.
 */
final class HighlightedTextView extends ListView<HighlightedTextView.Paragraph> {

    /**
     * One line of the text: its spans, and for each span the index of the match it shows (-1: plain text).
     */
    record Paragraph(List<WrappingText.Span> spans, List<Integer> spanMatch) {

        boolean holds(int match) {
            return spanMatch.contains(match);
        }
    }

    /** Which match is the current one (-1: none); the rows mark it. */
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
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
        setCellFactory(v -> new ParagraphCell(current));
        setPlaceholder(new Region());
        vm.textProperty().addListener((obs, old, now) -> rebuild(vm));
        vm.matches().addListener((ListChangeListener<TextMatch>) c -> rebuild(vm));
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
        rebuild(vm);
    }

    /** Cuts the text into paragraphs with their matches (no nodes: the list makes rows for those in view). */
    private void rebuild(PreviewViewModel vm) {
        getItems().setAll(paragraphs(vm.textProperty().get(), vm.matches()));
        scrollTo(0);
        current.set(-1);
        markCurrent(vm.currentMatchProperty().get());
    }

    static List<Paragraph> paragraphs(String text, List<TextMatch> matches) {
        List<Paragraph> shown = new ArrayList<>();
        int m = 0;
        int start = 0;
        while (start <= text.length() && !text.isEmpty()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            List<WrappingText.Span> spans = new ArrayList<>();
            List<Integer> spanMatch = new ArrayList<>();
            int at = start;
            while (m < matches.size() && matches.get(m).start() < end) {
                TextMatch match = matches.get(m);
                if (match.start() >= at && match.end() <= end) {
                    if (match.start() > at) {
                        spans.add(new WrappingText.Span(text.substring(at, match.start()), "text-plain"));
                        spanMatch.add(-1);
                    }
                    spans.add(new WrappingText.Span(text.substring(match.start(), match.end()), "text-match"));
                    spanMatch.add(m);
                    at = match.end();
                }
                m++;
            }
            if (at < end) {
                spans.add(new WrappingText.Span(text.substring(at, end), "text-plain"));
                spanMatch.add(-1);
            }
            if (spans.isEmpty()) {
                spans.add(new WrappingText.Span(" ", "text-plain"));
                spanMatch.add(-1);
            }
            shown.add(new Paragraph(List.copyOf(spans), List.copyOf(spanMatch)));
            start = end + 1;
        }
        return shown;
    }

    private void markCurrent(int index) {
        current.set(index);
        if (index >= 0) {
            followMatch = true;
            scrollWhenLaidOut();
        }
    }

    private int paragraphOf(int match) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).holds(match)) {
                return i;
            }
        }
        return -1;
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
        int paragraph = paragraphOf(current.get());
        if (paragraph < 0) {
            return true;
        }
        if (!(lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getHeight() <= 0) {
            return false;
        }
        ListCell<?> cell = (ListCell<?>) flow.getVisibleCell(paragraph);
        Text node = cell == null ? null : ParagraphCell.currentText(cell);
        if (node == null) {
            flow.scrollToTop(paragraph);
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

    /** A paragraph: its text wrapped in its own direction, matches marked, the current one in its own colour. */
    private static final class ParagraphCell extends ListCell<Paragraph> {

        private static final String CURRENT = "text-match-current";
        private final WrappingText text = new WrappingText();
        private final IntegerProperty current;
        private final List<Integer> nodeMatch = new ArrayList<>();
        /** Held by the cell, heard weakly: rows the list drops do not stay listening. */
        private final InvalidationListener currentChanged = o -> markCurrent();

        ParagraphCell(IntegerProperty current) {
            this.current = current;
            getStyleClass().add("text-paragraph");
            setPrefWidth(0); // wrap at the list's width
            current.addListener(new WeakInvalidationListener(currentChanged));
        }

        @Override
        protected void updateItem(Paragraph item, boolean empty) {
            super.updateItem(item, empty);
            nodeMatch.clear();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setSpans(item.spans());
            rememberMatches(item);
            markCurrent();
            setGraphic(text);
        }

        /**
         * Which match each Text node of the paragraph shows (a match may be handed over in pieces): the nodes
         * are the pieces of the spans, in order.
         */
        private void rememberMatches(Paragraph item) {
            List<WrappingText.Span> spans = item.spans();
            int span = 0;
            int spanEnd = spans.getFirst().text().length();
            int at = 0;
            for (WrappingText.Span piece : WrappingText.pieces(spans)) {
                while (span < spans.size() - 1 && at >= spanEnd) {
                    span++;
                    spanEnd += spans.get(span).text().length();
                }
                nodeMatch.add(item.spanMatch().get(span));
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
