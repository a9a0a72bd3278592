package org.collateralfinder.gui.collections;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.stage.WindowEvent;
import org.collateralfinder.gui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected file's collections in its detail: "In collections: Healthcare pitch kit" (a click shows the collection
 * in the sidebar) and a menu to add the file to one of the rep's collections or take it out; the same two menus in
 * a result's context menu ({@link #addTo}). Layout and bindings only ({@link CollectionsViewModel}).
 */
public final class CollectionsDetail extends FlowPane {

    public CollectionsDetail(CollectionsViewModel vm) {
        super(6, 4);
        setId("collections-detail");
        setAlignment(Pos.CENTER_LEFT);
        Label said = new Label();
        said.setId("collections-holding");
        said.setGraphic(Icons.of(Feather.BOOKMARK, 14));
        said.getStyleClass().add(Styles.TEXT_SMALL);
        MenuButton change = new MenuButton("Collections");
        change.setId("collections-menu");
        change.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        change.setOnShowing(e -> fill(change.getItems(), vm));
        Runnable show = () -> {
            getChildren().setAll(said);
            said.setText(!vm.holdingReadProperty().get() ? "Reading its collections…"
                    : vm.holding().isEmpty() ? "In no collection" : "In collections:");
            for (String name : vm.holding()) {
                Hyperlink link = new Hyperlink(name);
                link.setMnemonicParsing(false); // a collection's name is shown as typed, underscores too
                link.getStyleClass().add("collection-link");
                link.setOnAction(e -> vm.chooseNamed(name));
                getChildren().add(link);
            }
            getChildren().add(change);
        };
        vm.holding().addListener((ListChangeListener<String>) c -> show.run());
        vm.holdingReadProperty().addListener((obs, was, now) -> show.run());
        show.run();
    }

    /**
     * Adds "Add to collection" and "Take out of collection" to a result's context menu, filled with the rep's own
     * collections when it shows (the menu acts on the selected result).
     */
    public static void addTo(ContextMenu menu, CollectionsViewModel vm) {
        Menu add = new Menu("Add to collection", Icons.of(Feather.BOOKMARK));
        add.setId("menu-add-to-collection");
        Menu remove = new Menu("Take out of collection");
        remove.setId("menu-take-out-of-collection");
        menu.getItems().addAll(new SeparatorMenuItem(), add, remove);
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            add.getItems().setAll(vm.addable().stream().map(row -> item(row.name(), () -> vm.addSelectedTo(row))).toList());
            add.setDisable(add.getItems().isEmpty());
            remove.getItems().setAll(vm.ownHolding().stream()
                    .map(row -> item(row.name(), () -> vm.removeSelectedFrom(row))).toList());
            remove.setDisable(remove.getItems().isEmpty());
        });
    }

    private static void fill(ObservableList<MenuItem> items, CollectionsViewModel vm) {
        items.clear();
        vm.addable().forEach(row -> items.add(item("Add to \"" + row.name() + "\"", () -> vm.addSelectedTo(row))));
        vm.ownHolding().forEach(row -> items.add(item("Take out of \"" + row.name() + "\"",
                () -> vm.removeSelectedFrom(row))));
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("Make a collection in the sidebar first");
            none.setDisable(true);
            items.add(none);
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false); // a collection's name is shown as typed, underscores too
        item.setOnAction(e -> action.run());
        return item;
    }
}
