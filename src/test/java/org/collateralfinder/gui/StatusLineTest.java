package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line at the bottom of the window over a first start with the sample files (no toolkit). */
class StatusLineTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void theSentenceThatTheSamplesAreReadyGoesOnceTheRepAddsAFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("My collateral"));
        Files.writeString(folder.resolve("Walrus offer.txt"), "Walrus offer for the field.");
        try (UiThread ui = new UiThread()) {
            AppContext context = AppContext.open(temp.resolve("data"), ui, new AppContext.Options(true, true, 1,
                    Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ZERO));
            try {
                MainViewModel main = ui.read(() -> new MainViewModel(context, false));
                ui.run(() -> main.start(""));
                ui.await("the samples are indexed", LIMIT, () -> main.statusProperty().get()
                        .equals("Ready: the sample files are indexed. Try a search, or add your own folders."));
                int runs = ui.read(main.sources()::runsStarted);

                ui.run(() -> main.sources().add(folder, ""));
                ui.await("the run over the rep's folder started", LIMIT, () -> main.sources().runsStarted() > runs);
                assertThat(ui.read(() -> main.statusProperty().get())).isEmpty(); // the progress is told beside it
                ui.await("the run ended", LIMIT, () -> !main.sources().runningProperty().get());
                assertThat(ui.read(() -> main.statusProperty().get())).isEmpty();
            } finally {
                context.close();
            }
        }
    }
}
