package org.collateralfinder.gui.deck;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.deck.DeckTrayViewModel.TraySlide;
import org.collateralfinder.model.Plural;
import org.kordamp.ikonli.feather.Feather;

/**
 * The deck tray under the search: the slides collected ("Pricing 2025 — slide 7"), each with buttons to move it
 * up or down or take it out, Clear and Save as deck…, and once saved the deck itself, to drag into an e-mail.
 * Shown while the tray holds slides or a deck was saved.
 */
public final class DeckTrayView extends VBox {

    /** The tray's list is as tall as this many rows at most (it scrolls beyond), one at least. */
    static final int SHOWN_ROWS = 3;
    /** The height of a row: a slide's name beside its small up, down and remove buttons. */
    static final double ROW = 38;

    public DeckTrayView(DeckTrayViewModel vm) {
        this(vm, DeckTrayView::chooseTarget);
    }

    /** @param chooseTarget asks where to save the deck (a file chooser; null: cancelled) */
    DeckTrayView(DeckTrayViewModel vm, Function<Window, File> chooseTarget) {
        super(6);
        setId("deck-tray");
        getStyleClass().add("deck-tray");
        setPadding(new Insets(6, 16, 8, 16));

        Label title = new Label();
        title.setId("deck-tray-title");
        title.setGraphic(Icons.of(Feather.LAYERS));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.slides().isEmpty() ? "Deck"
                : "Deck: " + Plural.of(vm.slides().size(), "slide", "slides"), vm.slides()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("deck-tray-message");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(WrappingText.forLabel(vm.messageProperty()));
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Label savedDeck = new Label();
        savedDeck.setId("deck-tray-saved");
        savedDeck.setGraphic(Icons.of(Feather.PAPERCLIP));
        savedDeck.getStyleClass().addAll(Styles.TEXT_SMALL, "deck-saved");
        savedDeck.textProperty().bind(vm.savedProperty().map(p -> WrappingText.forLabel(p.getFileName() + " (drag it into an e-mail)")));
        savedDeck.setTooltip(new Tooltip("Drag the saved deck into an e-mail or a folder"));
        savedDeck.visibleProperty().bind(vm.savedProperty().isNotNull());
        savedDeck.managedProperty().bind(savedDeck.visibleProperty());
        savedDeck.setMinWidth(Region.USE_PREF_SIZE);
        savedDeck.setOnDragDetected(e -> {
            Path file = vm.savedProperty().get();
            if (file != null) {
                Dragboard board = savedDeck.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(file.toFile()));
                board.setContent(content);
                e.consume();
            }
        });

        Button clear = new Button("Clear", Icons.of(Feather.TRASH_2, 12));
        clear.setId("deck-clear");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setOnAction(e -> vm.clear());
        Button save = new Button("Save as deck…", Icons.of(Feather.SAVE, 12));
        save.setId("deck-save");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setAccessibleText("Save the slides as a PowerPoint or PDF deck");
        save.setOnAction(e -> {
            File file = chooseTarget.apply(getScene().getWindow());
            if (file != null) {
                vm.save(file.toPath());
            }
        });
        clear.disableProperty().bind(Bindings.isEmpty(vm.slides()).or(vm.savingProperty()));
        save.disableProperty().bind(Bindings.isEmpty(vm.slides()).or(vm.savingProperty()));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, title, message, savedDeck, clear, save);
        head.setAlignment(Pos.CENTER_LEFT);

        ListView<TraySlide> list = new ListView<>(vm.slides()) {
            // whole rows, up to SHOWN_ROWS of them, whatever the parts above want: squeezed to its least height
            // under the result list and the preview, it showed one and a half (window test 12, F12)
            @Override
            protected double computePrefHeight(double width) {
                return snappedTopInset() + Math.clamp(getItems().size(), 1, SHOWN_ROWS) * ROW + snappedBottomInset();
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }

            @Override
            protected double computeMaxHeight(double width) {
                return computePrefHeight(width);
            }
        };
        list.setId("deck-slides");
        list.setCellFactory(view -> new SlideCell(vm));
        list.setFixedCellSize(ROW);
        vm.slides().addListener((ListChangeListener<TraySlide>) c -> list.requestLayout());
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.slides()));
        list.managedProperty().bind(list.visibleProperty());

        getChildren().setAll(head, list);
        visibleProperty().bind(Bindings.isNotEmpty(vm.slides()).or(vm.savedProperty().isNotNull())
                .or(vm.messageProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
    }

    private static File chooseTarget(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save as deck");
        chooser.setInitialFileName("deck.pptx");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PowerPoint deck", "*.pptx"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return chooser.showSaveDialog(owner);
    }

    /** A slide of the tray: its name and where it comes from, with up, down and remove. */
    private static final class SlideCell extends ListCell<TraySlide> {

        private final Label label = new Label();
        private final HBox root;

        SlideCell(DeckTrayViewModel vm) {
            Button up = button(Feather.ARROW_UP, "deck-slide-up", "Move up");
            up.setOnAction(e -> vm.moveUp(getIndex()));
            Button down = button(Feather.ARROW_DOWN, "deck-slide-down", "Move down");
            down.setOnAction(e -> vm.moveDown(getIndex()));
            Button remove = button(Feather.X, "deck-slide-remove", "Take out of the deck");
            remove.setOnAction(e -> vm.remove(getIndex()));
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            root = new HBox(4, label, up, down, remove);
            root.setAlignment(Pos.CENTER_LEFT);
        }

        private static Button button(Feather icon, String id, String text) {
            Button b = new Button(null, Icons.of(icon, 12));
            b.setId(id);
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            b.setAccessibleText(text);
            b.setTooltip(new Tooltip(text));
            return b;
        }

        @Override
        protected void updateItem(TraySlide slide, boolean empty) {
            super.updateItem(slide, empty);
            if (empty || slide == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            label.setText(WrappingText.forLabel((getIndex() + 1) + ". " + slide.label()));
            setTooltip(new Tooltip(slide.file().toString()));
            setGraphic(root);
        }
    }
}
