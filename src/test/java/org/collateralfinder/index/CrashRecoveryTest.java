package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.ChildJvm;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM indexing a generated corpus is killed with SIGKILL at random moments. Each time the index
 * must open cleanly (Lucene's CheckIndex passes) and keep every document of the last commit seen before
 * the kill; a final run finishes the job. The number of kills is {@code -Dcollateralfinder.crashes=N}
 * (5 in the default test run; the reliability figures in the README come from 25).
 */
class CrashRecoveryTest {

    private static final int FILES = 1_000;

    @TempDir
    Path tmp;

    /** Indexes the registered sources of a data folder, committing every 100 ms. */
    public static final class IndexUntilKilled {
        public static void main(String[] args) {
            DataDirectory dir = DataDirectory.open(Path.of(args[0]));
            try (IndexService index = IndexService.openForWriting(dir.indexDir());
                 IsolatedExtractor extractor = new IsolatedExtractor(IndexFixture.testLimits(), null)) {
                System.out.println("STARTED");
                System.out.flush();
                IndexRunStats stats = new Indexer(index, extractor, Duration.ofMillis(100), dir.root())
                        .run(new SourceRegistry(dir.sourcesFile()).list(), ProgressListener.NONE, Cancellation.none());
                System.out.println("DONE " + stats.files());
            }
        }
    }

    @Test
    void killedAtRandomMomentsTheIndexOpensCleanlyKeepsItsLastCommitAndARerunFinishes() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Random random = new Random(20261129);
        for (int i = 0; i < FILES; i++) {
            StringBuilder text = new StringBuilder("Ref CRASH-" + i + "\n");
            for (int w = 0; w < 600; w++) {
                text.append("word").append(random.nextInt(5_000)).append(' ');
            }
            OfficeFiles.text(src.resolve("part-" + i / 100 + "/doc-" + i + ".txt"), text.toString());
        }
        DataDirectory dir = DataDirectory.open(tmp.resolve("data"));
        new SourceRegistry(dir.sourcesFile()).add(src, List.of());
        int crashes = Integer.getInteger("collateralfinder.crashes", 5);
        int lastSeen = 0;
        int killedWhileCommitting = 0;
        for (int k = 0; k < crashes; k++) {
            // every round changes 100 files, so there is always work in flight when the kill comes
            for (int j = 0; j < 100; j++) {
                int i = random.nextInt(FILES);
                Path p = src.resolve("part-" + i / 100 + "/doc-" + i + ".txt");
                Files.writeString(p, Files.readString(p) + " round" + k);
                Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() + k * 1000L));
            }
            Process child = ChildJvm.start(IndexUntilKilled.class, dir.root().toString());
            ChildJvm.awaitLine(ChildJvm.stdout(child), "STARTED");
            long commitsBefore = commitGeneration(dir.indexDir());
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (commitGeneration(dir.indexDir()) == commitsBefore && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5); // wait until this run has committed at least once
            }
            Thread.sleep(random.nextInt(250));
            int committedBeforeKill = committedDocs(dir.indexDir());
            boolean wasRunning = child.isAlive();
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (wasRunning) {
                killedWhileCommitting++;
            }

            assertThat(checkIndex(dir.indexDir())).as("CheckIndex after kill %d", k + 1).isTrue();
            int afterKill = committedDocs(dir.indexDir());
            assertThat(afterKill).as("documents after kill %d", k + 1).isGreaterThanOrEqualTo(committedBeforeKill)
                    .isGreaterThanOrEqualTo(lastSeen);
            lastSeen = afterKill;
            System.out.printf("kill %d: %s; %d documents committed before, %d after, CheckIndex clean%n", k + 1,
                    wasRunning ? "killed while indexing" : "had already finished", committedBeforeKill, afterKill);
        }
        System.out.printf("%d kills, %d of them mid-run; no committed document lost%n", crashes, killedWhileCommitting);
        assertThat(killedWhileCommitting).as("most kills land mid-run").isGreaterThan(crashes / 2);
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            IndexRunStats finish = f.run();
            assertThat(finish.files()).isEqualTo(FILES);
            assertThat(finish.unchanged() + finish.added() + finish.updated()).isEqualTo(FILES);
            assertThat(f.query("CRASH-123").hits()).extracting(h -> h.fileName()).containsExactly("doc-123.txt");
        }
    }

    private static int committedDocs(Path indexDir) throws IOException {
        try (Directory d = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(d)) {
                return 0;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                return r.numDocs();
            }
        }
    }

    private static long commitGeneration(Path indexDir) throws IOException {
        try (Directory d = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(d) ? SegmentInfos.getLastCommitGeneration(d) : -1;
        }
    }

    private static boolean checkIndex(Path indexDir) throws IOException {
        try (Directory d = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(d)) {
                return true;
            }
            try (CheckIndex check = new CheckIndex(d)) {
                check.setInfoStream(new PrintStream(new ByteArrayOutputStream()));
                return check.checkIndex().clean;
            }
        }
    }
}
