package org.collateralfinder.gui.curation;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.model.CurationState;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected file's curation in its detail: one line saying what marketing says it is, a flag on an offline copy
 * of a retired file (with its replacement one click from being kept offline instead), and, for whoever may write the
 * team's curation folder, a form to set it. Layout and bindings only ({@link CurationViewModel}).
 */
public final class CurationPane extends VBox {

    /** @param pin keeps a file (its path) offline */
    public CurationPane(CurationViewModel vm, Consumer<String> pin) {
        super(6);
        setId("curation-pane");
        getStyleClass().add("curation-pane");

        Label summary = new Label();
        summary.setId("curation-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(WrappingText.forLabel(vm.summaryProperty()));
        HBox line = new HBox(8, Icons.of(Feather.AWARD), summary);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());

        WrappingText pinned = new WrappingText(vm.pinnedNoteProperty().get(), "note-text");
        vm.pinnedNoteProperty().addListener((obs, old, now) -> pinned.setText(now, "note-text"));
        Button pinInstead = new Button("Keep the replacement offline", Icons.of(Feather.DOWNLOAD_CLOUD, 14));
        pinInstead.setId("pin-replacement");
        pinInstead.getStyleClass().add(Styles.SMALL);
        pinInstead.setOnAction(e -> vm.replacementToPin().ifPresent(pin));
        pinInstead.visibleProperty().bind(vm.replacementPinnableProperty()); // none to keep: no button that does nothing
        pinInstead.managedProperty().bind(pinInstead.visibleProperty());
        VBox pinnedBox = new VBox(4, pinned, pinInstead);
        pinnedBox.setId("curation-pinned-note");
        pinnedBox.visibleProperty().bind(vm.pinnedNoteProperty().isNotEmpty());
        pinnedBox.managedProperty().bind(pinnedBox.visibleProperty());

        ComboBox<CurationState> state = new ComboBox<>();
        state.setId("curation-state");
        state.getItems().setAll(CurationState.values());
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(CurationState value) {
                return value == null ? "" : value.code();
            }

            @Override
            public CurationState fromString(String text) {
                return CurationState.of(text).orElse(null);
            }
        });
        state.valueProperty().bindBidirectional(vm.stateProperty());
        DatePicker expires = new DatePicker();
        expires.setId("curation-expires");
        expires.setPromptText("YYYY-MM-DD (optional)");
        // written as everywhere else, read strictly (no 2/30); a refused date stays as typed beside the sentence why
        StringConverter<LocalDate> dates = new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return vm.expiryText(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return vm.typedExpiry(text);
            }
        };
        expires.setConverter(dates);
        expires.valueProperty().bindBidirectional(vm.expiresProperty());
        expires.getEditor().textProperty().addListener((obs, old, now) -> vm.expiryEdited(now));
        vm.refusedExpiryProperty().addListener((obs, old, now) -> {
            if (now.isEmpty() && old.equals(expires.getEditor().getText())) {
                expires.getEditor().setText(dates.toString(expires.getValue())); // another file: its own date
            }
        });
        TextField owner = new TextField();
        owner.setId("curation-owner");
        owner.setPromptText("Owner (optional)");
        owner.textProperty().bindBidirectional(vm.ownerProperty());
        TextField replacedBy = new TextField();
        replacedBy.setId("curation-replaced-by");
        replacedBy.setPromptText("Path of the file to use instead (optional)");
        replacedBy.textProperty().bindBidirectional(vm.replacedByProperty());
        HBox.setHgrow(replacedBy, Priority.ALWAYS);
        Button save = new Button("Save curation");
        save.setId("curation-save");
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setOnAction(e -> vm.save());
        FlowPane fields = new FlowPane(12, 6, labelled("State", state), labelled("Expires after", expires),
                labelled("Owner", owner));
        HBox replacement = labelled("Replaced by", replacedBy);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        VBox form = new VBox(6, fields, new HBox(6, replacement, save));
        TitledPane curate = new TitledPane("Curate (marketing)", form);
        curate.setId("curation-form");
        curate.setExpanded(false);
        curate.visibleProperty().bind(vm.mayCurateProperty());
        curate.managedProperty().bind(curate.visibleProperty());

        Label message = new Label();
        message.setId("curation-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.textProperty().bind(WrappingText.forLabel(vm.messageProperty()));
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(line, pinnedBox, curate, message);
    }

    /** A field with its label before it (the label names it for screen readers too). */
    private static HBox labelled(String text, Control field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
