package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shares that hang, are slow, half-fail, lose their files at once or come back at another path. */
class SharedDriveTest {

    @TempDir
    Path tmp;

    /** The local file system, with latency on every listing and chosen folders that hang or fail. */
    static final class FlakyShare implements FileSystemAccess {
        final Duration latency;
        final Path hangs;
        final Path fails;
        final AtomicInteger listings = new AtomicInteger();

        FlakyShare(Duration latency, Path hangs, Path fails) {
            this.latency = latency;
            this.hangs = hangs;
            this.fails = fails;
        }

        private void delay(Path p) throws IOException {
            try {
                Thread.sleep(p.startsWith(hangs == null ? Path.of("/nonexistent") : hangs) ? 60_000 : latency.toMillis());
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
        }

        @Override
        public List<Entry> list(Path directory) throws IOException {
            listings.incrementAndGet();
            delay(directory);
            if (fails != null && directory.equals(fails)) {
                throw new IOException("Input/output error");
            }
            return LOCAL.list(directory);
        }

        @Override
        public Entry stat(Path path) throws IOException {
            delay(path);
            return LOCAL.stat(path);
        }
    }

    private static Indexer indexer(IndexFixture f, Indexer.Options options) {
        return new Indexer(f.index, f.extractor, options, f.dataDir.root());
    }

    private static IndexRunStats run(IndexFixture f, Indexer.Options options) {
        return indexer(f, options).run(f.sources.list(), ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void aHungShareIsReportedUnreachableWithinItsTimeLimitAndKeepsItsDocuments() throws IOException {
        Path local = Files.createDirectories(tmp.resolve("local"));
        Path share = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(local.resolve("local.txt"), "marmot local note");
        OfficeFiles.text(share.resolve("share.txt"), "lynx shared brochure");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(local, List.of());
            f.sources.add(share, List.of());
            f.run();
            FlakyShare hung = new FlakyShare(Duration.ZERO, share, null);
            Indexer.Options options = Indexer.Options.defaults()
                    .withFileSystem(hung, new Reachability(hung, Duration.ofMillis(500), Duration.ofMillis(200)));
            OfficeFiles.text(local.resolve("new.txt"), "marmot new note");

            long start = System.nanoTime();
            IndexRunStats stats = run(f, options);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(millis).as("the run does not wait for the hung share").isLessThan(10_000);
            assertThat(stats.added()).isEqualTo(1);
            assertThat(stats.removed()).isZero();
            assertThat(f.names("lynx")).containsExactly("share.txt");
            assertThat(f.names("marmot")).containsExactlyInAnyOrder("local.txt", "new.txt");
            IndexReport.SourceReport report = IndexReport.read(f.dataDir.root()).sources().get(1);
            assertThat(report.state()).isEqualTo("unreachable");
            assertThat(report.note()).isEqualTo("The folder could not be reached; its 1 indexed file is kept.");
        }
    }

    @Test
    void aSlowShareWithAFailingFolderIsIndexedExceptThatFolder() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        for (int i = 0; i < 12; i++) {
            OfficeFiles.text(share.resolve("region-" + i + "/brief.txt"), "wombat brief " + i);
        }
        OfficeFiles.text(share.resolve("broken/lost.txt"), "wombat lost");
        FlakyShare slow = new FlakyShare(Duration.ofMillis(50), null, share.resolve("broken"));
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(share, List.of());
            Indexer.Options options = Indexer.Options.defaults()
                    .withFileSystem(slow, new Reachability(slow, Duration.ofSeconds(2), Duration.ofMillis(40)));

            IndexRunStats stats = run(f, options);

            assertThat(stats.added()).isEqualTo(12);
            assertThat(f.names("wombat")).hasSize(12).doesNotContain("lost.txt");
            IndexReport report = IndexReport.read(f.dataDir.root());
            assertThat(report.sources().getFirst().state()).isEqualTo("degraded");
            assertThat(report.skipped()).singleElement().satisfies(s -> {
                assertThat(s.path()).isEqualTo(share.resolve("broken").toString());
                assertThat(s.reason()).isEqualTo("could not be listed: Input/output error");
            });
            // 14 folders listed by 8 concurrent listings (plus the reachability probe): about 3 rounds of 50 ms
            assertThat(slow.listings.get()).isEqualTo(16);
        }
    }

