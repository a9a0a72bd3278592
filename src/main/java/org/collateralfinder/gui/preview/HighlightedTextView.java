package org.collateralfinder.gui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.TextMatch;

/**
 * The extracted text of a file, one paragraph per line of the text (each in its own writing direction),
 * with what the search matched marked; the current match is scrolled into view once the text is laid
 * out, and again when the view is resized, until the rep scrolls by hand.
 */
final class HighlightedTextView extends ScrollPane {

    private final VBox paragraphs = new VBox(6);
    private final List<List<Text>> matchNodes = new ArrayList<>();
    private int current = -1;
    private boolean followMatch;
    private boolean scrollPending;

    HighlightedTextView(PreviewViewModel vm) {
        getStyleClass().add("preview-text");
        setFitToWidth(true);
        paragraphs.setPadding(new Insets(12));
        paragraphs.getStyleClass().add("preview-text-flow");
        paragraphs.setAccessibleText("Text of the file");
        setContent(paragraphs);
        vm.textProperty().addListener((obs, old, now) -> rebuild(vm));
        vm.matches().addListener((ListChangeListener<TextMatch>) c -> rebuild(vm));
        vm.currentMatchProperty().addListener((obs, old, now) -> markCurrent(now.intValue()));
        paragraphs.heightProperty().addListener((obs, old, now) -> scrollWhenLaidOut());
        viewportBoundsProperty().addListener((obs, old, now) -> scrollWhenLaidOut());
        addEventFilter(ScrollEvent.SCROLL, e -> followMatch = false);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> followMatch = false);
        rebuild(vm);
    }

    private void rebuild(PreviewViewModel vm) {
        String text = vm.textProperty().get();
        List<TextMatch> matches = vm.matches();
        List<Node> shown = new ArrayList<>();
        matchNodes.clear();
        matches.forEach(m -> matchNodes.add(new ArrayList<>()));
        current = -1;
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
            WrappingText paragraph = new WrappingText();
            paragraph.setSpans(spans.isEmpty() ? List.of(new WrappingText.Span(" ", "text-plain")) : spans);
            rememberMatches(paragraph, spans, spanMatch);
            shown.add(paragraph);
            start = end + 1;
        }
        paragraphs.getChildren().setAll(shown);
        setVvalue(0);
        markCurrent(vm.currentMatchProperty().get());
    }

    /** Which Text nodes of the paragraph show each match (a match may be handed over in pieces). */
    private void rememberMatches(WrappingText paragraph, List<WrappingText.Span> spans, List<Integer> spanMatch) {
        int span = 0;
        int spanEnd = spans.isEmpty() ? 0 : spans.getFirst().text().length();
        int at = 0;
        for (Node child : paragraph.getChildren()) {
            while (span < spans.size() - 1 && at >= spanEnd) {
                span++;
                spanEnd += spans.get(span).text().length();
            }
            if (child instanceof Text t) {
                if (span < spanMatch.size() && spanMatch.get(span) >= 0) {
                    matchNodes.get(spanMatch.get(span)).add(t);
                }
                at += t.getText().length();
            }
        }
    }

    private void markCurrent(int index) {
        if (current >= 0 && current < matchNodes.size()) {
            matchNodes.get(current).forEach(t -> t.getStyleClass().remove("text-match-current"));
        }
        current = index;
        if (index >= 0 && index < matchNodes.size()) {
            matchNodes.get(index).forEach(t -> t.getStyleClass().add("text-match-current"));
            followMatch = true;
            scrollWhenLaidOut();
        }
    }

    private void scrollWhenLaidOut() {
        if (followMatch) {
            scrollPending = true;
            requestLayout();
        }
    }

    /** After the layout pass sized the view, the text is laid out at that width and the current match scrolled to. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (scrollPending && followMatch) {
            paragraphs.layout();
            scrollPending = !scrollToCurrent();
        }
    }

    /**
     * Puts the current match a third of the way down the view.
     *
     * @return whether the text had its size (else it is tried again after the next layout)
     */
    private boolean scrollToCurrent() {
        if (current < 0 || current >= matchNodes.size() || matchNodes.get(current).isEmpty()) {
            return true;
        }
        Text node = matchNodes.get(current).getFirst();
        Node paragraph = node.getParent();
        double viewport = getViewportBounds().getHeight();
        double contentHeight = paragraphs.getHeight();
        if (paragraph == null || viewport <= 0 || contentHeight <= 0) {
            return false;
        }
        if (contentHeight <= viewport) {
            setVvalue(0);
            return true;
        }
        Bounds inParagraph = node.getBoundsInParent();
        double y = paragraph.getBoundsInParent().getMinY() + inParagraph.getMinY();
        setVvalue(Math.clamp((y - viewport / 3) / (contentHeight - viewport), 0, 1));
        return true;
    }
}
