package org.collateralfinder.gui.feedback;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackTags;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The feedback bar next to the preview (tags, stars, Save) and the comment box with the file's history. */
public final class FeedbackView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final FeedbackViewModel vm;

    public FeedbackView(FeedbackViewModel vm) {
        this.vm = vm;
    }

    /** Quick tags, stars and Save: feedback in two clicks. */
    public Node bar() {
        FlowPane tags = new FlowPane(6, 6);
        for (String tag : FeedbackTags.BUILT_IN) {
            ToggleButton b = new ToggleButton(FeedbackLabels.label(tag), Icons.of(FeedbackLabels.icon(tag), 12));
            b.setId("tag-" + FeedbackLabels.id(tag));
            b.getStyleClass().addAll(Styles.SMALL, Styles.ROUNDED, "feedback-tag", "tag-" + FeedbackLabels.id(tag));
            b.setAccessibleText("Tag this file " + FeedbackLabels.label(tag));
            b.setSelected(vm.tags().contains(tag));
            vm.tags().addListener((SetChangeListener<String>) c -> b.setSelected(vm.tags().contains(tag)));
            b.setOnAction(e -> vm.toggleTag(tag));
            tags.getChildren().add(b);
        }
        HBox stars = new HBox(0);
        stars.setAlignment(Pos.CENTER_LEFT);
        for (int i = 1; i <= 5; i++) {
            int value = i;
            FontIcon star = Icons.of(Feather.STAR, 15);
            Button b = new Button(null, star);
            b.setId("star-" + i);
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "star");
            b.setAccessibleText("Rate " + i + " of 5");
            vm.ratingProperty().addListener((obs, old, now) -> b.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("lit"), now.intValue() >= value));
            b.setOnAction(e -> vm.rate(value));
            stars.getChildren().add(b);
        }
        Button save = new Button("Save", Icons.of(Feather.CHECK, 12));
        save.setId("save-feedback");
        save.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
        save.setAccessibleText("Save the feedback");
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("feedback-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Button withdraw = new Button("Withdraw", Icons.of(Feather.X, 12));
        withdraw.setId("withdraw-feedback");
        withdraw.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        withdraw.setAccessibleText("Withdraw your feedback on this file");
        withdraw.setTooltip(new javafx.scene.control.Tooltip("Withdraw your feedback on this file (the history keeps it)"));
        withdraw.visibleProperty().bind(vm.hasMineBinding());
        withdraw.managedProperty().bind(withdraw.visibleProperty());
        withdraw.setOnAction(e -> vm.withdraw());
        tags.getChildren().addAll(stars, save, withdraw);
        Label heading = new Label("How did it go?");
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        status.managedProperty().bind(vm.statusProperty().isNotEmpty());
        VBox box = new VBox(6, heading, tags, status);
        box.getStyleClass().add("feedback-bar");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.itemProperty().get() == null || vm.itemProperty().get().hit().contentHash() == null,
                vm.itemProperty()));
        return box;
    }

    /** The comment box and the file's feedback history. */
    public Node historyPane() {
        TextArea comment = new TextArea();
        comment.setId("feedback-comment");
        comment.setPromptText("Add a comment: what the customer said, where it helped…");
        comment.setAccessibleText("Feedback comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        ListView<FeedbackHistoryItem> history = new ListView<>(vm.history());
        history.setId("feedback-history");
        history.setAccessibleText("Feedback history of this file");
        Label empty = new Label("No feedback on this file yet.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        history.setPlaceholder(empty);
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FeedbackHistoryItem h, boolean isEmpty) {
                super.updateItem(h, isEmpty);
                if (isEmpty || h == null) {
                    setText(null);
                    return;
                }
                setText(historyLine(h));
                setWrapText(true);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("superseded"), !h.current());
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        Label title = new Label("History");
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        VBox box = new VBox(8, comment, title, history);
        box.setPadding(new Insets(8, 4, 8, 4));
        return box;
    }

    /** One line of the history: who, when, stars, tags and comment; withdrawn and superseded marked. */
    static String historyLine(FeedbackHistoryItem h) {
        StringBuilder s = new StringBuilder(h.event().user()).append(" · ").append(WHEN.format(h.event().at()));
        if (h.event() instanceof FeedbackEntry e) {
            if (e.rating() != null) {
                s.append("  ").append("★".repeat(e.rating())).append("☆".repeat(5 - e.rating()));
            }
            if (!e.tags().isEmpty()) {
                s.append("  ").append(e.tags().stream().map(FeedbackLabels::label).collect(Collectors.joining(", ")));
            }
            if (!h.current()) {
                s.append("  (replaced by a newer entry)");
            }
            if (e.commented()) {
                s.append("\n").append(e.comment());
            }
        } else {
            s.append("  withdrew their feedback");
        }
        return s.toString();
    }
}
