package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file kept offline is refreshed by the run that indexed its change, so offline the file Open opens is the version
 * the preview shows (window test 12, F3: the copy kept the old text, 51 bytes against 67, until a manual Refresh,
 * and offline the preview showed the new text while Open opened the old copy). Real index, real copies.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineCopyRefreshTest {

    private static final String FIRST = "Zebra two: the first notes on the zebra account.";
    private static final String EDITED = "Zebra two: the edited notes on the zebra account, with the renewal date.";

    @TempDir
    Path temp;

    @Test
    void theCopyIsRefreshedByTheRunThatIndexedTheChangeAndOfflineOpenGetsTheVersionThePreviewShows() throws Exception {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Path zebra = Files.writeString(mine.resolve("zebra2.txt"), FIRST);
        Files.setLastModifiedTime(zebra, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        AppContext context = TestWindow.indexed(temp.resolve("data"), mine, Duration.ofMillis(60), Duration.ofSeconds(120));
        try {
            MainViewModel vm = WaitForAsyncUtils.asyncFx(() -> new MainViewModel(context, false)).get();
            WaitForAsyncUtils.asyncFx(() -> vm.offline().pin(zebra.toString())).get();
            FxWait.until("the Kept offline list shows the copy", () -> vm.offline().usageProperty().get()
                    .startsWith(FIRST.length() + " bytes of ") && vm.offline().statusProperty().get()
                    .equals("Kept offline: zebra2.txt, " + FIRST.length() + " bytes."));
            assertThat(Files.readString(context.offline().copyFor(zebra.toString()).orElseThrow())).isEqualTo(FIRST);

            Files.writeString(zebra, EDITED); // edited from outside
            IndexRunStats run = indexOnce(context);

            assertThat(run.updated()).isEqualTo(1);
            assertThat(Files.readString(context.offline().copyFor(zebra.toString()).orElseThrow()))
                    .as("the copy after the run").isEqualTo(EDITED);
            // window re-test 13, N1: the list said the old size until the app restarted
            FxWait.until("the Kept offline list shows the refreshed copy's size", () -> vm.offline().usageProperty()
                    .get().startsWith(EDITED.length() + " bytes of ") && vm.offline().pins().getFirst().size()
                    == EDITED.length(), () -> vm.offline().usageProperty().get());
            // window re-test 18, R7: under them the line "Kept offline: narwhal.txt, 22 bytes." stayed, the old size
            assertThat(FxWait.onFx(() -> vm.offline().statusProperty().get())).isEmpty();

            Files.move(mine, temp.resolve("mine renamed")); // the share goes away
            SearchHit hit = context.search().search(new SearchRequest("zebra", 5, Map.of(),
                    SearchRequest.Order.RELEVANCE)).hits().getFirst();
            List<UserError> errors = new ArrayList<>();
            FileActions actions = new FileActions(new UiWork(Runnable::run, Runnable::run, errors::add), s -> { },
                    context.offline()::copyFor);
            FileActions.Located opened = actions.locate(hit);
            assertThat(opened.offlineCopy()).isTrue();
            assertThat(Files.readString(opened.file())).as("what Open opens").isEqualTo(EDITED);
            assertThat(context.search().documentText(hit.path()).orElseThrow().strip()).as("what the preview shows")
                    .isEqualTo(EDITED);
            assertThat(errors).isEmpty();
        } finally {
            context.close();
        }
    }

    private static IndexRunStats indexOnce(AppContext context) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<IndexRunStats> stats = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        context.indexer().start(p -> { }, s -> {
            stats.set(s);
            done.countDown();
        }, e -> {
            failure.set(e);
            done.countDown();
        });
        assertThat(done.await(120, TimeUnit.SECONDS)).as("the run ended").isTrue();
        assertThat(failure.get()).isNull();
        return stats.get();
    }
}
