package org.collateralfinder.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.gui.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. {@link #init()} (not on the FX thread) opens the data directory, index and
 * settings; {@link #start(Stage)} only builds the window; {@link #stop()} hands the closing (index
 * commit, workers) to a closing thread so the FX thread never waits.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    public static final String STYLESHEET = Objects.requireNonNull(
            DesktopApp.class.getResource("app.css")).toExternalForm();

    private AppContext context;
    private WindowSettings window;
    private boolean dark;
    private UserError startupError;
    private Stage stage;
    private MainView view;
    private MainViewModel vm;

    /** Starts the window; called by {@code Main} with no arguments. */
    public static void launchApp(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void init() {
        try {
            Path root = DataDirectory.resolve(null, System.getenv());
            context = AppContext.open(root, Platform::runLater, AppContext.Options.desktop());
            window = WindowSettings.load(context.settings("window"));
            dark = ThemeSettings.loadDark(context.settings("appearance"));
        } catch (RuntimeException e) {
            startupError = UserError.of("Starting Collateral Finder", e);
        }
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        if (startupError != null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            showStartupError(startupError);
            Platform.exit();
            return;
        }
        vm = new MainViewModel(context, dark);
        applyTheme(dark);
        vm.darkProperty().addListener((ChangeListener<Boolean>) (obs, old, now) -> applyTheme(now));
        view = new MainView(vm, window.dividers());
        Scene scene = new Scene(view, window.width(), window.height());
        scene.getStylesheets().add(STYLESHEET);
        view.installShortcuts(scene);
        primary.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String query = vm.search().queryProperty().get().strip();
            return query.isEmpty() ? "Collateral Finder" : query + " — Collateral Finder";
        }, vm.search().queryProperty()));
        primary.getIcons().setAll(org.collateralfinder.gui.common.Icons.appIcons());
        primary.setScene(scene);
        primary.setMinWidth(900);
        primary.setMinHeight(560);
        if (!Double.isNaN(window.x())) {
            primary.setX(window.x());
            primary.setY(window.y());
        }
        primary.setMaximized(window.maximized());
        primary.show();
        vm.start(window.lastQuery());
        view.focusSearch();
        StartupProbe.searchBoxShown(scene);
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static void showStartupError(UserError error) {
        startupAlert(error).showAndWait();
    }

    /** The dialog a start that cannot go on shows: the sentence, and the details behind an expander. */
    static Alert startupAlert(UserError error) {
        boolean alreadyRunning = error.sentence().startsWith("Collateral Finder is already running");
        Alert alert = new Alert(alreadyRunning ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, error.sentence());
        alert.setTitle("Collateral Finder");
        alert.setHeaderText(alreadyRunning ? "Collateral Finder is already open" : "Collateral Finder could not start");
        alert.getDialogPane().setMinWidth(520);
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage dialog) {
            dialog.getIcons().setAll(org.collateralfinder.gui.common.Icons.appIcons());
        }
        if (error.hasDetails()) {
            TextArea details = new TextArea(error.details());
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        return alert;
    }

    @Override
    public void stop() {
        if (context == null) {
            return;
        }
        WindowSettings remembered = vm == null ? null : new WindowSettings(stage.getX(), stage.getY(),
                stage.isMaximized() ? window.width() : stage.getWidth(),
                stage.isMaximized() ? window.height() : stage.getHeight(), stage.isMaximized(),
                view.dividerPositions(), vm.search().queryProperty().get());
        AppContext closing = context;
        Thread.ofPlatform().name("closing").daemon(false).start(() -> {
            if (remembered != null) {
                remembered.save(closing.settings("window"));
            }
            closing.close();
            LOG.info("Collateral Finder closed");
        });
    }
}
