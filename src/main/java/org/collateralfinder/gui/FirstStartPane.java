package org.collateralfinder.gui;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.collateralfinder.gui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the search tab shows while no folder is searched at all: what the app does in one sentence and
 * one obvious button to choose the first folder (or type a share's path in Sources).
 */
final class FirstStartPane extends VBox {

    FirstStartPane(MainViewModel vm, Runnable openSources) {
        super(14);
        setId("first-start");
        getStyleClass().add("first-start");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        Label icon = new Label(null, Icons.of(Feather.FOLDER_PLUS, 56));
        icon.getStyleClass().add("first-start-icon");
        Label title = new Label("Find your team's collateral in seconds");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Add the folders and shared drives where marketing keeps decks, brochures and price "
                + "sheets. Files stay where they are; only their text is indexed, on this computer.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setStyle("-fx-text-alignment: center;");
        Button choose = new Button("Choose a folder…", Icons.of(Feather.FOLDER));
        choose.setId("first-folder");
        choose.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        choose.setDefaultButton(true);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose a folder to search");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                vm.sources().add(folder.toPath(), "");
            }
        });
        Button share = new Button("Type a shared drive's path", Icons.of(Feather.SERVER));
        share.setId("first-share");
        share.getStyleClass().addAll(Styles.FLAT, Styles.LARGE);
        share.setOnAction(e -> openSources.run());
        HBox buttons = new HBox(10, choose, share);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(icon, title, text, buttons);
    }
}
