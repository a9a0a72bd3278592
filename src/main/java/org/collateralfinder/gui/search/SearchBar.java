package org.collateralfinder.gui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.MixedRightToLeftText;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * The search box with its suggestions dropping down under it and the explanation of a malformed query below
 * it, on a line kept for it (more lines when the sentence needs them). Down arrow moves to the suggestions or, without them, to the results.
 * Enter searches the query as finished, suggestions open or not; Enter on a suggestion reached with the arrows applies it.
 */
public final class SearchBar extends VBox {

    /** The height of the line under the box that explains a malformed query (always there). */
    static final double ERROR_LINE = 16;

    private final CustomTextField box = new CustomTextField();
    private final ContextMenu suggestionMenu = new ContextMenu();
    /** The query Enter was pressed on while its answer is awaited; null otherwise. */
    private String enteredOn;

    public SearchBar(SearchViewModel vm, Runnable focusResults) {
        getStyleClass().add("search-bar");
        setSpacing(2);
        box.setId("search-box");
        box.setPromptText("Search titles, file names and text…   (Ctrl+K)");
        box.setAccessibleText("Search collateral");
        box.getStyleClass().addAll(Styles.LARGE, "search-box");
        box.setLeft(Icons.of(Feather.SEARCH));
        Button clear = new Button(null, Icons.of(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setAccessibleText("Clear the search");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(box.textProperty().isNotEmpty());
        clear.setOnAction(e -> {
            box.clear();
            box.requestFocus();
        });
        box.setRight(clear);
        box.textProperty().bindBidirectional(vm.queryProperty());
        // "pricing الجزائري שלום" drawn right, also while typed (window re-test 18, R8)
        MixedRightToLeftText.drawOver(box, "search-box-shown");

        Label error = new Label() {
            // a line is kept for it whether or not there is something to say, so telling a short sentence does not
            // move the window as the rep types; a sentence longer than the line wraps onto more, whole (window test
            // 12, F4: "…image, or an exte…", the rest only in a tooltip)
            @Override
            protected double computePrefHeight(double width) {
                double needed = super.computePrefHeight(width);
                return needed < 1.5 * ERROR_LINE ? ERROR_LINE : needed;
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(Math.max(width, getWidth()));
            }

            @Override
            protected double computeMaxHeight(double width) {
                return computePrefHeight(Math.max(width, getWidth()));
            }
        };
        error.setId("query-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "query-error");
        error.setGraphic(Icons.of(Feather.ALERT_CIRCLE, 12));
        error.textProperty().bind(vm.queryErrorProperty());
        error.visibleProperty().bind(vm.queryErrorProperty().isNotEmpty());
        error.setMinWidth(0);
        error.setMaxWidth(Double.MAX_VALUE);
        // wraps, in the direction the sentence is written (one naming an Arabic type stays on a line, see wrapSafely)
        WrappingText.wrapSafely(error);

        suggestionMenu.setId("suggestions");
        // Escape is the box's: with suggestions open it closes them and keeps the query (the menu would
        // close itself first, and the box would then take the same Escape to clear the query)
        suggestionMenu.setHideOnEscape(false);
        suggestionMenu.getStyleClass().add("suggestions");
        // Enter takes the query as finished even when the open list receives it (on a desktop the list may
        // have the keyboard, and it only closed itself); a suggestion the rep moved to with the arrows is applied
        suggestionMenu.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !suggestionHighlighted()) {
                finish(vm, focusResults);
                e.consume();
            }
        });
        vm.suggestions().addListener((ListChangeListener<String>) c -> showSuggestions(vm));
        vm.queryErrorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && enteredOn != null && enteredOn.equals(vm.queryProperty().get()) && !box.isFocused()) {
                keepTyping(); // the query Enter was pressed on cannot be read: back to the box to fix it
            }
            enteredOn = null;
        });
        vm.answeredProperty().addListener((obs, old, now) -> enteredOn = null);
        box.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                suggestionMenu.hide();
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                if (suggestionMenu.isShowing() && !suggestionMenu.getItems().isEmpty()) {
                    suggestionMenu.getSkin().getNode().lookup(".menu-item").requestFocus();
                } else {
                    focusResults.run();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                finish(vm, focusResults);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (suggestionMenu.isShowing()) {
                    suggestionMenu.hide();
                    vm.dismissSuggestions();
                } else {
                    box.clear();
                }
                e.consume();
            }
        });
        getChildren().addAll(box, error);
    }

    /**
     * Enter: the suggestions close, the query is searched as finished and the results take the keyboard, unless the
     * query cannot be read: then the box keeps it, to fix the query (window re-test 22, F9: the focus went to the empty
     * list, and what the rep typed next went nowhere). Whether it can be read is known when the search answers.
     */
    private void finish(SearchViewModel vm, Runnable focusResults) {
        suggestionMenu.hide();
        vm.dismissSuggestions();
        vm.submit();
        if (vm.queryErrorProperty().get().isEmpty()) {
            enteredOn = vm.queryProperty().get();
            focusResults.run();
        } else {
            keepTyping();
        }
    }

    /** The focus back in the box, the caret at the end of the query (nothing selected: typing goes on). */
    private void keepTyping() {
        box.requestFocus();
        box.end();
    }

    /** Whether the rep moved into the suggestions with the arrow keys (one of them has the focus). */
    private boolean suggestionHighlighted() {
        return suggestionMenu.getSkin() != null
                && suggestionMenu.getSkin().getNode().lookupAll(".menu-item").stream().anyMatch(Node::isFocused);
    }

    private void showSuggestions(SearchViewModel vm) {
        suggestionMenu.getItems().clear();
        if (vm.suggestions().isEmpty() || !box.isFocused()) {
            suggestionMenu.hide();
            return;
        }
        fill(vm, vm.suggestions());
        if (!suggestionMenu.isShowing()) {
            suggestionMenu.show(box, Side.BOTTOM, 0, 2);
        }
    }

    /**
     * Opens the suggestions once and closes them at once, unseen (transparent, closed before the next frame), once the
     * window shows: the first drop-down builds its popup window, its skin and its rows' styles, which took the window's
     * thread 0.7 s on the rep's first key (100,000 files, a loaded machine) against 0.03-0.2 s on the next ones.
     */
    public void warmSuggestions(SearchViewModel vm) {
        if (suggestionMenu.isShowing() || box.getScene() == null || box.getScene().getWindow() == null
                || !box.getScene().getWindow().isShowing()) {
            return;
        }
        fill(vm, List.of(box.getPromptText() == null || box.getPromptText().isBlank() ? "…" : box.getPromptText()));
        suggestionMenu.setOpacity(0);
        try {
            suggestionMenu.show(box, Side.BOTTOM, 0, 2);
            suggestionMenu.hide();
        } finally {
            suggestionMenu.setOpacity(1);
            suggestionMenu.getItems().clear();
        }
    }

    private void fill(SearchViewModel vm, List<String> suggestions) {
        for (String s : suggestions) {
            Label label = new Label(s, Icons.of(Feather.CORNER_DOWN_RIGHT, 12));
            label.setPrefWidth(Math.max(200, box.getWidth() - 40));
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.getStyleClass().add("suggestion");
            item.setOnAction(e -> {
                vm.applySuggestion(s);
                box.positionCaret(box.getText().length());
            });
            suggestionMenu.getItems().add(item);
        }
    }

    public void focusBox() {
        box.requestFocus();
        box.selectAll();
    }

    public CustomTextField box() {
        return box;
    }
}
