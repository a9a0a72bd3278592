package org.collateralfinder.gui.offline;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.WrappingText;
import org.collateralfinder.offline.ByteSize;
import org.collateralfinder.offline.Pin;
import org.kordamp.ikonli.feather.Feather;

/** The Offline section of the Sources view: space used of the budget, Refresh, and the pins with Remove. */
public final class OfflineSection extends VBox {

    public OfflineSection(OfflineViewModel vm) {
        super(4);
        setId("offline-section");
        Label title = new Label("Kept offline", Icons.of(Feather.DOWNLOAD_CLOUD, 14));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label usage = new Label();
        usage.setId("offline-usage");
        usage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        usage.textProperty().bind(vm.usageProperty());
        ProgressBar used = new ProgressBar();
        used.getStyleClass().add(Styles.SMALL);
        used.setPrefWidth(120);
        used.progressProperty().bind(vm.usedFractionProperty());
        used.setAccessibleText("Space used by offline copies");
        Button refresh = new Button("Refresh", Icons.of(Feather.REFRESH_CW, 12));
        refresh.setId("offline-refresh");
        refresh.getStyleClass().add(Styles.SMALL);
        refresh.setAccessibleText("Bring the offline copies up to date");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, used, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("offline-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        WrappingText.wrapSafely(status);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(vm.statusProperty().isNotEmpty());

        ListView<Pin> list = new ListView<>(vm.pins());
        list.setId("offline-pins");
        list.setAccessibleText("Files and folders kept offline");
        Label none = new Label("Nothing is kept offline yet. Use Keep offline on a result to have it with you "
                + "when the share cannot be reached.");
        WrappingText.wrapSafely(none);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new PinCell(vm));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, usage, status, list);
    }

    private static final class PinCell extends ListCell<Pin> {
        private final OfflineViewModel vm;

        PinCell(OfflineViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Pin pin, boolean empty) {
            super.updateItem(pin, empty);
            if (empty || pin == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(Formats.lastName(pin.path()), Icons.of(pin.folder() ? Feather.FOLDER : Feather.FILE, 12));
            name.setMinWidth(0);
            Label size = new Label((pin.folder() ? Formats.plural(pin.files(), "file", "files") + ", " : "")
                    + ByteSize.format(pin.size()));
            size.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            size.setMinWidth(Region.USE_PREF_SIZE);
            Button remove = new Button(null, Icons.of(Feather.X, 12));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setAccessibleText("Stop keeping " + Formats.lastName(pin.path()) + " offline");
            remove.setOnAction(e -> vm.unpin(pin.path()));
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(8, name, grow, size, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(pin.path() + ", kept offline");
        }
    }
}
