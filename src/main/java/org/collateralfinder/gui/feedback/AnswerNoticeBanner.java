package org.collateralfinder.gui.feedback;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/** The strip under the header telling the rep that marketing answered their feedback, with links to both files. */
public final class AnswerNoticeBanner extends HBox {

    public AnswerNoticeBanner(AnswerNoticesViewModel vm) {
        getStyleClass().add("notice-banner");
        setId("answer-notice");
        setPadding(new Insets(8, 12, 8, 16));
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(null, Icons.of(Feather.MESSAGE_SQUARE));
        text.setId("answer-notice-text");
        WrappingText.wrapSafely(text);
        text.textProperty().bind(vm.noticeProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Hyperlink about = new Hyperlink();
        about.setId("answer-notice-about");
        about.setMnemonicParsing(false); // file names are shown as they are, underscores too
        about.textProperty().bind(vm.aboutNameProperty().map(name -> name.isEmpty() ? "" : "Open " + name));
        about.visibleProperty().bind(vm.aboutPathProperty().isNotEmpty());
        about.managedProperty().bind(about.visibleProperty());
        about.setOnAction(e -> vm.openAbout());
        Hyperlink open = new Hyperlink();
        open.setId("answer-notice-open");
        open.setMnemonicParsing(false);
        open.textProperty().bind(vm.fixNameProperty().map(name -> name.isEmpty() ? "" : "Open " + name));
        open.visibleProperty().bind(vm.fixPathProperty().isNotEmpty());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> vm.openFix());
        Button read = new Button(null, Icons.of(Feather.X));
        read.setId("answer-notice-dismiss");
        read.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        read.setAccessibleText("Mark the answer as read");
        read.setOnAction(e -> vm.dismiss());
        getChildren().addAll(text, about, open, read);
        visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
