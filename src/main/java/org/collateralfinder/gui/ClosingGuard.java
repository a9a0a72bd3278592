package org.collateralfinder.gui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.gui.feedback.FeedbackViewModel;

/**
 * Closing the window with feedback typed and not saved asks first, as a desktop editor does: Save (then
 * close), Don't save (close) or Cancel (keep the window). The question does not block the window's thread.
 */
final class ClosingGuard {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private ClosingGuard() {
    }

    static void install(Stage stage, MainViewModel vm) {
        FeedbackViewModel feedback = vm.feedback();
        boolean[] asking = {false};
        stage.setOnCloseRequest(request -> {
            // a name the result rows share is said with its folder, as the rows say it
            List<String> shown = vm.search().results().stream().map(r -> r.hit().path()).toList();
            if (feedback.unsavedFiles(shown).isEmpty()) {
                return;
            }
            request.consume();
            if (asking[0]) {
                return; // asked already (Ctrl+Q pressed twice): one question
            }
            asking[0] = true;
            // the files are named as they are now (renamed since the feedback was typed), read in the background
            feedback.unsavedFilesNow(shown, files -> {
                if (files.isEmpty()) { // saved or discarded meanwhile
                    asking[0] = false;
                    stage.close();
                    return;
                }
                Alert question = question(stage, sentence(files, feedback.unsavedIsTyped()));
                question.resultProperty().addListener((obs, old, answer) -> {
                    asking[0] = false;
                    if (answer == SAVE) {
                        feedback.saveAllUnsaved(stage::close);
                    } else if (answer == DONT_SAVE) {
                        feedback.discardAllUnsaved();
                        stage.close();
                    }
                });
                question.show();
            });
        });
    }

    private static Alert question(Stage stage, String sentence) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, sentence, SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Collateral Finder");
        alert.setHeaderText("Save your feedback before closing?");
        alert.getDialogPane().setId("unsaved-feedback-question");
        alert.getDialogPane().lookupButton(SAVE).setId("close-save");
        alert.getDialogPane().lookupButton(DONT_SAVE).setId("close-dont-save");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("close-cancel");
        alert.getDialogPane().setMinWidth(480);
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage dialog) {
            dialog.getIcons().setAll(Icons.appIcons());
        }
        return alert;
    }

    /**
     * "You typed feedback on Deck.pptx and did not save it." / "… on 3 files (A, B, C) …"; "You gave feedback" unless
     * every piece has a comment typed (a tag clicked is not typed: window re-test 18, R10).
     */
    static String sentence(List<String> files, boolean typed) {
        String which = files.size() == 1 ? files.getFirst()
                : files.size() + " files (" + String.join(", ", files.subList(0, Math.min(3, files.size())))
                        + (files.size() > 3 ? ", …" : "") + ")";
        // as a label draws it: a Persian name's zero-width non-joiner was a box (window re-test 25, F6)
        return WrappingText.forLabel("You " + (typed ? "typed" : "gave") + " feedback on " + which
                + " and did not save it. If you don't save it, it is lost.");
    }
}
