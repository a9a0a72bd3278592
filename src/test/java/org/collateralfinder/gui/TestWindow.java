package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.collateralfinder.app.WindowSettings;

/** The main window as the app builds it (light theme, default layout), shown on a test's stage and started. */
record TestWindow(MainViewModel vm, MainView view) {

    /**
     * An app context on {@code data} (no samples, no indexing at start, one worker) with {@code folder} as
     * its source, indexed once; fails when the run has not ended within {@code wait}.
     */
    static AppContext indexed(Path data, Path folder, Duration debounce, Duration wait) throws InterruptedException {
        AppContext context = AppContext.open(data, Platform::runLater,
                new AppContext.Options(false, false, 1, Duration.ofSeconds(1), Duration.ofMillis(300), debounce));
        context.registry().add(folder, List.of());
        CountDownLatch done = new CountDownLatch(1);
        context.indexer().start(p -> { }, stats -> done.countDown(), e -> done.countDown());
        assertThat(done.await(wait.toSeconds(), TimeUnit.SECONDS)).as("the first indexing run ended").isTrue();
        return context;
    }

    /**
     * Makes the window this size and waits until its scene has it. The tests share one stage, and a stage that
     * is showing keeps its size when it gets another scene: a test that makes it smaller sets it back after.
     */
    static void resize(Stage stage, double width, double height) {
        FxWait.onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return true;
        });
        FxWait.until("the window is " + width + " by " + height, () -> stage.getScene().getWidth() == width
                && stage.getScene().getHeight() == height);
    }

    static TestWindow show(Stage stage, AppContext context, double width, double height) {
        return show(stage, context, width, height, WindowSettings.defaults().dividers());
    }

    /** As {@link #show(Stage, AppContext, double, double)}, with the columns' dividers where a rep dragged them. */
    static TestWindow show(Stage stage, AppContext context, double width, double height, List<Double> dividers) {
        DesktopApp.applyTheme(false);
        MainViewModel vm = new MainViewModel(context, false);
        MainView[] shown = new MainView[1];
        DesktopApp.watchWindowThread(vm, () -> shown[0]);
        MainView view = new MainView(vm, dividers);
        shown[0] = view;
        stage.setScene(DesktopApp.sceneFor(view, width, height));
        // the tests share one stage, and a showing stage keeps its size when it gets another scene: an earlier class's
        // size (ResultCellTest's 520 px list) made fields and sentences of later window tests disappear or wrap
        stage.sizeToScene();
        ClosingGuard.install(stage, vm);
        stage.show();
        vm.start("");
        return new TestWindow(vm, view);
    }
}
