package org.collateralfinder.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.collateralfinder.app.ThemeSettings;
import org.collateralfinder.app.UserError;
import org.collateralfinder.app.WindowSettings;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.gui.common.DrawingRepair;
import org.collateralfinder.gui.common.FxThreadErrors;
import org.collateralfinder.gui.common.Icons;
import org.collateralfinder.gui.common.QuietShutdown;
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

    /** The data folder opening on its own thread while JavaFX starts (set by {@link #launchApp}). */
    private static volatile CompletableFuture<Opened> opening;
    /** The data folder given on the command line, or null for the default one. */
    private static volatile Path chosenDataDir;

    /** What {@link #init()} needs before the window can be built. */
    private record Opened(AppContext context, WindowSettings window, boolean dark) {
    }

    /**
     * Starts the window; called by {@code Main} with no arguments. The data folder, index and feedback
     * store open on a thread of their own while the JavaFX toolkit starts, so the two overlap.
     */
    public static void launchApp(String[] args) {
        launchApp(null, args);
    }

    /** As {@link #launchApp(String[])}, on the data folder given with --data-dir (null: the default one). */
    public static void launchApp(Path dataDir, String[] args) {
        chosenDataDir = dataDir;
        StartupProbe.mark("Launching");
        opening = CompletableFuture.supplyAsync(DesktopApp::openDataFolder,
                task -> Thread.ofPlatform().name("opening").start(task));
        Application.launch(DesktopApp.class, args);
    }

    private static Opened openDataFolder() {
        Path root = DataDirectory.resolve(chosenDataDir, System.getenv());
        AppContext context = AppContext.open(root, Platform::runLater, AppContext.Options.desktop());
        try {
            Opened opened = new Opened(context, WindowSettings.load(context.settings("window")),
                    ThemeSettings.loadDark(context.settings("appearance")));
            StartupProbe.mark("Data folder, index and settings open");
            return opened;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    @Override
    public void init() {
        StartupProbe.mark("Toolkit started");
        CompletableFuture<Opened> started = opening;
        opening = null;
        try {
            Opened opened = started != null ? join(started) : openDataFolder();
            context = opened.context();
            window = opened.window();
            dark = opened.dark();
        } catch (RuntimeException e) {
            startupError = UserError.of("Starting Collateral Finder", e);
        }
    }

    private static Opened join(CompletableFuture<Opened> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
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
        StartupProbe.mark("Window start");
        vm = new MainViewModel(context, dark);
        watchWindowThread(vm, () -> view);
        QuietShutdown.install(); // a SIGTERM: JavaFX's own stack traces of refused frames go to the log, not the console
        StartupProbe.mark("View model built");
        applyTheme(dark);
        StartupProbe.mark("Theme set");
        vm.darkProperty().addListener((ChangeListener<Boolean>) (obs, old, now) -> applyTheme(now));
        view = new MainView(vm, window.dividers());
        StartupProbe.mark("View built");
        Scene scene = sceneFor(view, window.width(), window.height());
        primary.titleProperty().bind(Bindings.createStringBinding(() -> {
            String query = vm.search().queryProperty().get().strip();
            return query.isEmpty() ? "Collateral Finder" : query + " — Collateral Finder";
        }, vm.search().queryProperty()));
        primary.getIcons().setAll(Icons.appIcons());
        primary.setScene(scene);
        ClosingGuard.install(primary, vm);
        primary.setMinWidth(900);
        primary.setMinHeight(560);
        if (!Double.isNaN(window.x())) {
            primary.setX(window.x());
            primary.setY(window.y());
        }
        primary.setMaximized(window.maximized());
        StartupProbe.mark("Scene ready");
        primary.show();
        StartupProbe.mark("Window shown");
        if (!window.lastQuery().isBlank()) {
            StartupProbe.firstSearch(vm.search().searchingProperty(), vm.search().results());
        }
        vm.start(window.lastQuery());
        view.focusSearch();
        view.warmSearchBox();
        StartupProbe.searchBoxShown(scene);
        TypingProbe.startIfAsked(scene, vm.search(), view::focusSearch);
    }

    /**
     * Exceptions nothing caught on the window's thread are logged once and told to the rep once; after each one in
     * JavaFX's drawing the window is repaired ({@link DrawingRepair}), once the error has unwound (one repair for
     * the errors of one frame).
     */
    static void watchWindowThread(MainViewModel vm, Supplier<MainView> view) {
        boolean[] asked = {false};
        FxThreadErrors.installOnThisThread(vm::windowFailed, () -> {
            if (asked[0]) {
                return;
            }
            asked[0] = true;
            Platform.runLater(() -> {
                asked[0] = false;
                if (view.get() != null) {
                    DrawingRepair.repair(view.get().getScene());
                }
            });
        });
    }

    /** The window's scene: the view with the app's stylesheet and its shortcuts (Ctrl/Cmd+K). */
    static Scene sceneFor(MainView view, double width, double height) {
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(STYLESHEET);
        view.installShortcuts(scene);
        return scene;
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private static void showStartupError(UserError error) {
        startupAlert(error).showAndWait();
    }

    /** The dialog a start that cannot go on shows: the sentence (the details are in the log). */
    static Alert startupAlert(UserError error) {
        boolean alreadyRunning = error.sentence().startsWith("Collateral Finder is already running");
        Alert alert = new Alert(alreadyRunning ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR, error.sentence());
        alert.setTitle("Collateral Finder");
        alert.setHeaderText(alreadyRunning ? "Collateral Finder is already open" : "Collateral Finder could not start");
        alert.getDialogPane().setMinWidth(520);
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage dialog) {
            dialog.getIcons().setAll(Icons.appIcons());
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
        if (vm != null) {
            vm.search().stopWarmUp(); // closing does not wait for searches nobody will see
        }
        Runnable lastSearch = vm == null ? () -> { } : vm.closingSearch();
        Thread.ofPlatform().name("closing").daemon(false).start(() -> {
            if (remembered != null) {
                remembered.save(closing.settings("window"));
            }
            lastSearch.run(); // counted, if it found nothing, before the feedback store closes
            closing.close();
            LOG.info("Collateral Finder closed");
        });
    }
}
