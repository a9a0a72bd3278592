package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.assertj.core.groups.Tuple;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.MovedFile;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

    @TempDir
    Path tmp;

    private Path source() throws IOException {
        return Files.createDirectories(tmp.resolve("Marketing"));
    }

    @Test
    void phraseFromOneSlideFindsThatDeckFirst() throws IOException {
        Path src = source();
        OfficeFiles.pptx(src.resolve("Retail Pitch.pptx"), "Retail pitch",
                "Why Northwind", "Loyalty programs lift basket size by twelve percent", "Pricing tiers");
        OfficeFiles.pptx(src.resolve("Healthcare Pitch.pptx"), "Healthcare pitch",
                "Compliance first", "Patient programs and basket of services", "Lift your audit score");
        OfficeFiles.pptx(src.resolve("Manufacturing Pitch.pptx"), "Manufacturing pitch",
                "Twelve percent more uptime", "Loyalty of plant managers", "Size matters");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            IndexRunStats stats = f.run();
            assertThat(stats.added()).isEqualTo(3);
            assertThat(stats.failed()).isZero();
            assertThat(f.names("\"loyalty programs lift basket size\"")).containsExactly("Retail Pitch.pptx");
            SearchHit hit = f.query("\"loyalty programs lift basket size\"").hits().getFirst();
            assertThat(hit.title()).isEqualTo("Retail pitch");
            assertThat(hit.type()).isEqualTo("presentation");
            assertThat(hit.pages()).isEqualTo(3);
            assertThat(hit.snippet()).isEqualTo("Why Northwind <b>Loyalty programs lift basket size</b> by twelve percent Pricing tiers");
            assertThat(hit.path()).isEqualTo(src.resolve("Retail Pitch.pptx").toString());
        }
    }

    @Test
    void rerunPicksUpRenamedModifiedAndDeletedFiles() throws IOException {
        Path src = source();
        Path a = OfficeFiles.text(src.resolve("alpha.txt"), "aardvark brochure");
        Path b = OfficeFiles.text(src.resolve("beta.txt"), "buffalo price sheet");
        Path c = OfficeFiles.text(src.resolve("gamma.txt"), "caribou case study");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            assertThat(f.run()).extracting(IndexRunStats::added, IndexRunStats::files).containsExactly(3, 3);

            Files.move(a, src.resolve("alpha-renamed.txt"));
            Files.writeString(b, "bison price sheet, updated");
            Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5_000));
            Files.delete(c);
            IndexRunStats second = f.run();

            assertThat(second).extracting(IndexRunStats::files, IndexRunStats::added, IndexRunStats::updated,
                    IndexRunStats::removed, IndexRunStats::unchanged, IndexRunStats::failed)
                    .containsExactly(2, 1, 1, 2, 0, 0);
            assertThat(f.names("aardvark")).containsExactly("alpha-renamed.txt");
            assertThat(f.names("buffalo")).isEmpty();
            assertThat(f.names("bison")).containsExactly("beta.txt");
            assertThat(f.names("caribou")).isEmpty();

            IndexRunStats third = f.run();
            assertThat(third).extracting(IndexRunStats::added, IndexRunStats::updated, IndexRunStats::removed,
                    IndexRunStats::unchanged).containsExactly(0, 0, 0, 2);
        }
    }

    /**
     * An edit that keeps the size and puts the old modification time back ({@code touch -d}, a copy or a restore that
     * keeps times) is read again: the file's status-change time moved, and no program can set that back.
     */
    @Test
    void anEditKeepingTheSizeAndTheOldModificationTimeIsReadAgain() throws IOException {
        assumeThat(FileSystemAccess.DEFAULT_HAS_UNIX_VIEW).as("a file system with status-change times").isTrue();
        Path src = source();
        Path sheet = OfficeFiles.text(src.resolve("price sheet.txt"), "aardvark price sheet");
        OfficeFiles.text(src.resolve("brochure.txt"), "buffalo brochure");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            assertThat(f.run()).extracting(IndexRunStats::added, IndexRunStats::files).containsExactly(2, 2);

            FileTime modified = Files.getLastModifiedTime(sheet);
            Files.writeString(sheet, "anteater price sheet");
            Files.setLastModifiedTime(sheet, modified);
            assertThat(Files.size(sheet)).isEqualTo("aardvark price sheet".length());
            assertThat(Files.getLastModifiedTime(sheet)).isEqualTo(modified);

            assertThat(f.run()).extracting(IndexRunStats::updated, IndexRunStats::unchanged, IndexRunStats::added,
                    IndexRunStats::removed).containsExactly(1, 1, 0, 0);
            assertThat(f.names("anteater")).containsExactly("price sheet.txt");
            assertThat(f.names("aardvark")).isEmpty();

            assertThat(f.run()).extracting(IndexRunStats::updated, IndexRunStats::unchanged).containsExactly(0, 2);
        }
    }

    /**
     * A run over many files reads the content hashes of only those that changed or went (looked up one by one in
     * the index, not read for every file): each kind of change is still found, with the content it replaced.
     */
    @Test
    void aRunAmongManyUnchangedFilesFindsEachKindOfChangeWithTheContentItReplaced() throws IOException {
        Path src = source();
        List<Path> files = new ArrayList<>();
        for (int i = 10; i < 26; i++) {
            files.add(OfficeFiles.text(src.resolve("sheet" + i + ".txt"), "price sheet number " + i));
        }
        Path sameSize = files.get(0);
        Path otherSize = files.get(1);
        Path deleted = files.get(2);
        Path renamed = files.get(3);
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            assertThat(f.run().added()).isEqualTo(16);
            String sameSizeBefore = ContentHasher.hash(sameSize);
            String otherSizeBefore = ContentHasher.hash(otherSize);
            String renamedContent = ContentHasher.hash(renamed);
            FileTime otherSizeTime = Files.getLastModifiedTime(otherSize);
            Files.writeString(sameSize, "wapiti sheet number 10"); // as long as before, a new time
            Files.setLastModifiedTime(sameSize, FileTime.fromMillis(Files.getLastModifiedTime(sameSize).toMillis() + 5_000));
            Files.writeString(otherSize, "okapi sheet number 11, longer"); // another size, the same time
            Files.setLastModifiedTime(otherSize, otherSizeTime);
            Files.delete(deleted);
            Path newName = Files.move(renamed, src.resolve("renamed.txt"));
            Indexer indexer = new Indexer(f.index, f.extractor, Duration.ofSeconds(30), f.dataDir.root());

            IndexRunStats second = indexer.run(f.sources.list(), ProgressListener.NONE, new Cancellation());

            assertThat(second).extracting(IndexRunStats::files, IndexRunStats::added, IndexRunStats::updated,
                    IndexRunStats::removed, IndexRunStats::unchanged).containsExactly(15, 1, 2, 2, 12);
            assertThat(indexer.pathChanges().edited()).containsExactlyInAnyOrder(
                    new EditedFile(sameSize.toString(), sameSizeBefore, ContentHasher.hash(sameSize)),
                    new EditedFile(otherSize.toString(), otherSizeBefore, ContentHasher.hash(otherSize)));
            assertThat(indexer.pathChanges().moved()).containsExactly(
                    new MovedFile(renamed.toString(), newName.toString(), renamedContent));
            assertThat(f.names("wapiti")).containsExactly("sheet10.txt");
            assertThat(f.names("okapi")).containsExactly("sheet11.txt");
            assertThat(f.run()).extracting(IndexRunStats::updated, IndexRunStats::removed, IndexRunStats::unchanged)
                    .containsExactly(0, 0, 15);
        }
    }

    /** Window retest 6, N1: a run tells feedback which files it saw moved, copies of one content by their names. */
    @Test
    void aRunTellsWhichFilesMovedAndWhichWereEditedInPlace() throws IOException {
        Path src = source();
        Path x = OfficeFiles.text(src.resolve("a/x.txt"), "the same words");
        OfficeFiles.text(src.resolve("a/y.txt"), "the same words");
        Path w = OfficeFiles.text(src.resolve("w.txt"), "wombat sheet");
        Path z = OfficeFiles.text(src.resolve("z.txt"), "zebra sheet");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            String same = ContentHasher.hash(x);
            String before = ContentHasher.hash(w);
            Files.move(src.resolve("a"), src.resolve("b"));
            Files.writeString(w, "wombat sheet, edited");
            Files.setLastModifiedTime(w, FileTime.fromMillis(Files.getLastModifiedTime(w).toMillis() + 5_000));
            Indexer indexer = new Indexer(f.index, f.extractor, Duration.ofSeconds(30), f.dataDir.root());

            indexer.run(f.sources.list(), ProgressListener.NONE, new Cancellation());

            assertThat(indexer.pathChanges().moved()).containsExactlyInAnyOrder(
                    new MovedFile(src.resolve("a/x.txt").toString(), src.resolve("b/x.txt").toString(), same),
                    new MovedFile(src.resolve("a/y.txt").toString(), src.resolve("b/y.txt").toString(), same));
            assertThat(indexer.pathChanges().edited()).containsExactly(
                    new EditedFile(w.toString(), before, ContentHasher.hash(w)));
            assertThat(f.names("zebra")).containsExactly(z.getFileName().toString());
        }
    }

    /**
     * Retest 7, NEW B: a file kept under a new name while a new file is put at its old name before the run. Its
     * path reads as edited in place, and its content turned up under the new name: a move too.
     */
    @Test
    void aFileKeptUnderANewNameWhileANewFileTakesItsNameIsToldMovedAsWellAsItsPathEdited() throws IOException {
        Path src = source();
        Path r = OfficeFiles.text(src.resolve("r.txt"), "swap dibblerword edited");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            String kept = ContentHasher.hash(r);
            Path r2 = Files.move(r, src.resolve("r2.txt"));
            OfficeFiles.text(r, "swap dibblerword brand new");
            Indexer indexer = new Indexer(f.index, f.extractor, Duration.ofSeconds(30), f.dataDir.root());

            indexer.run(f.sources.list(), ProgressListener.NONE, new Cancellation());

            assertThat(indexer.pathChanges().edited()).containsExactly(
                    new EditedFile(r.toString(), kept, ContentHasher.hash(r)));
            assertThat(indexer.pathChanges().moved()).containsExactly(new MovedFile(r.toString(), r2.toString(), kept));
        }
    }

    @Test
    void sourceThatDisappearsKeepsItsDocuments() throws IOException {
        Path src = source();
        OfficeFiles.text(src.resolve("one.txt"), "okapi one-pager");
        OfficeFiles.text(src.resolve("two.txt"), "ocelot battlecard");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            Path away = tmp.resolve("unmounted");
            Files.move(src, away);

            IndexRunStats offline = f.run();

            assertThat(offline.removed()).isZero();
            assertThat(offline.files()).isEqualTo(2);
            assertThat(f.names("okapi")).containsExactly("one.txt");
            IndexReport report = IndexReport.read(f.dataDir.root());
            assertThat(report.sources()).singleElement().satisfies(s -> {
                assertThat(s.reachable()).isFalse();
                assertThat(s.note()).isEqualTo("The folder could not be reached; its 2 indexed files are kept.");
            });

            Files.move(away, src);
            assertThat(f.run()).extracting(IndexRunStats::unchanged, IndexRunStats::removed).containsExactly(2, 0);
        }
    }

    @Test
    void sourceThatSuddenlyLooksEmptyKeepsItsDocuments() throws IOException {
        Path src = source();
        OfficeFiles.text(src.resolve("one.txt"), "okapi one-pager");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            Files.move(src, tmp.resolve("elsewhere"));
            Files.createDirectories(src); // an empty mount point left behind

            IndexRunStats run = f.run();

            assertThat(run.removed()).isZero();
            assertThat(f.names("okapi")).containsExactly("one.txt");
            assertThat(IndexReport.read(f.dataDir.root()).sources().getFirst().note())
                    .isEqualTo("The folder looks empty; its 1 indexed file is kept until it is seen with files again.");
        }
    }

    @Test
    void encryptedAndCorruptFilesAreReportedWithReasonsWhileTheRestIsIndexed() throws IOException {
        Path src = source();
        for (String name : List.of("PasswordSample-40bit.pdf", "testWORD_protected_passtika.docx", "testWORD_truncated.docx")) {
            try (InputStream in = getClass().getResourceAsStream("/corpus/" + name)) {
                Files.copy(in, src.resolve(name));
            }
        }
        Files.write(src.resolve("random-bytes.pdf"), new byte[] {0x13, 0x37, 0x00, 0x42, (byte) 0xFF, 0x10, 0x20});
        OfficeFiles.docx(src.resolve("Case Study.docx"), "Contoso case study", "Contoso cut reporting time by half.");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            IndexRunStats stats = f.run();

            assertThat(stats.added()).isEqualTo(5);
            assertThat(stats.failed()).isEqualTo(4);
            List<FailedFile> failed = f.search.failedFiles(100);
            assertThat(failed).extracting(ff -> Path.of(ff.path()).getFileName().toString(), FailedFile::reason)
                    .containsExactly(
                            Tuple.tuple("PasswordSample-40bit.pdf", FailureReason.ENCRYPTED),
                            Tuple.tuple("random-bytes.pdf", FailureReason.CORRUPT),
                            Tuple.tuple("testWORD_protected_passtika.docx", FailureReason.ENCRYPTED),
                            Tuple.tuple("testWORD_truncated.docx", FailureReason.CORRUPT));
            assertThat(failed).allSatisfy(ff -> assertThat(ff.detail()).endsWith(".").doesNotContain("Exception"));
            assertThat(f.names("contoso reporting")).containsExactly("Case Study.docx");
            // a file that could not be read is still found by its name
            assertThat(f.names("PasswordSample")).containsExactly("PasswordSample-40bit.pdf");
        }
    }

    @Test
    void parserThatHangsTimesOutWhileTheOthersAreIndexed() throws IOException {
        Path src = source();
        Files.writeString(src.resolve("stuck.cob"), "IDENTIFICATION DIVISION. (its test parser never returns)");
        OfficeFiles.docx(src.resolve("After.docx"), "After", "Walrus quarterly update.");
        OfficeFiles.pdf(src.resolve("Before.pdf"), "Before", "Narwhal pricing overview.");
        // generous enough for a cold worker's first document on a busy machine, short for a test
        var limits = IndexFixture.testLimits().withTimeout(Duration.ofSeconds(8));
        try (IndexFixture f = new IndexFixture(tmp, limits)) {
            f.sources.add(src, List.of());
            IndexRunStats stats = f.run();

            assertThat(f.search.failedFiles(10)).singleElement().satisfies(ff -> {
                assertThat(ff.path()).endsWith("stuck.cob");
                assertThat(ff.reason()).isEqualTo(FailureReason.TIMEOUT);
                assertThat(ff.detail()).isEqualTo("Reading the file took longer than 8 seconds.");
            });
            assertThat(f.names("walrus")).containsExactly("After.docx");
            assertThat(f.names("narwhal")).containsExactly("Before.pdf");
            assertThat(stats.failed()).isEqualTo(1);
        }
    }

    @Test
    void parserThatRunsOutOfMemoryIsReportedTooLargeAndTheWorkerRestarts() throws IOException {
        Path src = source();
        Files.writeString(src.resolve("greedy.ada"), "procedure Hello is (its test parser allocates without end)");
        OfficeFiles.docx(src.resolve("Next.docx"), "Next", "Puffin renewal terms.");
        var limits = IndexFixture.testLimits().withWorkerHeapMb(64);
        try (IndexFixture f = new IndexFixture(tmp, limits)) {
            f.sources.add(src, List.of());
            f.run();

            assertThat(f.search.failedFiles(10)).singleElement().satisfies(ff -> {
                assertThat(ff.path()).endsWith("greedy.ada");
                assertThat(ff.reason()).isEqualTo(FailureReason.TOO_LARGE);
            });
            assertThat(f.names("puffin")).containsExactly("Next.docx");
        }
    }

    @Test
    void zipMembersAreIndexedAsArchivePaths() throws IOException {
        Path src = source();
        Path deck = OfficeFiles.pptx(tmp.resolve("deck.pptx"), "Q3 pricing", "Quarterly pricing for the Atlas bundle");
        OfficeFiles.text(src.resolve("readme.txt"), "what is in the bundle");
        Path zip = src.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("decks/Q3_PricingDeck_v2.pptx"));
            Files.copy(deck, z);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("Zebra discount notes".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            IndexRunStats stats = f.run();

            assertThat(stats.files()).isEqualTo(4);
            assertThat(f.query("atlas bundle").hits()).extracting(SearchHit::path)
                    .containsExactly(zip + "!/decks/Q3_PricingDeck_v2.pptx");
            assertThat(f.query("zebra").hits()).extracting(SearchHit::path).containsExactly(zip + "!/notes.txt");
            assertThat(f.names("pricing deck")).first().isEqualTo("Q3_PricingDeck_v2.pptx");
            assertThat(f.names("deck v2")).first().isEqualTo("Q3_PricingDeck_v2.pptx");
            assertThat(f.names("q3 pricing")).first().isEqualTo("Q3_PricingDeck_v2.pptx");

            Files.delete(zip);
            assertThat(f.run().removed()).isEqualTo(3);
            assertThat(f.names("zebra")).isEmpty();
        }
    }

    @Test
    void specialFilesAndLinkLoopsAreSkippedWithAReason() throws Exception {
        Path src = source();
        OfficeFiles.text(src.resolve("real.txt"), "heron brochure");
        Path sub = Files.createDirectories(src.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), src);
        Process mkfifo = new ProcessBuilder("mkfifo", src.resolve("pipe.pdf").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();

            assertThat(f.names("heron")).containsExactly("real.txt");
            assertThat(f.search.failedFiles(10)).isEmpty(); // a pipe is not a file that could not be read
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(s -> s.path() + ": " + s.reason())
                    .containsExactly(src.resolve("pipe.pdf") + ": a special file (a pipe, device or socket), never opened",
                            sub.resolve("loop") + ": symbolic link loop, not followed");
        }
    }

    @Test
    void excludedAndHiddenFilesAreNotIndexed() throws IOException {
        Path src = source();
        OfficeFiles.text(src.resolve("kept.txt"), "ibis");
        OfficeFiles.text(src.resolve("~$lock.docx"), "ibis");
        OfficeFiles.text(src.resolve("scratch.tmp"), "ibis");
        OfficeFiles.text(src.resolve(".hidden/secret.txt"), "ibis");
        OfficeFiles.text(src.resolve("Archive/old.txt"), "ibis");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of("Archive/"));
            f.run();
            assertThat(f.names("ibis")).containsExactly("kept.txt");
        }
    }

    @Test
    void schemaVersionChangeRebuildsTheIndex() throws IOException {
        Path src = source();
        OfficeFiles.text(src.resolve("one.txt"), "kestrel");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            var w = f.index.writer();
            w.setLiveCommitData(Map.of(Schema.VERSION_KEY, "0").entrySet());
            w.commit();
        }
        try (IndexService reopened = IndexService.openForWriting(tmp.resolve("data/index"))) {
            assertThat(reopened.wasRebuilt()).isTrue();
            assertThat(reopened.loadState()).isEmpty();
        }
    }

    @Test
    void copiesTheSameFileIntoTwoFoldersShareOneContentHash() throws IOException {
        Path src = source();
        Path a = OfficeFiles.text(src.resolve("team-a/brochure.txt"), "pelican brochure");
        Files.createDirectories(src.resolve("team-b"));
        Files.copy(a, src.resolve("team-b/brochure copy.txt"), StandardCopyOption.COPY_ATTRIBUTES);
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
            // identical content is one result listing every location
            List<SearchHit> hits = f.query("pelican").hits();
            assertThat(hits).hasSize(1);
            assertThat(hits.getFirst().contentHash()).isEqualTo(ContentHasher.hash(a));
            List<String> locations = new ArrayList<>(hits.getFirst().duplicates());
            locations.add(hits.getFirst().path());
            assertThat(locations).containsExactlyInAnyOrder(a.toString(), src.resolve("team-b/brochure copy.txt").toString());
        }
    }

    @Test
    void aRunEndsWithTheMergesItStartedDoneAndCommitted() throws IOException {
        Path src = source();
        for (int i = 0; i < 100; i++) {
            OfficeFiles.text(src.resolve("memo-" + i + ".txt"), "okapi memo " + i);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            // a commit before every file: one small segment each, which the writer keeps merging
            Indexer.Options everyFile = Indexer.Options.defaults().withCommitInterval(Duration.ZERO);
            new Indexer(f.index, f.extractor, everyFile, f.dataDir.root()).run(f.sources.list(),
                    ProgressListener.NONE, Cancellation.none());

            IndexWriter writer = f.index.writer();
            var merges = (ConcurrentMergeScheduler) writer.getConfig().getMergeScheduler();
            assertThat(merges.mergeThreadCount()).isZero();
            assertThat(writer.hasPendingMerges()).isFalse();
            assertThat(writer.hasUncommittedChanges()).isFalse();
            assertThat(f.query("okapi").total()).isEqualTo(100);
        }
    }

    @Test
    void cancellingMidRunLeavesASoundIndexAndTheNextRunFinishes() throws IOException {
        Path src = source();
        int files = 4_000;
        for (int i = 0; i < files; i++) {
            OfficeFiles.text(src.resolve("batch-" + i / 500 + "/memo-" + i + ".txt"), "tapir memo " + i + " " + "filler ".repeat(100));
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            Cancellation cancel = new Cancellation();
            Indexer.Options everyFile = Indexer.Options.defaults().withCommitInterval(Duration.ofMillis(50))
                    .withProgressInterval(Duration.ZERO);
            IndexRunStats partial = new Indexer(f.index, f.extractor, everyFile, f.dataDir.root())
                    .run(f.sources.list(), progress -> {
                        if (progress.done() >= 50) {
                            cancel.cancel();
                        }
                    }, cancel);

            assertThat(partial.added()).isBetween(50, files - 1);
            assertThat(IndexReport.read(f.dataDir.root()).cancelled()).isTrue(); // status and the window can say so
            assertThat(f.index.verifyIntegrity()).isNull();
            assertThat(f.query("tapir").total()).isEqualTo(partial.added());
            IndexRunStats rest = f.run();
            assertThat(rest.added()).isEqualTo(files - partial.added());
            assertThat(rest.unchanged()).isEqualTo(partial.added());
            assertThat(IndexReport.read(f.dataDir.root()).cancelled()).isFalse();
            assertThat(f.query("tapir").total()).isEqualTo(files);
        }
    }
}
