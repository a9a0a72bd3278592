package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
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

    private static final int FILES = 2_500;

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
            OfficeFiles.text(src.resolve("part-" + i / 250 + "/doc-" + i + ".txt"), text.toString());
        }
        DataDirectory dir = DataDirectory.open(tmp.resolve("data"));
        new SourceRegistry(dir.sourcesFile()).add(src, List.of());
        int crashes = Integer.getInteger("collateralfinder.crashes", 5);
        int lastSeen = 0;
        for (int k = 0; k < crashes; k++) {
            Process child = ChildJvm.start(IndexUntilKilled.class, dir.root().toString());
            ChildJvm.awaitLine(ChildJvm.stdout(child), "STARTED");
            Thread.sleep(100 + random.nextInt(700));
            int committedBeforeKill = committedDocs(dir.indexDir());
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(checkIndex(dir.indexDir())).as("CheckIndex after kill %d", k + 1).isTrue();
            int afterKill = committedDocs(dir.indexDir());
            assertThat(afterKill).as("documents after kill %d", k + 1).isGreaterThanOrEqualTo(committedBeforeKill)
                    .isGreaterThanOrEqualTo(lastSeen);
            lastSeen = afterKill;
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            IndexRunStats finish = f.run();
            assertThat(finish.files()).isEqualTo(FILES);
            assertThat(finish.unchanged() + finish.added()).isEqualTo(FILES);
            assertThat(f.query("CRASH-1234").hits()).extracting(h -> h.fileName()).containsExactly("doc-1234.txt");
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
