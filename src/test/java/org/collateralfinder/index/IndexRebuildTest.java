package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.collateralfinder.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new schema version rebuilds the index beside the old one ({@code index-next}) while the old one
 * answers searches, and swaps them only after a run that read every source; a process stopped at any
 * point resumes or completes the swap. Real indexes and files in a temporary data folder.
 */
class IndexRebuildTest {

    @TempDir
    Path tmp;

    private Path data() {
        return tmp.resolve("data");
    }

    private Path indexDir() {
        return data().resolve("index");
    }

    /** Indexes {@code sources} with the current schema, then marks the index as written by the previous one. */
    private void olderIndexOf(Path... sources) throws IOException {
        try (IndexFixture older = new IndexFixture(tmp, IndexFixture.testLimits())) {
            for (Path source : sources) {
                older.sources.add(source, List.of());
            }
            older.run();
        }
        OlderSchema.mark(indexDir(), Schema.VERSION - 1);
    }

    private Path folder(String name, String... namesAndTexts) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            OfficeFiles.text(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return folder;
    }

    @Test
    void theOldIndexAnswersSearchesUntilTheRebuildReplacesIt() throws IOException {
        Path src = folder("Marketing", "Retired offer.txt", "The retired capybara offer.",
                "Pricing.txt", "Pricing for the retail connector.");
        olderIndexOf(src);
        Files.delete(src.resolve("Retired offer.txt"));
        OfficeFiles.text(src.resolve("Fresh offer.txt"), "The fresh ocelot offer.");

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.wasRebuilt()).isTrue();
            assertThat(f.index.isRebuilding()).isTrue();
            assertThat(data().resolve("index-next")).isDirectory();
            assertThat(f.names("capybara")).containsExactly("Retired offer.txt");
            assertThat(f.names("ocelot")).isEmpty();

