package org.collateralfinder.gui.collections;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * The sidebar's collections: each with how many files it holds and whose it is (those answering the search first, in
 * bold), a field to make a new one, and the chosen collection's files in order; a click on a file shows it among the
 * results. Layout and bindings only ({@link CollectionsViewModel}).
 */
public final class CollectionsPane extends VBox {

    /** A file of the collection the index no longer has. */
    private static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");

    /** Whether the list's selection is being set from the view model (not a choice of the rep's). */
    private boolean following;

    public CollectionsPane(CollectionsViewModel vm) {
        super(6);
        setId("collections-pane");
        getStyleClass().add("collections-pane");
        setPadding(new Insets(8, 12, 12, 12));

        Label heading = new Label("Collections", Icons.of(Feather.BOOKMARK, 14));
        heading.getStyleClass().add(Styles.TITLE_4);

        TextField newName = new TextField();
        newName.setId("new-collection-name");
        newName.setPromptText("New collection…");
        newName.setAccessibleText("Name of a new collection");
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button make = new Button(null, Icons.of(Feather.PLUS, 14));
        make.setId("new-collection");
        make.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        make.setAccessibleText("Make the collection");
        make.setTooltip(new Tooltip("Make a collection of this name, yours alone until you share it"));
        make.disableProperty().bind(newName.textProperty().isEmpty());
        Runnable create = () -> {
            vm.create(newName.getText(), null);
            newName.clear();
        };
        make.setOnAction(e -> create.run());
        newName.setOnAction(e -> create.run());
        HBox making = new HBox(4, newName, make);
        making.setAlignment(Pos.CENTER_LEFT);

        ListView<CollectionsViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("collections-list");
        list.setAccessibleText("Collections");
        list.setPrefHeight(150);
        Label none = new Label();
        none.textProperty().bind(Bindings.when(vm.listReadProperty()).then("No collection yet")
                .otherwise("Reading the collections…"));
        list.setPlaceholder(none);
        list.setCellFactory(v -> new CollectionCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!following) {
                vm.choose(row);
            }
        });
        vm.chosenProperty().addListener((obs, old, row) -> {
            following = true;
            try {
                if (row == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(row);
                }
            } finally {
                following = false;
            }
        });

        Label title = new Label();
        title.setId("collection-title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenProperty().get() == null ? ""
                : WrappingText.forLabel(vm.chosenProperty().get().name()), vm.chosenProperty()));
        Label description = new Label();
        description.setId("collection-description");
        description.setWrapText(true);
        description.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        description.textProperty().bind(Bindings.createStringBinding(() -> {
            CollectionsViewModel.Row row = vm.chosenProperty().get();
            return row == null || row.collection().description() == null ? ""
                    : WrappingText.forLabel(row.collection().description());
        }, vm.chosenProperty()));
        description.managedProperty().bind(description.textProperty().isNotEmpty());

        ListView<CollectionsViewModel.FileRow> files = new ListView<>(vm.files());
        files.setId("collection-files");
        files.setAccessibleText("The files of the collection, in order");
        files.setPrefHeight(170);
        files.setPlaceholder(new Label("No file yet: add one from a result's menu"));
        files.setCellFactory(v -> new MemberCell());
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, file) -> vm.open(file));

        Button share = new Button("Share with the team", Icons.of(Feather.SHARE_2, 14));
        share.setId("collection-share");
        share.getStyleClass().add(Styles.SMALL);
        share.setOnAction(e -> vm.share(vm.chosenProperty().get()));
        share.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            CollectionsViewModel.Row row = vm.chosenProperty().get();
            return row != null && row.mine() && !row.collection().shared();
        }, vm.chosenProperty()));
        share.managedProperty().bind(share.visibleProperty());
        Button pin = new Button("Keep offline", Icons.of(Feather.DOWNLOAD_CLOUD, 14));
        pin.setId("collection-pin");
        pin.getStyleClass().add(Styles.SMALL);
        pin.setTooltip(new Tooltip("Keep every file of the collection offline, within the offline budget"));
        pin.setOnAction(e -> vm.pin(vm.chosenProperty().get()));
        HBox actions = new HBox(6, share, pin);
        VBox chosen = new VBox(4, title, description, files, actions);
        chosen.setId("collection-chosen");
        chosen.visibleProperty().bind(vm.chosenProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());

        Label message = new Label();
        message.setId("collections-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(WrappingText.forLabel(vm.messageProperty()));
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(heading, making, list, chosen, message);
    }

    /** A collection: its name (bold when it answers the search) over how many files and whose. */
    /**
     * A member: its number and name, and under it marketing's word on it, wrapped to the column's width (issue 16
     * re-test r23, finding 3: on one line it ran off to the right of the narrow list, and a retired member looked like
     * any other). The cell never asks for more than the list's width, so the list does not scroll sideways.
     */
    private static final class MemberCell extends ListCell<CollectionsViewModel.FileRow> {

        private final Label name = new Label();
        private final Label curation = new Label();
        private final VBox box = new VBox(1, name, curation);

        MemberCell() {
            getStyleClass().add("collection-member");
            curation.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            curation.setWrapText(true);
            curation.managedProperty().bind(curation.textProperty().isNotEmpty());
            name.setMinWidth(0);
            box.setMinWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CollectionsViewModel.FileRow file, boolean empty) {
            super.updateItem(file, empty);
            pseudoClassStateChanged(LOST, !empty && file != null && !file.found());
            if (empty || file == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            name.setText(WrappingText.forLabel(file.numberedName()));
            curation.setText(WrappingText.forLabel(file.noteLine()));
            setTooltip(new Tooltip(file.path() + (file.noteLine().isEmpty() ? "" : "\n" + file.noteLine())));
            setAccessibleText(file.text());
            setGraphic(box);
        }
    }

    private static final class CollectionCell extends ListCell<CollectionsViewModel.Row> {

        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, name, detail);

        CollectionCell() {
            getStyleClass().add("collection-cell");
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        }

        @Override
        protected void updateItem(CollectionsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(WrappingText.forLabel(row.name()));
            name.getStyleClass().remove(Styles.TEXT_BOLD);
            if (row.matches()) {
                name.getStyleClass().add(Styles.TEXT_BOLD);
            }
            detail.setText(WrappingText.forLabel(row.detail() + (row.matches() ? " · answers your search" : "")));
            setAccessibleText(row.name() + ", " + detail.getText());
            setGraphic(box);
        }
    }
}
