package org.collateralfinder.gui.sources;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * One source: path, state (reachable, degraded, unreachable…), counts, the last run's note with a
 * "Confirm deletions" button when files were held back, its extra excludes, the other paths it is
 * mounted at, and a remove button.
 */
final class SourceCell extends ListCell<SourceRow> {

    private final SourcesViewModel vm;
    private final PublishViewModel publish;

    SourceCell(SourcesViewModel vm, PublishViewModel publish) {
        this.vm = vm;
        this.publish = publish;
        setPrefWidth(0); // as wide as the list: long sentences wrap instead of running off to the right
    }

    @Override
    protected void updateItem(SourceRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        boolean share = row.path().startsWith("\\\\") || row.path().startsWith("//");
        Label path = new Label(row.path(), Icons.of(share ? Feather.SERVER : Feather.FOLDER));
        path.getStyleClass().add(Styles.TEXT_BOLD);
        path.setMinWidth(0);
        Label state = new Label(row.state());
        state.getStyleClass().addAll("source-state", "state-" + row.status().name().toLowerCase(Locale.ROOT));
        state.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(row.detail());
        WrappingText.wrapSafely(detail);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        TextField excludes = new TextField(String.join(", ", row.excludes()));
        excludes.setPromptText("Extra excludes, e.g. *.psd, Old/");
        excludes.setAccessibleText("Extra excludes of " + row.path());
        excludes.setPrefColumnCount(16);
        excludes.getStyleClass().add(Styles.SMALL);
        excludes.setOnAction(e -> vm.setExcludes(row, excludes.getText()));
        Button remove = new Button(null, Icons.of(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER);
        remove.setAccessibleText("Stop searching " + row.path());
        remove.setId("remove-source");
        remove.setOnAction(e -> vm.askToRemove(row));
        Button publishButton = new Button(null, Icons.of(Feather.UPLOAD_CLOUD));
        publishButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        publishButton.setId("publish-source");
        publishButton.setTooltip(new Tooltip("Publish a team index of this folder, so laptops copy it instead of reading every file"));
        publishButton.setAccessibleText("Publish a team index of " + row.path());
        publishButton.setDisable(!publish.runningProperty().get().isEmpty());
        publishButton.setOnAction(e -> publish.ask(row.path()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, path, state, grow, excludes, publishButton, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, detail);
        SourceRow asked = vm.pendingRemovalProperty().get();
        if (asked != null && asked.path().equals(row.path())) {
            box.getChildren().add(removalQuestion(row));
        }
        if (!row.note().isEmpty()) {
            box.getChildren().add(note(row));
        }
        publishing(row, box);
        box.getChildren().add(aliases(row));
        setGraphic(box);
        setAccessibleText(row.path() + ", " + row.state() + ", " + row.detail() + " " + row.note());
    }

    /** "Stop searching …? Its 1,033 files leave the index…" with Remove and Keep. */
    private HBox removalQuestion(SourceRow row) {
        Label question = new Label(SourcesViewModel.removalQuestion(row), Icons.of(Feather.ALERT_TRIANGLE, 12));
        question.setId("removal-question");
        WrappingText.wrapSafely(question);
        question.getStyleClass().addAll(Styles.TEXT_SMALL, "source-note-text");
        question.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(question, Priority.ALWAYS);
        Button confirm = new Button("Remove", Icons.of(Feather.TRASH_2, 12));
        confirm.setId("confirm-remove-source");
        confirm.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        confirm.setOnAction(e -> vm.confirmRemoval());
        Button keep = new Button("Keep");
        keep.setId("keep-source");
        keep.getStyleClass().add(Styles.SMALL);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.setOnAction(e -> vm.keepSource());
        HBox line = new HBox(8, question, confirm, keep);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("source-note");
        return line;
    }

    /** The publication of this source: the question before, its progress and Stop during, its sentence after. */
    private void publishing(SourceRow row, VBox box) {
        if (row.path().equals(publish.askedProperty().get())) {
            Button go = small("Publish", Feather.UPLOAD_CLOUD, "confirm-publish", publish::confirm);
            go.getStyleClass().add(Styles.ACCENT);
            box.getChildren().add(line(PublishViewModel.question(row.path()), Feather.UPLOAD_CLOUD, "publish-question",
                    go, small("Not now", null, "publish-not-now", publish::notNow)));
        } else if (row.path().equals(publish.runningProperty().get())) {
            box.getChildren().add(line("Publishing: " + publish.progressProperty().get(), Feather.LOADER, "publish-progress",
                    small("Stop", Feather.X_CIRCLE, "stop-publish", publish::stop)));
        } else if (row.path().equals(publish.resultForProperty().get())) {
            HBox done = line(publish.resultProperty().get(),
                    publish.succeededProperty().get() ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE, "publish-result");
            if (!publish.succeededProperty().get()) {
                done.getChildren().getFirst().getStyleClass().add(Styles.DANGER);
            }
            box.getChildren().add(done);
        }
    }

    private static HBox line(String text, Feather icon, String id, Button... buttons) {
        Label label = new Label(text, Icons.of(icon, 12));
        label.setId(id);
        WrappingText.wrapSafely(label);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "source-note-text");
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox line = new HBox(8, label);
        line.getChildren().addAll(buttons);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("source-note");
        return line;
    }

    private static Button small(String text, Feather icon, String id, Runnable action) {
        Button b = icon == null ? new Button(text) : new Button(text, Icons.of(icon, 12));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox note(SourceRow row) {
        Label note = new Label(row.note(), Icons.of(row.needsConfirmation() ? Feather.ALERT_TRIANGLE : Feather.INFO, 12));
        WrappingText.wrapSafely(note);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, "source-note-text");
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox line = new HBox(8, note);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("source-note");
        if (row.needsConfirmation()) {
            Button confirm = new Button("Confirm deletions", Icons.of(Feather.CHECK_SQUARE, 12));
            confirm.setId("confirm-deletions");
            confirm.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
            confirm.setMinWidth(Region.USE_PREF_SIZE);
            confirm.setAccessibleText("Remove the files that disappeared from " + row.path() + " from the index");
            confirm.disableProperty().bind(vm.runningProperty());
            confirm.setOnAction(e -> vm.confirmDeletions());
            line.getChildren().add(confirm);
        }
        return line;
    }

    private HBox aliases(SourceRow row) {
        Label also = new Label(row.aliases().isEmpty() ? "Also mounted at:" : "Also mounted at: "
                + String.join(", ", row.aliases()), Icons.of(Feather.LINK, 11));
        also.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        also.setMinWidth(Region.USE_PREF_SIZE);
        TextField alias = new TextField();
        alias.getStyleClass().addAll(Styles.SMALL, "alias-field");
        alias.setPromptText("Another path of this share, e.g. Z:\\Marketing or /Volumes/marketing");
        alias.setAccessibleText("Another path " + row.path() + " is mounted at");
        alias.setPrefColumnCount(26);
        Button add = new Button("Add", Icons.of(Feather.PLUS, 11));
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "add-alias");
        add.setAccessibleText("Add the other mount point of " + row.path());
        add.disableProperty().bind(alias.textProperty().isEmpty());
        Runnable save = () -> vm.addAlias(row, alias.getText());
        add.setOnAction(e -> save.run());
        alias.setOnAction(e -> save.run());
        HBox line = new HBox(8, also, alias, add);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
