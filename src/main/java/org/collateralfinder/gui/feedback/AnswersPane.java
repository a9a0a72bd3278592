package org.collateralfinder.gui.feedback;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.collateralfinder.feedback.AnswerNotice;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.ResponseStatus;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.WholeLabel;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.search.ResultItem;

/**
 * Marketing's answers in a file's feedback history (each with its fixing file one click away) and, for
 * those who may answer, the form answering everyone's feedback on the file.
 */
public final class AnswersPane extends VBox {

    public AnswersPane(FileAnswersViewModel answers, AnswerFormViewModel form,
                       ReadOnlyObjectProperty<ResultItem> item, Consumer<String> openPath) {
        setSpacing(6);
        setPadding(new Insets(8));
        setId("file-answers");
        VBox lines = new VBox(6);
        Runnable fill = () -> {
            List<Node> shown = new ArrayList<>();
            for (FileAnswersViewModel.Line line : answers.lines()) {
                VBox one = new VBox(2, new WrappingText(line.text(), "history-text"));
                one.getStyleClass().addAll("history-line", "answer-line");
                if (!line.fixPath().isEmpty()) {
                    Hyperlink fix = new Hyperlink("Open " + AnswerNotice.name(line.fixPath()));
                    fix.setMnemonicParsing(false); // a file name's underscore is shown, not taken for a shortcut
                    fix.getStyleClass().add("answer-fix-link");
                    fix.setOnAction(e -> openPath.accept(line.fixPath()));
                    one.getChildren().add(fix);
                }
                shown.add(one);
            }
            lines.getChildren().setAll(shown);
        };
        fill.run();
        answers.lines().addListener((ListChangeListener<FileAnswersViewModel.Line>) c -> fill.run());
        Node answerForm = form(form, () -> {
            ResultItem current = item.get();
            if (current != null && current.hit().contentHash() != null) {
                form.answer(new KnownFile(current.hit().contentHash(), current.hit().path()), Optional.empty(),
                        Formats.lastName(current.hit().path()));
            }
        });
        answerForm.setId("file-answer-form");
        // a rep sees the answers read-only: the form is only there for those who may answer, on a file with
        // feedback to answer; while they cannot answer for now, one line says why
        answerForm.visibleProperty().bind(form.shownFor(answers.hasFeedbackBinding()));
        answerForm.managedProperty().bind(answerForm.visibleProperty());
        Label unavailable = new Label();
        unavailable.setId("answer-unavailable");
        unavailable.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        unavailable.setWrapText(true);
        unavailable.textProperty().bind(form.unavailableFor(answers.hasFeedbackBinding()));
        unavailable.visibleProperty().bind(unavailable.textProperty().isNotEmpty());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        getChildren().addAll(lines, answerForm, unavailable);
    }

    /** Status, note, fixing file and Answer, and below it what the last answer did or why this user may not answer. */
    public static Node form(AnswerFormViewModel form, Runnable answer) {
        return form(form, answer, new SimpleBooleanProperty(true));
    }

    /**
     * The form, its fields shown while {@code open} (there is feedback to answer); the line under them (what the
     * last answer did, or why this user may not answer) shows whenever it says something, wrapped whole.
     */
    public static Node form(AnswerFormViewModel form, Runnable answer, ObservableBooleanValue open) {
        ComboBox<ResponseStatus> status = new ComboBox<>();
        status.getItems().setAll(ResponseStatus.values());
        status.valueProperty().bindBidirectional(form.statusProperty());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResponseStatus value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ResponseStatus fromString(String text) {
                return ResponseStatus.of(text);
            }
        });
        status.setId("answer-status");
        TextField note = new TextField();
        note.setId("answer-note");
        note.setPromptText("A short note for the rep");
        note.textProperty().bindBidirectional(form.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        TextField fixedBy = new TextField();
        fixedBy.setId("answer-fixed-by");
        fixedBy.setPromptText("Path of the file that fixes it (addressed)");
        fixedBy.textProperty().bindBidirectional(form.fixedByProperty());
        fixedBy.disableProperty().bind(form.statusProperty().isNotEqualTo(ResponseStatus.ADDRESSED));
        Button send = new Button("Answer");
        send.setId("answer-send");
        send.getStyleClass().add(Styles.SMALL);
        send.disableProperty().bind(form.canAnswerBinding().not());
        send.setOnAction(e -> answer.run());
        // two lines, each whole in a narrow column (the report's third, the detail pane): what to say, then the file
        // that fixes it and Answer
        HBox row = new HBox(6, status, note);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(fixedBy, Priority.ALWAYS);
        send.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox fixLine = new HBox(6, fixedBy, send);
        fixLine.setAlignment(Pos.CENTER_LEFT);
        Label message = new WholeLabel(); // a team folder's long sentence was cut to one line with "…"
        message.setId("answer-message");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        message.textProperty().bind(form.messageProperty());
        WrappingText.wrapSafely(message);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label heading = new Label("Answer the feedback");
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        VBox fields = new VBox(4, heading, row, fixLine);
        fields.setId("answer-fields");
        fields.visibleProperty().bind(open);
        fields.managedProperty().bind(fields.visibleProperty());
        return new VBox(4, fields, message);
    }
}
