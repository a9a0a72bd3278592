package org.collateralfinder.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * A quiet strip under the header telling something the rep should know but need not act on (the index
 * is being rebuilt, a share came back…). Never blocks; a close button dismisses it. Hidden when empty.
 */
public final class NoticeBanner extends HBox {

    public NoticeBanner(StringProperty notice) {
        getStyleClass().add("notice-banner");
        setId("notice");
        setPadding(new Insets(8, 12, 8, 16));
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(null, Icons.of(Feather.INFO));
        text.setId("notice-text");
        WrappingText.wrapSafely(text);
        text.textProperty().bind(notice);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setAccessibleText("Dismiss the notice");
        close.setOnAction(e -> notice.set(""));
        getChildren().addAll(text, close);
        visibleProperty().bind(notice.isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
