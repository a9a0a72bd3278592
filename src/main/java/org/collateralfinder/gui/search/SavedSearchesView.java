package org.collateralfinder.gui.search;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * The saved searches above the filters: each one's name with a badge of the files new or changed since it was last
 * opened; a click (or Enter) opens it, the context menu forgets it. Layout and bindings only.
 */
public final class SavedSearchesView extends VBox {

    public SavedSearchesView(SavedSearchesViewModel vm) {
        super(4);
        getStyleClass().add("saved-searches");
        setPadding(new Insets(12, 12, 0, 12));
        Label heading = new Label("Saved searches", Icons.of(Feather.BOOKMARK, 14));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<SavedSearchesViewModel.Item> list = new ListView<>(vm.items());
        list.setId("saved-searches");
        list.setAccessibleText("Saved searches");
        list.getStyleClass().add(Styles.DENSE);
        Label none = new Label("Save a search with the bookmark beside the search box.");
        none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new SavedCell());
        // as tall as its rows, up to five; the filters keep the rest of the column
        list.prefHeightProperty().bind(Bindings.max(1, Bindings.min(5, Bindings.size(vm.items()))).multiply(34).add(4));
        list.setMinHeight(38);
        list.setOnMouseClicked(e -> {
            SavedSearchesViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == MouseButton.PRIMARY) {
                vm.open(item);
            }
        });
        list.setOnKeyPressed(e -> {
            SavedSearchesViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                vm.open(item);
                e.consume();
            }
        });
        MenuItem remove = new MenuItem("Forget this saved search", Icons.of(Feather.TRASH_2, 12));
        remove.setOnAction(e -> {
            SavedSearchesViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                vm.remove(item);
            }
        });
        list.setContextMenu(new ContextMenu(remove));
        Label status = new Label();
        status.setId("saved-searches-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        WrappingText.wrapSafely(status);
        status.setMaxWidth(Double.MAX_VALUE);
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        getChildren().addAll(heading, list, status);
    }

    /** A saved search: its name, what it searches for in a tooltip, and its badge. */
    private static final class SavedCell extends ListCell<SavedSearchesViewModel.Item> {
        private final Label name = new Label();
        private final Label badge = new Label();
        private final HBox row;

        SavedCell() {
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            badge.getStyleClass().addAll("saved-badge", Styles.TEXT_SMALL, Styles.ACCENT);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(6, name, badge);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SavedSearchesViewModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            name.setText(item.name());
            badge.setText(item.badge());
            badge.setVisible(!item.badge().isEmpty());
            setTooltip(new Tooltip(item.about()));
            setAccessibleText(item.name() + (item.badge().isEmpty() ? "" : ", " + item.badge()) + ": " + item.about());
            setGraphic(row);
        }
    }
}
