package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.collateralfinder.app.IndexHealth;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's life around the window, without a toolkit: one app per data folder, closing cleanly, a
 * damaged index found after start moved aside and rebuilt while search keeps working, and an index of
 * an older version answering searches while it is rebuilt.
 */
class AppLifecycleTest {

    @TempDir
    Path temp;

    private static AppContext.Options quick() {
        return new AppContext.Options(false, false, 1, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ZERO);
    }

    @Test
    void aSecondAppOnTheSameDataFolderIsRefusedWithASentenceUntilTheFirstCloses() {
        Path data = temp.resolve("data");
        AppContext first = AppContext.open(data, Runnable::run, quick());
        assertThatThrownBy(() -> AppContext.open(data, Runnable::run, quick()))
                .isInstanceOf(CollateralException.class)
                .hasMessage("Collateral Finder is already running with the data folder " + data.toAbsolutePath()
                        + " (process " + ProcessHandle.current().pid() + "); close it before you open the window.");
        first.close();
        AppContext second = AppContext.open(data, Runnable::run, quick());
        second.close();
    }

    @Test
    void closingCommitsTheIndexSoTheCommandLineSeesIt() throws Exception {
        Path data = temp.resolve("data");
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        AppContext context = AppContext.open(data, Runnable::run, quick());
        context.registry().add(folder, List.of());
        index(context);
        context.close();
        try (var reader = IndexService.openForReading(data.resolve("index"))) {
            assertThat(new SearchService(reader).documentCount()).isEqualTo(4);
        }
    }

    @Test
    void aDamagedIndexIsMovedAsideAndRebuiltWhileSearchKeepsWorking() throws Exception {
        Path data = temp.resolve("data");
        Path folder = Files.createDirectories(temp.resolve("Notes"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "capybara field note " + i + " " + "x".repeat(2_000));
        }
        try (UiThread ui = new UiThread()) {
            AppContext context = AppContext.open(data, ui, quick());
            try {
                context.registry().add(folder, List.of());
                index(context);
                flipBytes(storedFieldsData(data.resolve("index")));
                StringBuilder notice = new StringBuilder();
                CountDownLatch rebuilt = new CountDownLatch(1);
                IndexHealth health = new IndexHealth(context.live(), context.indexer(),
                        new UiWork(context.background(), ui, e -> { }), notice::append,
                        () -> context.indexer().start(p -> { }, s -> rebuilt.countDown(),
                        e -> rebuilt.countDown()));
                ui.run(health::check);
                assertThat(rebuilt.await(60, TimeUnit.SECONDS)).isTrue();
                assertThat(ui.read(notice::toString)).isEqualTo("The index is damaged (corruptindex data in a segment "
                        + "file); it will be rebuilt from the source folders. Search works meanwhile and finds more "
                        + "files as the new index fills.");
                try (Stream<Path> siblings = Files.list(data)) {
                    assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("index-damaged-"));
                }
                assertThat(context.search().search(new SearchRequest("capybara", 50, Map.of(),
                        SearchRequest.Order.RELEVANCE)).total()).isEqualTo(20);
                assertThat(context.index().verifyIntegrity()).isNull();
            } finally {
                context.close();
            }
        }
    }

    @Test
    void anIndexOfAnOlderVersionAnswersSearchesWhileTheWindowRebuildsIt() throws Exception {
        Path data = temp.resolve("data");
        Path folder = Files.createDirectories(temp.resolve("Offers"));
        Files.writeString(folder.resolve("Retired offer.txt"), "The retired capybara offer.");
        AppContext older = AppContext.open(data, Runnable::run, quick());
        older.registry().add(folder, List.of());
        index(older);
        older.close();
        OlderSchema.mark(data.resolve("index"), Schema.VERSION - 1);
        Files.delete(folder.resolve("Retired offer.txt"));
        Files.writeString(folder.resolve("Fresh offer.txt"), "The fresh capybara offer.");

        try (UiThread ui = new UiThread()) {
            AppContext context = AppContext.open(data, ui, quick());
            try {
                MainViewModel main = ui.read(() -> new MainViewModel(context, false));
                ui.run(() -> main.start(""));
                ui.await("the status line tells the rebuild", Duration.ofSeconds(20), () -> main.statusProperty().get()
                        .equals("The index is being rebuilt for this version of Collateral Finder; the old index answers "
                                + "searches until the new one is ready."));
                assertThat(names(context, "capybara")).containsExactly("Retired offer.txt");

                ui.run(() -> main.sources().reindex());
                ui.await("the status line tells the rebuild is done", Duration.ofSeconds(60), () -> main.statusProperty()
                        .get().equals("The index was rebuilt for this version of Collateral Finder; searches use it now."));
                assertThat(context.index().isRebuilding()).isFalse();
                assertThat(names(context, "capybara")).containsExactly("Fresh offer.txt");
                assertThat(data.resolve("index-next")).doesNotExist();
            } finally {
                context.close();
            }
        }
    }

    private static List<String> names(AppContext context, String query) {
        return context.search().search(SearchRequest.of(query, 10)).hits().stream()
                .map(SearchHit::fileName).toList();
    }

    static void index(AppContext context) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.indexer().start(p -> { }, s -> done.countDown(), e -> done.countDown());
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    }

    private static Path storedFieldsData(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".fdt"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private static void flipBytes(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = raf.length() / 2;
            for (int i = 0; i < 8; i++) {
                raf.seek(at + i);
                int b = raf.read();
                raf.seek(at + i);
                raf.write(b ^ 0xFF);
            }
        }
    }
}
