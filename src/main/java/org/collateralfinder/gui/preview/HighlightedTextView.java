package org.collateralfinder.gui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.collateralfinder.gui.search.SnippetText;

/** The extracted text of a file with the query's words marked; the current match is scrolled into view. */
final class HighlightedTextView extends ScrollPane {

    private final TextFlow flow = new TextFlow();
    private final List<Text> matchNodes = new ArrayList<>();
    private int current = -1;

    HighlightedTextView(PreviewViewModel vm) {
        getStyleClass().add("preview-text");
        setFitToWidth(true);
        flow.setPadding(new Insets(12));
        flow.getStyleClass().add("preview-text-flow");
        flow.setAccessibleText("Text of the file");
        setContent(flow);
        vm.textProperty().addListener((obs, old, now) -> rebuild(vm));
        vm.matches().addListener((ListChangeListener<SnippetText.Match>) c -> rebuild(vm));
        vm.currentMatchProperty().addListener((obs, old, now) -> markCurrent(now.intValue()));
    }

    private void rebuild(PreviewViewModel vm) {
        String text = vm.textProperty().get();
        flow.getChildren().clear();
        matchNodes.clear();
        current = -1;
        int at = 0;
        for (SnippetText.Match m : vm.matches()) {
            if (m.start() < at || m.end() > text.length()) {
                continue;
            }
            if (m.start() > at) {
                flow.getChildren().add(plain(text.substring(at, m.start())));
            }
            Text match = new Text(text.substring(m.start(), m.end()));
            match.getStyleClass().add("text-match");
            matchNodes.add(match);
            flow.getChildren().add(match);
            at = m.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        setVvalue(0);
        markCurrent(vm.currentMatchProperty().get());
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("text-plain");
        return t;
    }

    private void markCurrent(int index) {
        if (current >= 0 && current < matchNodes.size()) {
            matchNodes.get(current).getStyleClass().remove("text-match-current");
        }
        current = index;
        if (index < 0 || index >= matchNodes.size()) {
            return;
        }
        Text node = matchNodes.get(index);
        node.getStyleClass().add("text-match-current");
        flow.applyCss();
        flow.layout();
        Bounds b = node.getBoundsInParent();
        double contentHeight = flow.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = Math.max(0, b.getMinY() - viewport / 3);
            setVvalue(Math.min(1, y / (contentHeight - viewport)));
        }
    }
}
