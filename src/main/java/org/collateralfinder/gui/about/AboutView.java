package org.collateralfinder.gui.about;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingGrid;
import org.collateralfinder.gui.common.WrappingText;
import org.kordamp.ikonli.feather.Feather;

/**
 * The About window's content: name and version, where the rep's data and logs are (with buttons to
 * open them), the sources, the team's defaults, the Java and operating system, and "Copy diagnostics".
 */
public final class AboutView extends VBox {

    private int row;

    /** @param openFolder opens a folder in the file manager */
    public AboutView(AboutViewModel vm, Consumer<Path> openFolder) {
        setId("about");
        setSpacing(16);
        setPadding(new Insets(20));
        getStyleClass().add("about-view");

        ImageView logo = new ImageView(Icons.appIcons().getLast());
        logo.setFitWidth(64);
        logo.setFitHeight(64);
        Label name = new Label("Collateral Finder");
        name.getStyleClass().add(Styles.TITLE_2);
        Label version = new Label("Version " + vm.version());
        version.setId("about-version");
        Label line = new Label("Finds your team's marketing material in seconds, on the network or offline.");
        line.getStyleClass().add(Styles.TEXT_MUTED);
        WrappingText.wrapSafely(line);
        HBox head = new HBox(16, logo, new VBox(4, name, version, line));
        head.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new WrappingGrid(); // as tall as its values wrapped (the window is as tall as it)
        facts.setHgap(12);
        facts.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values, new ColumnConstraints());
        addRow(facts, "Data folder", path("about-data-folder", vm.dataFolder().toString()),
                openButton("about-open-data", "Open the data folder", () -> openFolder.accept(vm.dataFolder())));
        addRow(facts, "Logs", path("about-logs", vm.logFolder().toString()),
                openButton("about-open-logs", "Open the log folder", () -> openFolder.accept(vm.logFolder())));
        WrappingText sources = path("about-sources", vm.sources().isEmpty() ? "none yet" : String.join("\n", vm.sources()));
        addRow(facts, "Sources", sources, null);
        if (!vm.teamDefaults().isEmpty()) {
            addRow(facts, "Team defaults", path("about-team", vm.teamDefaults()), null);
        }
        addRow(facts, "Runs on", path("about-platform", vm.platform()), null);

        Button copy = new Button("Copy diagnostics", Icons.of(Feather.CLIPBOARD));
        copy.setId("copy-diagnostics");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setTooltip(new Tooltip(
                "Copies versions, folders, sources, index size and logs for support: no document names or contents"));
        copy.disableProperty().bind(vm.gatheringProperty());
        copy.setOnAction(e -> vm.copyDiagnostics());
        Label status = new Label();
        status.setId("diagnostics-status");
        WrappingText.wrapSafely(status);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(12, copy, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea shown = new TextArea();
        shown.setId("diagnostics-text");
        shown.setEditable(false);
        shown.setAccessibleText("The diagnostics copied to the clipboard");
        shown.getStyleClass().add("diagnostics-text");
        shown.textProperty().bind(vm.diagnosticsProperty());
        shown.visibleProperty().bind(vm.diagnosticsProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        VBox.setVgrow(shown, Priority.ALWAYS);
        // the window grows to show the diagnostics (it is as tall as what it shows)
        shown.visibleProperty().addListener((obs, was, now) -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().sizeToScene();
            }
        });

        Button close = new Button("Close");
        close.setId("about-close");
        close.setCancelButton(true); // Escape
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(head, facts, actions, shown, bottom);
    }

    private void addRow(GridPane grid, String label, Node value, Node action) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.BASELINE);
        GridPane.setValignment(value, VPos.BASELINE);
        grid.add(l, 0, row);
        grid.add(value, 1, row);
        if (action != null) {
            grid.add(action, 2, row);
        }
        row++;
    }

    /** A value that wraps onto more lines rather than ending in "…" (a long path, the platform). */
    private static WrappingText path(String id, String text) {
        WrappingText value = new WrappingText(text, "about-value");
        value.setId(id);
        return value;
    }

    private static Button openButton(String id, String accessible, Runnable action) {
        Button open = new Button("Open", Icons.of(Feather.FOLDER));
        open.setId(id);
        open.getStyleClass().add(Styles.SMALL);
        open.setAccessibleText(accessible);
        open.setMinWidth(Region.USE_PREF_SIZE); // "Open", never "O…"
        open.setOnAction(e -> action.run());
        return open;
    }
}
