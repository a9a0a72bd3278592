package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {

    @TempDir
    Path tmp;

    @Test
    void aBurstOfChangesInALocalFolderIsReportedOnceAfterItSettles() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("Marketing"));
        LinkedBlockingQueue<String> reports = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(reports::add, Duration.ofMillis(300), Duration.ofHours(1),
                new Reachability())) {
            watcher.watch(List.of(new SourceRegistry.SourceFolder(src.toString(), List.of())));
            for (int i = 0; i < 20; i++) {
                Files.writeString(src.resolve("file-" + i + ".txt"), "new " + i);
            }
            assertThat(reports.poll(10, TimeUnit.SECONDS)).isEqualTo(src.toString());
            assertThat(reports.poll(1, TimeUnit.SECONDS)).as("one report for the burst").isNull();

            Path sub = Files.createDirectories(src.resolve("new-folder"));
            assertThat(reports.poll(10, TimeUnit.SECONDS)).isEqualTo(src.toString());
            Files.writeString(sub.resolve("inside.txt"), "a file in a folder created after watching began");
            assertThat(reports.poll(10, TimeUnit.SECONDS)).isEqualTo(src.toString());
        }
    }

    @Test
    void aShareIsReportedWhenItIsReachableOnItsSchedule() throws Exception {
        Path share = tmp.resolve("share");
        LinkedBlockingQueue<String> reports = new LinkedBlockingQueue<>();
        String unc = "//fs01/marketing"; // a UNC-style path is always treated as a share
        assertThat(ChangeWatcher.isNetworkShare(Path.of(unc))).isTrue();
        try (ChangeWatcher watcher = new ChangeWatcher(reports::add, Duration.ofMillis(100), Duration.ofMillis(200),
                new Reachability())) {
            // a folder that does not exist yet is treated as a share and checked on the schedule
            watcher.watch(List.of(new SourceRegistry.SourceFolder(share.toString(), List.of())));
            assertThat(reports.poll(700, TimeUnit.MILLISECONDS)).as("nothing while it is unreachable").isNull();
            Files.createDirectories(share); // the share is mounted
            assertThat(reports.poll(5, TimeUnit.SECONDS)).isEqualTo(share.toString());
        }
    }

    @Test
    void aLocalFolderThatIsRenamedIsToldUnreachableAndReportedChangedWhenItIsBack() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("Marketing"));
        Files.writeString(src.resolve("deck.txt"), "a deck");
        LinkedBlockingQueue<String> changed = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<String> gone = new LinkedBlockingQueue<>();
        try (ChangeWatcher watcher = new ChangeWatcher(changed::add, gone::add, Duration.ofMillis(200), Duration.ofHours(1),
                new Reachability())) {
            watcher.watch(List.of(new SourceRegistry.SourceFolder(src.toString(), List.of())));
            Path moved = tmp.resolve("Marketing MOVED");
            Files.move(src, moved); // the system tells nothing about a watched folder renamed itself
            assertThat(gone.poll(10, TimeUnit.SECONDS)).isEqualTo(src.toString());
            assertThat(changed.poll(500, TimeUnit.MILLISECONDS)).as("nothing to index while it is away").isNull();

            Files.move(moved, src);
            assertThat(changed.poll(10, TimeUnit.SECONDS)).isEqualTo(src.toString());
            assertThat(gone).isEmpty();
            Files.writeString(src.resolve("brochure.txt"), "a brochure saved after it came back");
            assertThat(changed.poll(10, TimeUnit.SECONDS)).as("its folders are watched again").isEqualTo(src.toString());
        }
    }
}
