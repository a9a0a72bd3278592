package org.collateralfinder.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A strip at the top of the window showing the latest error as a sentence, with a "Details" toggle
 * revealing the technical details and a close button. Hidden while there is no error.
 */
public final class ErrorBanner extends VBox {

    public ErrorBanner(ObjectProperty<UserError> error) {
        getStyleClass().add("error-banner");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(6);
        Label sentence = new Label();
        sentence.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        sentence.setWrapText(true);
        sentence.setId("error-sentence");
        ToggleButton details = new ToggleButton("Details");
        details.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        details.setAccessibleText("Show the technical details of the error");
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss the error");
        close.setOnAction(e -> error.set(null));
        HBox line = new HBox(8, sentence, details, close);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        TextArea trace = new TextArea();
        trace.setEditable(false);
        trace.setPrefRowCount(8);
        trace.getStyleClass().add("error-details");
        trace.visibleProperty().bind(details.selectedProperty());
        trace.managedProperty().bind(details.selectedProperty());
        getChildren().addAll(line, trace);
        visibleProperty().bind(error.isNotNull());
        managedProperty().bind(error.isNotNull());
        error.addListener((obs, old, now) -> {
            details.setSelected(false);
            sentence.setText(now == null ? "" : now.sentence());
            trace.setText(now == null ? "" : now.details());
            details.setVisible(now != null && now.hasDetails());
        });
    }
}
