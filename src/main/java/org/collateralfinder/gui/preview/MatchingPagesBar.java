package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * Under the preview: where the search matched best ("Best matches: slide 7 of 24 · slide 3") and buttons to
 * the previous and next matching page; shown only for a file with matching pages.
 */
final class MatchingPagesBar extends HBox {

    MatchingPagesBar(MatchingPages pages) {
        super(6);
        setId("matching-pages");
        Label best = new Label();
        best.setId("matching-pages-summary");
        best.getStyleClass().add(Styles.TEXT_SMALL);
        best.textProperty().bind(pages.summaryProperty().map(s -> s.isEmpty() ? "" : "Best matches: " + s));
        best.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(best, Priority.ALWAYS);
        Button previous = PreviewView.pagerButton(Feather.CHEVRONS_LEFT, "previous-matching-page", "Previous page with a match");
        previous.setOnAction(e -> pages.previous());
        Button next = PreviewView.pagerButton(Feather.CHEVRONS_RIGHT, "next-matching-page", "Next page with a match");
        next.setOnAction(e -> pages.next());
        getChildren().setAll(previous, best, next);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(pages.summaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
