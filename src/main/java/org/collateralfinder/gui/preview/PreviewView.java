package org.collateralfinder.gui.preview;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.search.ResultItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The preview column: the file's title and actions, then tabs for the page picture with facts, the
 * text with match navigation, and whatever {@code feedbackTab} holds.
 */
public final class PreviewView extends VBox {

    private final TabPane tabs = new TabPane();

    public PreviewView(PreviewViewModel vm, FileActions actions, java.util.function.Consumer<ResultItem> toggleOffline,
                       java.util.function.Consumer<ResultItem> moreLikeThis, Node feedbackBar, Node feedbackHistory) {
        getStyleClass().add("preview-view");
        setSpacing(8);
        setPadding(new Insets(12, 12, 0, 12));

        Label title = new Label();
        title.setId("preview-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.itemProperty().get() == null ? "Select a file to see it here" : vm.itemProperty().get().hit().title(),
                vm.itemProperty()));

        Button keep = new Button("Keep offline", Icons.of(Feather.DOWNLOAD_CLOUD));
        keep.setId("keep-offline");
        keep.getStyleClass().addAll(Styles.SMALL, "keep-offline");
        keep.setTooltip(new javafx.scene.control.Tooltip("Keep a copy on this computer, to open when the share is offline"));
        vm.itemProperty().addListener((obs, old, now) -> {
            boolean pinned = now != null && now.pinned();
            keep.setText(pinned ? "Kept offline" : "Keep offline");
            keep.setGraphic(Icons.of(pinned ? Feather.CHECK_CIRCLE : Feather.DOWNLOAD_CLOUD));
            keep.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pinned"), pinned);
            keep.setAccessibleText(pinned ? "Kept offline; press to remove the copy on this computer"
                    : "Keep a copy of this file on this computer");
        });
        keep.setOnAction(e -> {
            ResultItem item = vm.itemProperty().get();
            if (item != null) {
                toggleOffline.accept(item);
            }
        });
        Button like = new Button(null, Icons.of(Feather.LAYERS));
        like.setId("more-like-this");
        like.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        like.setAccessibleText("Find files like this one");
        like.setTooltip(new javafx.scene.control.Tooltip("More like this: files with similar content"));
        like.setOnAction(e -> {
            ResultItem item = vm.itemProperty().get();
            if (item != null) {
                moreLikeThis.accept(item);
            }
        });
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6,
                action("Open", Feather.EXTERNAL_LINK, "Open the file in its application", vm, actions::open, true),
                action("Show in folder", Feather.FOLDER, "Show the file in its folder", vm, actions::reveal, false),
                action("Copy file", Feather.COPY, "Copy the file to the clipboard", vm, actions::copyFile, false),
                action("Copy path", Feather.CLIPBOARD, "Copy the path of the file", vm, actions::copyPath, false),
                keep, like);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.disableProperty().bind(vm.itemProperty().isNull());

        Label offline = new Label();
        offline.setId("offline-note");
        offline.setWrapText(true);
        offline.setGraphic(Icons.of(Feather.WIFI_OFF));
        offline.getStyleClass().addAll("offline-note", Styles.WARNING);
        offline.textProperty().bind(vm.offlineNoteProperty());
        offline.visibleProperty().bind(vm.offlineNoteProperty().isNotEmpty());
        offline.managedProperty().bind(offline.visibleProperty());

        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab preview = new Tab("Preview", pictureAndFacts(vm));
        preview.setGraphic(Icons.of(Feather.EYE));
        Tab text = new Tab("Text", textPane(vm));
        text.setGraphic(Icons.of(Feather.ALIGN_LEFT));
        text.setId("text-tab");
        Tab history = new Tab("Feedback", feedbackHistory);
        history.setGraphic(Icons.of(Feather.MESSAGE_SQUARE));
        tabs.getTabs().addAll(preview, text, history);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, buttons, offline, feedbackBar, tabs);
    }

    private static Button action(String text, Feather icon, String accessible, PreviewViewModel vm,
                                 java.util.function.Consumer<org.collateralfinder.model.SearchHit> what, boolean accent) {
        Button b = new Button(text, Icons.of(icon));
        b.getStyleClass().add(Styles.SMALL);
        if (accent) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        b.setAccessibleText(accessible);
        b.setOnAction(e -> {
            ResultItem item = vm.itemProperty().get();
            if (item != null) {
                what.accept(item.hit());
            }
        });
        return b;
    }

    private static Node pictureAndFacts(PreviewViewModel vm) {
        ImageView image = new ImageView();
        image.setId("preview-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(vm.pictureProperty());
        image.setAccessibleText("Picture of the current page");
        image.getStyleClass().add("page-picture");

        FontIcon bigIcon = new FontIcon(Feather.FILE);
        bigIcon.setIconSize(96);
        bigIcon.getStyleClass().add("big-kind-icon");
        vm.itemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                bigIcon.setIconCode(Icons.forKind(now.hit().type()));
            }
        });
        Label note = new Label();
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.textProperty().bind(vm.pictureNoteProperty());
        VBox placeholder = new VBox(10, bigIcon, note);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.visibleProperty().bind(vm.pictureProperty().isNull().and(vm.pictureLoadingProperty().not()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(32, 32);
        spinner.visibleProperty().bind(vm.pictureLoadingProperty().and(vm.pictureProperty().isNull()));

        StackPane stage = new StackPane(placeholder, image, spinner);
        stage.getStyleClass().add("picture-stage");
        stage.setMinHeight(160);
        stage.setPrefHeight(330);
        image.fitWidthProperty().bind(stage.widthProperty().subtract(24));
        image.fitHeightProperty().bind(stage.heightProperty().subtract(16));

        Button previous = new Button(null, Icons.of(Feather.CHEVRON_LEFT));
        previous.setId("previous-page");
        previous.setAccessibleText("Previous page");
        previous.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        Button next = new Button(null, Icons.of(Feather.CHEVRON_RIGHT));
        next.setId("next-page");
        next.setAccessibleText("Next page");
        next.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.pageProperty().add(1).greaterThanOrEqualTo(vm.pageCountProperty()));
        Label pageLabel = new Label();
        pageLabel.setId("page-label");
        pageLabel.getStyleClass().add(Styles.TEXT_SMALL);
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.pageCountProperty().get() <= 0 ? ""
                        : "Page " + (vm.pageProperty().get() + 1) + " of " + vm.pageCountProperty().get(),
                vm.pageProperty(), vm.pageCountProperty()));
        HBox pager = new HBox(6, previous, pageLabel, next);
        pager.setAlignment(Pos.CENTER);
        pager.visibleProperty().bind(vm.pictureProperty().isNotNull().and(vm.pageCountProperty().greaterThan(1)));
        pager.managedProperty().bind(pager.visibleProperty());

        GridPane facts = new GridPane();
        facts.setId("facts");
        facts.getStyleClass().add("facts");
        facts.setHgap(12);
        facts.setVgap(4);
        vm.facts().addListener((ListChangeListener<PreviewViewModel.Fact>) c -> {
            facts.getChildren().clear();
            int row = 0;
            for (PreviewViewModel.Fact f : vm.facts()) {
                Label k = new Label(f.label());
                k.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                k.setMinWidth(Region.USE_PREF_SIZE);
                Label v = new Label(f.value());
                v.getStyleClass().add(Styles.TEXT_SMALL);
                v.setWrapText(true);
                facts.addRow(row++, k, v);
            }
        });
        VBox box = new VBox(8, stage, pager, facts);
        box.setPadding(new Insets(8, 4, 12, 4));
        VBox.setVgrow(stage, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private static Node textPane(PreviewViewModel vm) {
        HighlightedTextView text = new HighlightedTextView(vm);
        text.setId("preview-text");
        Label position = new Label();
        position.setId("match-position");
        position.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        position.textProperty().bind(Bindings.createStringBinding(() -> vm.matches().isEmpty() ? "No matches"
                        : "Match " + (vm.currentMatchProperty().get() + 1) + " of " + vm.matches().size(),
                vm.matches(), vm.currentMatchProperty()));
        Button up = new Button(null, Icons.of(Feather.CHEVRON_UP));
        up.setAccessibleText("Previous match");
        up.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        up.setOnAction(e -> vm.previousMatch());
        Button down = new Button(null, Icons.of(Feather.CHEVRON_DOWN));
        down.setId("next-match");
        down.setAccessibleText("Next match");
        down.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        down.setOnAction(e -> vm.nextMatch());
        up.disableProperty().bind(Bindings.isEmpty(vm.matches()));
        down.disableProperty().bind(Bindings.isEmpty(vm.matches()));
        Label note = new Label();
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.textProperty().bind(vm.textNoteProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, note, grow, position, up, down);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 4, 6, 4));
        VBox box = new VBox(bar, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return box;
    }
}