            List<List<String>> retiredDuringTheRun = new CopyOnWriteArrayList<>();
            List<List<String>> freshDuringTheRun = new CopyOnWriteArrayList<>();
            ProgressListener searchMidway = p -> {
                try {
                    f.index.refresh();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                retiredDuringTheRun.add(f.names("capybara"));
                freshDuringTheRun.add(f.names("ocelot"));
            };
            IndexRunStats stats = new Indexer(f.index, f.extractor, Duration.ofSeconds(30), f.dataDir.root())
                    .run(f.sources.list(), searchMidway, Cancellation.none());

            assertThat(retiredDuringTheRun).isNotEmpty().allSatisfy(names -> assertThat(names)
                    .containsExactly("Retired offer.txt"));
            assertThat(freshDuringTheRun).isNotEmpty().allSatisfy(names -> assertThat(names).isEmpty());
            assertThat(stats.added()).isEqualTo(2);
            assertThat(stats.files()).isEqualTo(2);
            assertThat(f.index.isRebuilding()).isFalse();
            assertThat(f.index.wasRebuilt()).isTrue();
            assertThat(f.names("capybara")).isEmpty();
            assertThat(f.names("ocelot")).containsExactly("Fresh offer.txt");
            assertThat(f.names("retail")).containsExactly("Pricing.txt");
            assertThat(data().resolve("index-next")).doesNotExist();
            assertThat(data().resolve("index-previous")).doesNotExist();
            assertThat(IndexReport.read(data()).rebuildWaits()).isNull();
        }
        assertThat(OlderSchema.storedVersion(indexDir())).isEqualTo(Schema.VERSION);
        try (IndexFixture again = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(again.index.wasRebuilt()).isFalse();
            assertThat(again.run().unchanged()).isEqualTo(2);
        }
    }

    @Test
    void searchesDuringTheSwapGetTheOldOrTheNewIndexAndNeverFail() throws Exception {
        Path src = folder("Marketing", "Retired offer.txt", "The retired tapir offer.");
        olderIndexOf(src);
        Files.delete(src.resolve("Retired offer.txt"));
        OfficeFiles.text(src.resolve("Fresh offer.txt"), "The fresh tapir offer.");

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            Set<List<String>> answers = ConcurrentHashMap.newKeySet();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            List<Thread> searchers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                searchers.add(Thread.ofPlatform().start(() -> {
                    while (!done.get()) {
                        try {
                            answers.add(f.names("tapir"));
                            searches.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            f.run();
            List<String> after = f.names("tapir");
            done.set(true);
            for (Thread t : searchers) {
                t.join(20_000);
            }

            assertThat(failures).isEmpty();
            assertThat(searches.get()).isPositive();
            assertThat(after).containsExactly("Fresh offer.txt");
            assertThat(answers).isSubsetOf(List.of("Retired offer.txt"), List.of("Fresh offer.txt"));
            assertThat(f.index.isRebuilding()).isFalse();
        }
    }

    @Test
    void anUnreachableSourceKeepsTheOldIndexInUseUntilARunReadsItAgain() throws IOException {
        Path local = folder("Local", "Battlecard.txt", "Battlecard against the wombat suite.");
        Path share = folder("Share", "Case study.txt", "Case study of the narwhal rollout.",
                "Brochure.txt", "Narwhal brochure for distributors.");
        olderIndexOf(local, share);
        Path away = Files.move(share, tmp.resolve("Share-unmounted"));

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            IndexRunStats partial = f.run();

            assertThat(partial.added()).isEqualTo(1);
            assertThat(f.index.isRebuilding()).isTrue();
            assertThat(f.names("narwhal")).containsExactlyInAnyOrder("Case study.txt", "Brochure.txt");
            assertThat(f.names("wombat")).containsExactly("Battlecard.txt");
            assertThat(OlderSchema.storedVersion(indexDir())).isEqualTo(Schema.VERSION - 1);
            IndexReport report = IndexReport.read(data());
            assertThat(report.sources()).filteredOn(r -> r.path().equals(share.toString()))
                    .extracting(IndexReport.SourceReport::note)
                    .containsExactly("The folder could not be reached; its 2 indexed files are kept.");
            assertThat(report.rebuildNote()).isEqualTo("The last run could not finish the rebuild: " + share
                    + " was unreachable or looked empty, and its files would have been lost; until one does, searches "
                    + "do not see files changed since the upgrade.");

            Files.move(away, share);
            IndexRunStats complete = f.run();

            assertThat(complete.unchanged()).isEqualTo(1);
            assertThat(complete.added()).isEqualTo(2);
            assertThat(f.index.isRebuilding()).isFalse();
            assertThat(f.names("narwhal")).containsExactlyInAnyOrder("Case study.txt", "Brochure.txt");
            assertThat(f.names("wombat")).containsExactly("Battlecard.txt");
            assertThat(IndexReport.read(data()).rebuildNote()).isNull();
        }
        assertThat(OlderSchema.storedVersion(indexDir())).isEqualTo(Schema.VERSION);
        assertThat(data().resolve("index-next")).doesNotExist();
    }

    @Test
    void anInterruptedRebuildResumesWithoutReadingItsFilesAgain() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Notes"));
        for (int i = 0; i < 12; i++) {
            OfficeFiles.text(src.resolve("note-" + i + ".txt"), "Field note " + i + " about the quokka account.");
        }
        olderIndexOf(src);

        int readBeforeTheStop;
        try (IndexFixture first = new IndexFixture(tmp, IndexFixture.testLimits())) {
            Cancellation stop = new Cancellation();
            IndexRunStats stopped = new Indexer(first.index, first.extractor, Duration.ofSeconds(30), first.dataDir.root())
                    .run(first.sources.list(), p -> stop.cancel(), stop);
            readBeforeTheStop = stopped.added();
            assertThat(readBeforeTheStop).isBetween(1, 11);
            assertThat(first.index.isRebuilding()).isTrue();
            assertThat(first.query("quokka").total()).isEqualTo(12);
            assertThat(IndexReport.read(data()).rebuildWaits()).isEqualTo("it was stopped before the end");
        }
        assertThat(OlderSchema.storedVersion(indexDir())).isEqualTo(Schema.VERSION - 1);
        assertThat(OlderSchema.storedVersion(data().resolve("index-next"))).isEqualTo(Schema.VERSION);

        try (IndexFixture resumed = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(resumed.index.isRebuilding()).isTrue();
            assertThat(resumed.index.loadState()).hasSize(readBeforeTheStop);
            assertThat(resumed.query("quokka").total()).isEqualTo(12);

            IndexRunStats rest = resumed.run();

            assertThat(rest.unchanged()).isEqualTo(readBeforeTheStop);
            assertThat(rest.added()).isEqualTo(12 - readBeforeTheStop);
            assertThat(resumed.index.isRebuilding()).isFalse();
            assertThat(resumed.query("quokka").total()).isEqualTo(12);
        }
    }

    @Test
    void aSwapStoppedBetweenItsRenamesIsReadAsItIsAndCompletedAtTheNextOpen() throws IOException {
        Path src = folder("Marketing", "Old deck.txt", "The old jaguar deck.");
        olderIndexOf(src);
        Files.move(indexDir(), data().resolve("index-previous"));
        Files.delete(src.resolve("Old deck.txt"));
        OfficeFiles.text(src.resolve("New deck.txt"), "The new jaguar deck.");
        try (IndexFixture rebuilt = new IndexFixture(tmp.resolve("elsewhere"), IndexFixture.testLimits())) {
            rebuilt.sources.add(src, List.of());
            rebuilt.run();
        }
        Files.move(tmp.resolve("elsewhere/data/index"), data().resolve("index-next"));

        try (IndexService reader = IndexService.openForReading(indexDir())) {
            assertThat(reader.isRebuilding()).isFalse();
            assertThat(new SearchService(reader).documentCount()).isEqualTo(1);
        }
        assertThat(indexDir()).doesNotExist();
        assertThat(data().resolve("index-next")).isDirectory();
        assertThat(data().resolve("index-previous")).isDirectory();

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.isRebuilding()).isFalse();
            assertThat(f.index.wasRebuilt()).isFalse();
            assertThat(f.names("jaguar")).containsExactly("New deck.txt");
            assertThat(data().resolve("index-next")).doesNotExist();
            assertThat(data().resolve("index-previous")).doesNotExist();
        }
    }

    @Test
    void anIndexMissingBesideAnEmptyRebuildFolderIsReadFromThePreviousOneAndPutBack() throws IOException {
        Path src = folder("Marketing", "Old deck.txt", "The old jaguar deck.");
        olderIndexOf(src);
        Files.move(indexDir(), data().resolve("index-previous"));
        Files.createDirectories(data().resolve("index-next"));

        try (IndexService reader = IndexService.openForReading(indexDir())) {
            assertThat(reader.isRebuilding()).isTrue();
            assertThat(new SearchService(reader).search(SearchRequest.of("jaguar", 5))
                    .hits()).extracting(h -> h.fileName()).containsExactly("Old deck.txt");
        }
        assertThat(indexDir()).doesNotExist();

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.index.isRebuilding()).isTrue();
            assertThat(f.names("jaguar")).containsExactly("Old deck.txt");
            f.run();
            assertThat(f.index.isRebuilding()).isFalse();
            assertThat(f.names("jaguar")).containsExactly("Old deck.txt");
        }
        assertThat(data().resolve("index-previous")).doesNotExist();
    }

    @Test
    void aLeftoverPreviousIndexBesideAGoodOneIsDeletedAtOpen() throws IOException {
        Path src = folder("Marketing", "Deck.txt", "The lynx deck.");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
        }
        Path previous = Files.createDirectories(data().resolve("index-previous"));
        Files.writeString(previous.resolve("_0.cfs"), "left over");

        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(previous).doesNotExist();
            assertThat(f.index.isRebuilding()).isFalse();
            assertThat(f.names("lynx")).containsExactly("Deck.txt");
        }
    }
}
