package org.collateralfinder.gui.feedback;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The feedback bar next to the preview (tags, stars, the comment, Save) and the file's history. A
 * comment box does not wrap while it holds right-to-left or other complex text (see {@link WrappingText}).
 */
public final class FeedbackView {

    private final FeedbackViewModel vm;

    /** The comment box while its text is drawn over it (its own drawing hidden). */
    private static final PseudoClass COVERED = PseudoClass.getPseudoClass("covered");

    public FeedbackView(FeedbackViewModel vm) {
        this.vm = vm;
    }

    /** Quick tags, stars, the comment and Save: feedback in two clicks, all in one place. */
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
            b.pseudoClassStateChanged(PseudoClass.getPseudoClass("lit"), vm.ratingProperty().get() >= value);
            vm.ratingProperty().addListener((obs, old, now) -> b.pseudoClassStateChanged(
                    PseudoClass.getPseudoClass("lit"), now.intValue() >= value));
            b.setOnAction(e -> vm.rate(value));
            stars.getChildren().add(b);
        }
        tags.getChildren().add(stars);

        TextArea comment = new TextArea();
        comment.setId("feedback-comment");
        comment.setPromptText("Add a comment: what the customer said, where it helped…");
        comment.setAccessibleText("Feedback comment");
        comment.setPrefRowCount(2);
        // Tab moves on, as in any form (a tab character is of no use in a comment); Shift+Tab goes back
        comment.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                comment.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        comment.textProperty().bindBidirectional(vm.commentProperty());
        comment.wrapTextProperty().bind(Bindings.createBooleanBinding(
                () -> !WrappingText.isComplex(comment.getText()), comment.textProperty()));
        comment.nodeOrientationProperty().bind(Bindings.createObjectBinding(
                () -> WrappingText.direction(comment.getText()), comment.textProperty()));

        Button save = new Button("Save", Icons.of(Feather.CHECK, 12));
        save.setId("save-feedback");
        save.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS, "save-feedback");
        save.setAccessibleText("Save the feedback");
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.save());
        Button discard = new Button("Discard");
        discard.setId("discard-feedback");
        discard.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        discard.setAccessibleText("Forget the changes you have not saved");
        discard.visibleProperty().bind(vm.changedProperty());
        discard.managedProperty().bind(discard.visibleProperty());
        discard.setOnAction(e -> vm.discard());
        Button withdraw = new Button("Withdraw", Icons.of(Feather.X, 12));
        withdraw.setId("withdraw-feedback");
        withdraw.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        withdraw.setAccessibleText("Withdraw your feedback on this file");
        withdraw.setTooltip(new Tooltip("Withdraw your feedback on this file (the history keeps it; you can undo it)"));
        withdraw.visibleProperty().bind(vm.hasMineBinding());
        withdraw.managedProperty().bind(withdraw.visibleProperty());
        withdraw.setOnAction(e -> vm.withdraw());
        Button undo = new Button("Undo", Icons.of(Feather.CORNER_UP_LEFT, 12));
        undo.setId("undo-withdraw");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.setAccessibleText("Give the withdrawn feedback again");
        undo.visibleProperty().bind(vm.canUndoWithdrawProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoWithdraw());
        // the button pressed goes away, the focus stays in the form where the rep will go on, with its ring: after
        // Withdraw on Undo, after Undo on Withdraw, after Save on the comment. Left to the scene it went on to the tabs
        // below (and the detail column scrolled down to them), or stayed on the disabled Save, with no ring (window
        // re-tests 13, N3 and 18, R3). Not on Withdraw after Save: the rep who typed on after Save withdrew what they
        // had just saved with the next Space (window re-test 22, F6); typed in the comment, it shows and is not saved.
        // Undo follows Withdraw in the bar: a traversal from one to the other moves the focus as the keyboard does,
        // ring included (requestFocus() draws none)
        undo.visibleProperty().addListener((obs, was, now) -> {
            if (now && withdraw.isFocused()) {
                moveFocus(withdraw, TraversalDirection.NEXT, undo);
            }
        });
        withdraw.visibleProperty().addListener((obs, was, now) -> {
            if (now && undo.isFocused()) {
                moveFocus(undo, TraversalDirection.PREVIOUS, withdraw);
            }
        });
        BooleanProperty placedAfterSave = new SimpleBooleanProperty();
        save.disabledProperty().addListener((obs, was, now) -> {
            if (now && save.isFocused()) {
                placedAfterSave.set(true);
                moveFocus(save, TraversalDirection.PREVIOUS, comment);
            }
        });
        Label status = new Label();
        status.setId("feedback-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(WrappingText.forLabel(vm.statusProperty()));
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(6, save, discard, withdraw, undo, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().stream().filter(n -> n != status)
                .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));

        Label heading = new Label("How did it go?");
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        // feedback about one slide of a deck (one page of a document): the one the preview shows when ticked
        CheckBox slide = new CheckBox();
        slide.setId("feedback-slide");
        slide.getStyleClass().add(Styles.TEXT_SMALL);
        slide.textProperty().bind(vm.slideChoiceBinding());
        slide.setAccessibleText("Feedback about the slide shown only");
        slide.setTooltip(new Tooltip("Tick to say your feedback is about the slide (page) the preview shows, not the "
                + "whole file; marketing sees it per slide in the report"));
        slide.visibleProperty().bind(vm.hasSlidesBinding().or(vm.slidesProperty().isNotEqualTo(List.of())));
        slide.managedProperty().bind(slide.visibleProperty());
        vm.slidesProperty().addListener((obs, old, now) -> slide.setSelected(!now.isEmpty()));
        slide.setSelected(!vm.slidesProperty().get().isEmpty());
        slide.setOnAction(e -> vm.aboutShownSlide(slide.isSelected()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, slide);
        top.setAlignment(Pos.CENTER_LEFT);
        // feedback saved with a deal set records its industry and stage: the rep is told before saving
        Label forDeal = new Label();
        forDeal.setId("feedback-deal");
        forDeal.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        forDeal.setWrapText(true);
        forDeal.textProperty().bind(WrappingText.forLabel(vm.dealLineBinding()));
        forDeal.visibleProperty().bind(forDeal.textProperty().isNotEmpty());
        forDeal.managedProperty().bind(forDeal.visibleProperty());
        VBox box = new VBox(6, top, tags, commentShownRight(comment, placedAfterSave), actions, forDeal);
        box.getStyleClass().add("feedback-bar");
        box.setPadding(new Insets(8, 10, 8, 10));
        box.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.itemProperty().get() == null || vm.itemProperty().get().hit().contentHash() == null,
                vm.itemProperty()));
        // with no file selected there is no form (it would read as a form for the file last shown)
        box.visibleProperty().bind(vm.itemProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Moves the focus from {@code from} to the next node that way, {@code to}, showing its ring; else to it, quietly. */
    private static void moveFocus(Node from, TraversalDirection way, Node to) {
        if (!from.requestFocusTraversal(way) || !to.isFocused()) {
            to.requestFocus();
        }
    }

    /**
     * The comment box with, while it is not being edited, its text drawn over it as the history draws it.
     * JavaFX 26 draws a right-to-left run that mixes Hebrew and Arabic out of order (the Arabic word glued
     * to the Hebrew, its space moved before them) in every text control, a text field or a label as well;
     * drawn a word at a time ({@link WrappingText}) it comes out right. While the rep edits, the box's own
     * drawing shows (the caret needs it); the focus put there after Save ({@code placedAfterSave}) is no editing
     * until the rep presses a key or clicks in the box.
     */
    private static Node commentShownRight(TextArea comment, BooleanProperty placedAfterSave) {
        WrappingText shown = new WrappingText();
        shown.setId("feedback-comment-shown");
        shown.getStyleClass().add("comment-shown");
        shown.setMouseTransparent(true); // a click goes to the box, which then shows its own drawing
        shown.setPadding(new Insets(10, 14, 10, 14)); // where the box draws its text
        shown.setText(comment.getText(), "comment-text");
        comment.textProperty().addListener((obs, old, now) -> shown.setText(now, "comment-text"));
        comment.addEventFilter(KeyEvent.KEY_PRESSED, e -> placedAfterSave.set(false));
        comment.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> placedAfterSave.set(false));
        comment.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                placedAfterSave.set(false);
            }
        });
        BooleanBinding covered = Bindings.createBooleanBinding(() -> (!comment.isFocused() || placedAfterSave.get())
                && WrappingText.isComplex(comment.getText()), comment.focusedProperty(), comment.textProperty(),
                placedAfterSave);
        shown.visibleProperty().bind(covered);
        covered.addListener((obs, was, now) -> comment.pseudoClassStateChanged(COVERED, now));
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(comment.widthProperty());
        clip.heightProperty().bind(comment.heightProperty());
        shown.setClip(clip);
        StackPane pane = new StackPane(comment, shown);
        pane.setAlignment(Pos.TOP_LEFT);
        shown.setMinHeight(0); // as high as the box, whatever the comment's length (the clip cuts the rest)
        shown.prefHeightProperty().bind(comment.heightProperty());
        shown.maxHeightProperty().bind(comment.heightProperty());
        return pane;
    }

    /** The file's feedback history, newest first. */
    public Node historyPane() {
        VBox lines = new VBox(10);
        lines.setId("feedback-history");
        lines.setAccessibleText("Feedback history of this file");
        lines.setPadding(new Insets(8));
        Runnable fill = () -> {
            List<Node> shown = new ArrayList<>();
            for (FeedbackHistoryItem h : vm.history()) {
                // who and when, then the comment on its own, in the direction it was written in
                String[] parts = historyLine(h).split("\n", 2);
                VBox entry = new VBox(2, new WrappingText(parts[0], "history-text"));
                if (parts.length > 1) {
                    entry.getChildren().add(new WrappingText(parts[1], "history-text"));
                }
                entry.getStyleClass().add("history-line");
                entry.pseudoClassStateChanged(PseudoClass.getPseudoClass("superseded"), !h.current());
                shown.add(entry);
            }
            if (shown.isEmpty()) {
                Label empty = new Label(vm.itemProperty().get() == null ? "No file is selected."
                        : "No feedback on this file yet.");
                empty.setId("feedback-history-empty");
                empty.getStyleClass().add(Styles.TEXT_MUTED);
                shown.add(empty);
            }
            lines.getChildren().setAll(shown);
        };
        fill.run();
        vm.history().addListener((ListChangeListener<FeedbackHistoryItem>) c -> fill.run());
        vm.itemProperty().addListener((obs, old, now) -> fill.run());
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    /** One line of the history: who, when, stars, tags and comment; withdrawn and superseded marked. */
    static String historyLine(FeedbackHistoryItem h) {
        StringBuilder s = new StringBuilder(h.event().user()).append(" · ").append(Formats.dateTime(
                h.event() instanceof FeedbackEntry given ? given.given() : h.event().at()));
        if (h.event() instanceof FeedbackEntry e) {
            if (e.rating() != null) {
                s.append("  ").append("★".repeat(e.rating())).append("☆".repeat(5 - e.rating()));
            }
            if (!e.tags().isEmpty()) {
                s.append("  ").append(e.tags().stream().map(FeedbackLabels::label).collect(Collectors.joining(", ")));
            }
            if (!e.slides().isEmpty()) {
                s.append(e.slides().size() == 1 ? "  (slide " : "  (slides ")
                        .append(e.slides().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(")");
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