    @Test
    void mostFilesVanishingAtOnceNeedsConfirmationBeforeTheyLeaveTheIndex() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        for (int i = 0; i < 30; i++) {
            OfficeFiles.text(share.resolve("doc-" + i + ".txt"), "quokka " + i);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(share, List.of());
            f.run();
            for (int i = 0; i < 25; i++) {
                Files.delete(share.resolve("doc-" + i + ".txt"));
            }

            IndexRunStats unconfirmed = f.run();
            assertThat(unconfirmed.removed()).isZero();
            assertThat(f.query("quokka").total()).isEqualTo(30);
            assertThat(IndexReport.read(f.dataDir.root()).sources().getFirst().note()).isEqualTo(
                    "25 of its 30 files disappeared at once; they are kept until the deletion is confirmed "
                            + "(index --confirm-deletions, or Confirm in the app).");

            IndexRunStats confirmed = run(f, Indexer.Options.defaults().withConfirmDeletions(true));
            assertThat(confirmed.removed()).isEqualTo(25);
            assertThat(f.query("quokka").total()).isEqualTo(5);
        }
    }

    @Test
    void aShareMountedAtAnotherPathKeepsItsDocumentsWithoutReadingThemAgain() throws IOException {
        Path driveZ = Files.createDirectories(tmp.resolve("Z-Marketing"));
        OfficeFiles.docx(driveZ.resolve("Battlecard.docx"), "Battlecard", "Gecko beats the competition.");
        OfficeFiles.text(driveZ.resolve("decks/notes.txt"), "gecko deck notes");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(driveZ, List.of());
            f.run();
            String hash = f.query("battlecard").hits().getFirst().contentHash();
            Path volumes = tmp.resolve("Volumes-marketing");
            Files.move(driveZ, volumes); // the same share, mounted elsewhere on this laptop
            f.sources.addAlias(driveZ, volumes.toString());

            IndexRunStats stats = f.run();

            assertThat(stats).extracting(IndexRunStats::added, IndexRunStats::updated, IndexRunStats::removed,
                    IndexRunStats::unchanged).containsExactly(0, 0, 0, 2);
            assertThat(f.query("gecko").hits()).extracting(SearchHit::path).containsExactlyInAnyOrder(
                    volumes.resolve("Battlecard.docx").toString(), volumes.resolve("decks/notes.txt").toString());
            SearchHit moved = f.query("battlecard").hits().getFirst();
            assertThat(moved.contentHash()).isEqualTo(hash);
            assertThat(moved.source()).isEqualTo(driveZ.toString());
            assertThat(moved.folder()).isEqualTo(volumes.toString());
            assertThat(IndexReport.read(f.dataDir.root()).sources().getFirst().note()).isEqualTo("Found at " + volumes
                    + " (was " + driveZ + "); its 2 documents moved there without being read again.");
        }
    }

    /**
     * b13b: after a share was found at another mount point (its documents moved without being read again), an edit
     * that keeps the size and puts the old modification time back was missed there: the move dropped the documents'
     * status-change times (and their page starts, which slide hits need).
     */
    @Test
    void aShareFoundAtAnotherPathKeepsWhatTellsItsEditsAndItsSlides() throws IOException {
        assumeThat(FileSystemAccess.DEFAULT_HAS_UNIX_VIEW).as("a file system with status-change times").isTrue();
        Path driveZ = Files.createDirectories(tmp.resolve("Z-Marketing"));
        OfficeFiles.text(driveZ.resolve("notes.txt"), "gecko deck notes");
        OfficeFiles.pptx(driveZ.resolve("Pitch.pptx"), "Pitch", "Why Northwind", "Quokka loyalty programs", "Pricing");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(driveZ, List.of());
            f.run();
            Path volumes = tmp.resolve("Volumes-marketing");
            Files.move(driveZ, volumes);
            f.sources.addAlias(driveZ, volumes.toString());
            assertThat(f.run()).extracting(IndexRunStats::updated, IndexRunStats::unchanged).containsExactly(0, 2);
            Path pitch = volumes.resolve("Pitch.pptx");
            SearchRequest slide = SearchRequest.of("quokka loyalty", 10);
            assertThat(f.search.pageHits(slide, List.of(pitch.toString())).get(pitch.toString()))
                    .extracting(PageHit::page).containsExactly(2);

            Path notes = volumes.resolve("notes.txt");
            FileTime modified = Files.getLastModifiedTime(notes);
            Files.writeString(notes, "hyrax deck notes");
            Files.setLastModifiedTime(notes, modified);

            assertThat(f.run()).extracting(IndexRunStats::updated, IndexRunStats::unchanged).containsExactly(1, 1);
            assertThat(f.names("hyrax")).containsExactly("notes.txt");
            assertThat(f.names("gecko")).isEmpty();
        }
    }
}
