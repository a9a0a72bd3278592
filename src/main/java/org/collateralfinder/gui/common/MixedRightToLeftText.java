package org.collateralfinder.gui.common;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * A text field whose text mixes right-to-left scripts ("pricing الجزائري שלום") drawn a word at a time. JavaFX 26
 * lays such a run out right (the caret, the selection and a click land where they should) but draws its glyphs out
 * of order: the Arabic word glued to the Hebrew one, their order reversed, the space between them moved before them
 * (window re-test 18, R8). Drawn a word at a time ({@link WrappingText}) it comes out right. So while the field's
 * text mixes them, its own text is drawn transparent (the {@code :drawn-over} pseudo-class, see app.css) and the
 * words are drawn where the field has them, in the field's text pane: they move as it scrolls and are clipped with
 * it, under the caret. Text in one right-to-left script, or none, is the field's own drawing.
 */
public final class MixedRightToLeftText {

    private static final PseudoClass DRAWN_OVER = PseudoClass.getPseudoClass("drawn-over");

    private MixedRightToLeftText() {
    }

    /** Draws the field's text a word at a time while it mixes right-to-left scripts; {@code id} names the drawing. */
    public static void drawOver(TextField field, String id) {
        WrappingText shown = new WrappingText();
        shown.setId(id);
        shown.setManaged(false); // placed over the field's own text, below
        shown.setMouseTransparent(true);
        shown.setVisible(false);
        field.skinProperty().addListener((obs, old, now) -> {
            if (now != null) {
                attach(field, shown);
            }
        });
        if (field.getSkin() != null) {
            attach(field, shown);
        }
    }

    private static void attach(TextField field, WrappingText shown) {
        Text own = ownText(field);
        if (own == null || !(own.getParent() instanceof Pane pane)) {
            return; // another skin: its own drawing stays
        }
        if (shown.getParent() instanceof Pane before) {
            before.getChildren().remove(shown);
        }
        pane.getChildren().add(pane.getChildren().indexOf(own) + 1, shown); // under the caret, drawn after the text
        InvalidationListener update = o -> {
            boolean mixed = mixesRightToLeftScripts(field.getText());
            field.pseudoClassStateChanged(DRAWN_OVER, mixed);
            shown.setVisible(mixed);
            if (!mixed) {
                return;
            }
            if (!field.getText().equals(shown.getText())) {
                shown.setText(field.getText(), "field-text-shown");
                shown.getChildren().forEach(piece -> ((Text) piece).fontProperty().bind(field.fontProperty()));
            }
            // laid out as the field lays its text out: one line, left to right, where its own text starts
            shown.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            shown.resize(shown.prefWidth(-1), shown.prefHeight(-1));
            Bounds at = own.getBoundsInParent();
            shown.relocate(at.getMinX(), at.getMinY());
        };
        field.textProperty().addListener(update);
        field.fontProperty().addListener(update);
        own.boundsInParentProperty().addListener(update);
        update.invalidated(null);
    }

    /** The node the field draws its text with (not its prompt, nor a node beside it). */
    private static Text ownText(TextField field) {
        for (Node node : field.lookupAll(".text")) {
            if (node instanceof Text text && text.textProperty().isBound() && text.getParent() != null
                    && text.getText().equals(field.getText()) && !isPrompt(text, field)) {
                return text;
            }
        }
        return null;
    }

    private static boolean isPrompt(Text text, TextField field) {
        return field.getPromptText() != null && !field.getPromptText().isEmpty()
                && field.getPromptText().equals(text.getText()) && !field.getPromptText().equals(field.getText());
    }

    /** Whether the text holds right-to-left letters of two scripts or more (Hebrew and Arabic). */
    static boolean mixesRightToLeftScripts(String text) {
        Character.UnicodeScript first = null;
        for (int i = 0; text != null && i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    if (first == null) {
                        first = script;
                    } else if (first != script) {
                        return true;
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
