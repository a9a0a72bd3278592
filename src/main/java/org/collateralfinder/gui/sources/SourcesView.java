package org.collateralfinder.gui.sources;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WholeLabel;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.FailedFile;
import org.kordamp.ikonli.feather.Feather;

/** Sources and indexing: add and remove folders, excludes, each source's state, progress, failures. */
public final class SourcesView extends VBox {

    private final TextField folder = new TextField();

    public SourcesView(SourcesViewModel vm, PublishViewModel publish, Node offline) {
        getStyleClass().add("sources-view");
        setSpacing(12);
        setPadding(new Insets(16));

        Label title = new Label("Sources and indexing");
        title.getStyleClass().add(Styles.TITLE_3);
        // whole, on as many lines as it takes (at the smallest window it was cut to one line: window re-test 18, R10)
        Label intro = new WholeLabel();
        intro.setText("Collateral Finder searches these folders. Add your own folders and shared drives; "
                + "files stay where they are, only their text is indexed on this computer.");
        intro.setId("sources-intro");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        folder.setId("new-source");
        folder.setPromptText("Folder or share path, e.g. \\\\fileserver\\Marketing or /Volumes/Sales");
        folder.setAccessibleText("Path of a folder to add");
        HBox.setHgrow(folder, Priority.ALWAYS);
        TextField excludes = new TextField();
        excludes.setPromptText("Extra excludes, e.g. *.psd, Archive/");
        excludes.setAccessibleText("Extra exclude patterns for the new folder");
        excludes.setPrefColumnCount(16);
        Button browse = new Button("Browse…", Icons.of(Feather.FOLDER));
        browse.setAccessibleText("Choose a folder to add");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Add a folder to search");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        Button add = new Button("Add", Icons.of(Feather.FOLDER_PLUS));
        add.setId("add-source");
        add.getStyleClass().add(Styles.ACCENT);
        add.setAccessibleText("Add the folder and index it");
        add.disableProperty().bind(folder.textProperty().isEmpty());
        folder.textProperty().bindBidirectional(vm.newFolderProperty());
        excludes.textProperty().bindBidirectional(vm.newExcludesProperty());
        add.setOnAction(e -> vm.addTyped());
        folder.setOnAction(e -> vm.addTyped()); // Enter in the field adds, as the Add button does
        excludes.setOnAction(e -> vm.addTyped());
        HBox addRow = new HBox(8, folder, excludes, browse, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label addProblem = new Label();
        addProblem.setId("add-source-problem");
        addProblem.getStyleClass().add(Styles.DANGER);
        addProblem.setWrapText(true);
        addProblem.textProperty().bind(vm.addProblemProperty());
        addProblem.visibleProperty().bind(vm.addProblemProperty().isNotEmpty());
        addProblem.managedProperty().bind(addProblem.visibleProperty());

        ListView<SourceRow> sources = new ListView<>(vm.rows());
        sources.setId("sources");
        sources.setAccessibleText("Source folders");
        sources.setPrefHeight(240);
        sources.setMinHeight(130);
        sources.setCellFactory(v -> new SourceCell(vm, publish));
        vm.pendingRemovalProperty().addListener((obs, old, now) -> {
            // Keep answered: the focus goes back to the trash that asked, not to the search box with its query selected
            // (window re-test 22, F9), where the next keystroke replaced the query
            boolean kept = now == null && old != null && sources.getScene() != null
                    && sources.getScene().getFocusOwner() instanceof Node owner && "keep-source".equals(owner.getId());
            sources.refresh(); // the question shows in its row
            if (kept) {
                sources.applyCss();
                sources.layout();
                sources.lookupAll("#remove-source").stream()
                        .filter(b -> ("Stop searching " + old.path()).equals(b.getAccessibleText()) && b.isVisible())
                        .findFirst().ifPresentOrElse(Node::requestFocus, sources::requestFocus);
            }
            if (now != null) { // in view and focused: a lower row's question sat below the list, the focus elsewhere
                int row = sources.getItems().stream().map(SourceRow::path).toList().indexOf(now.path());
                if (row >= 0) {
                    sources.scrollTo(row);
                    sources.applyCss();
                    sources.layout();
                    if (sources.lookup("#keep-source") instanceof Node keep) {
                        keep.requestFocus();
                    }
                }
            }
        });
        for (var shown : List.of(publish.askedProperty(), publish.runningProperty(), publish.progressProperty(),
                publish.resultProperty())) {
            shown.addListener((obs, old, now) -> sources.refresh()); // so do the publication's question, progress and end
        }
        Label none = new Label("No folders yet: add one above.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        sources.setPlaceholder(none);

        VBox failures = failures(vm);
        HBox lower = new HBox(16, failures, offline);
        HBox.setHgrow(failures, Priority.ALWAYS);
        HBox.setHgrow(offline, Priority.ALWAYS);
        failures.setPrefWidth(0);
        if (offline instanceof Region r) {
            r.setPrefWidth(0);
        }
        getChildren().addAll(title, intro, addRow, addProblem, progressCard(vm), sources, lower);
        VBox.setVgrow(sources, Priority.ALWAYS);
        lower.setPrefHeight(230);
        lower.setMinHeight(150);
    }

    private static VBox progressCard(SourcesViewModel vm) {
        ProgressBar bar = new ProgressBar();
        bar.setId("index-progress");
        bar.setAccessibleText("Indexing progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        // the run's sentence wraps, whole, and Re-index keeps its word beside it (at the smallest window they read
        // "…(listed be…" and "Re-i…": window re-test 18, R10)
        Label text = new WholeLabel();
        text.setId("index-progress-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        WrappingText.wrapSafely(text); // a sentence naming a file in Arabic stays on its line, cut, whole in a tooltip
        text.textProperty().bind(Bindings.when(vm.progressTextProperty().isEmpty())
                .then("Files are indexed when they change; Re-index looks for changes now.")
                .otherwise(vm.progressTextProperty()));
        Label current = new Label();
        current.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        current.textProperty().bind(vm.currentFileProperty());
        current.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        Button reindex = new Button("Re-index", Icons.of(Feather.REFRESH_CW));
        reindex.setId("reindex");
        reindex.setAccessibleText("Index new and changed files now");
        reindex.disableProperty().bind(vm.runningProperty());
        reindex.setOnAction(e -> vm.reindex());
        reindex.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel", Icons.of(Feather.X_CIRCLE));
        cancel.setId("cancel-indexing");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setAccessibleText("Stop indexing");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Label last = new WholeLabel();
        last.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        WrappingText.wrapSafely(last);
        last.textProperty().bind(vm.lastRunProperty());
        HBox top = new HBox(8, text, reindex, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, top, bar, current, last);
        card.getStyleClass().add("progress-card");
        card.setPadding(new Insets(12));
        return card;
    }

    private static VBox failures(SourcesViewModel vm) {
        Label title = new Label("Files whose text could not be read");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label("They can still be found by their names.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ListView<FailedFile> list = new ListView<>(vm.failures());
        list.setId("failures");
        list.setAccessibleText("Files that could not be read, with reasons");
        Label none = new Label("Every file could be read.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: no sideways scrolling, long reasons end in "…"
            }

            @Override
            protected void updateItem(FailedFile f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label name = new Label(Formats.lastName(f.path()), Icons.of(Feather.ALERT_CIRCLE, 12));
                name.getStyleClass().add(Styles.TEXT_BOLD);
                name.setMinWidth(0);
                Label why = new Label(f.reason().description());
                why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                why.setMinWidth(0);
                VBox lines = new VBox(1, name, why);
                lines.setMinWidth(0);
                setGraphic(lines);
                setText(null);
                setTooltip(new Tooltip(f.path() + (f.detail() == null || f.detail().isBlank()
                        ? "" : "\n" + f.detail())));
                setAccessibleText(Formats.lastName(f.path()) + ": " + f.reason().description());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(4, title, hint, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
