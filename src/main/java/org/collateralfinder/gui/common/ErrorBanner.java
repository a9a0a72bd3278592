package org.collateralfinder.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.collateralfinder.app.UserError;
import org.kordamp.ikonli.feather.Feather;

/**
 * A strip at the top of the window showing the latest error as one sentence, with the one thing to do
 * about it (the error's own action, else — when it was the app's own fault — opening the log folder, where
 * the details are) and a close button. Hidden while there is no error.
 */
public final class ErrorBanner extends HBox {

    /** @param openLogs opens the folder of the log files */
    public ErrorBanner(ObjectProperty<UserError> error, Runnable openLogs) {
        getStyleClass().add("error-banner");
        setId("error-banner");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        WrappingText sentence = new WrappingText();
        sentence.setId("error-sentence");
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        Button action = new Button();
        action.setId("error-action");
        action.getStyleClass().addAll(Styles.SMALL);
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss the error");
        close.setOnAction(e -> error.set(null));
        getChildren().addAll(Icons.of(Feather.ALERT_TRIANGLE), sentence, action, close);
        action.setMinWidth(USE_PREF_SIZE);
        visibleProperty().bind(error.isNotNull());
        managedProperty().bind(error.isNotNull());
        error.addListener((obs, old, now) -> {
            sentence.setText(now == null ? "" : now.sentence(), "error-text");
            UserError.Action todo = now == null ? null : now.action();
            action.setText(todo == null ? "Open the log folder" : todo.label());
            boolean offered = todo != null || now != null && now.detailsInLog();
            action.setVisible(offered);
            action.setManaged(offered);
            action.setOnAction(e -> {
                if (todo == null) {
                    openLogs.run();
                } else {
                    todo.run().run();
                }
                error.set(null);
            });
        });
    }
}
