package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WholeLabel;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.deck.DeckTrayViewModel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.kordamp.ikonli.feather.Feather;

/**
 * Under the preview: where the search matched best ("Best matches: slide 7 of 24 · slide 3"), buttons to
 * the previous and next matching page, and a menu adding any of the matching slides to the deck tray; shown only
 * for a file with matching pages.
 */
final class MatchingPagesBar extends HBox {

    MatchingPagesBar(MatchingPages pages, ReadOnlyObjectProperty<ResultItem> item, DeckTrayViewModel deck) {
        super(6);
        setId("matching-pages");
        Label best = new WholeLabel(); // wraps, whole, in a narrow preview (window re-test 13, N5: "· slide…")
        best.setWrapText(true);
        best.setMinWidth(0);
        best.setId("matching-pages-summary");
        best.getStyleClass().add(Styles.TEXT_SMALL);
        best.textProperty().bind(WrappingText.forLabel(pages.summaryProperty().map(s -> s.isEmpty() ? "" : "Best matches: " + s)));
        best.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(best, Priority.ALWAYS);
        Button previous = PreviewView.pagerButton(Feather.CHEVRONS_LEFT, "previous-matching-page", "Previous page with a match");
        previous.setOnAction(e -> pages.previous());
        Button next = PreviewView.pagerButton(Feather.CHEVRONS_RIGHT, "next-matching-page", "Next page with a match");
        next.setOnAction(e -> pages.next());
        MenuButton add = new MenuButton("Add to deck", Icons.of(Feather.PLUS_SQUARE, 12));
        add.setId("add-matching-to-deck");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setAccessibleText("Add a matching slide or page to the deck tray");
        add.setMinWidth(Region.USE_PREF_SIZE);
        // the matching pages as they are when the menu opens, best first
        add.setOnShowing(e -> {
            ResultItem shown = item.get();
            add.getItems().clear();
            if (shown == null) {
                return;
            }
            SearchHit hit = shown.hit();
            for (PageHit page : pages.pages()) {
                MenuItem one = new MenuItem("Add " + page.label(hit.type(), hit.pages()));
                one.setMnemonicParsing(false); // a sheet name's underscore is shown
                one.setOnAction(a -> deck.add(shown, page.page()));
                add.getItems().add(one);
            }
        });
        add.getItems().add(new MenuItem()); // a menu button with no items does not open
        add.visibleProperty().bind(Bindings.createBooleanBinding(() -> DeckTrayViewModel.canAdd(item.get()), item));
        add.managedProperty().bind(add.visibleProperty());
        getChildren().setAll(previous, best, next, add);
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(pages.summaryProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
