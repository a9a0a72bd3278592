package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.groups.Tuple;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.sources.FileSystemAccess;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an indexing run must never do to a rep's documents (issue 17): take a folder for the source that
 * holds none of its files, index its own data folder, count nested sources twice, or drop the documents
 * of a folder it could not list.
 */
class SourceSafetyTest {

    @TempDir
    Path tmp;

    /** The local file system, except that one folder may not be listed (as after chmod 000, for a non-root user). */
    record Unlistable(Path folder) implements FileSystemAccess {
        @Override
        public List<Entry> list(Path directory) throws IOException {
            if (directory.equals(folder)) {
                throw new AccessDeniedException(directory.toString());
            }
            return LOCAL.list(directory);
        }

        @Override
        public Entry stat(Path path) throws IOException {
            return LOCAL.stat(path);
        }
    }

    private static IndexRunStats run(IndexFixture f, Indexer.Options options) {
        return new Indexer(f.index, f.extractor, options, f.dataDir.root())
                .run(f.sources.list(), ProgressListener.NONE, Cancellation.none());
    }

    private static List<String> paths(IndexFixture f, String query) {
        return f.search.search(SearchRequest.of(query, 100)).hits().stream()
                .map(SearchHit::path).toList();
    }

    @Test
    void aMountPointThatHoldsNoneOfTheSourcesFilesIsNotTakenForTheSource() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(share.resolve("pricing.txt"), "ibex pricing");
        OfficeFiles.text(share.resolve("decks/launch.txt"), "ibex launch");
        Path elsewhere = Files.createDirectories(tmp.resolve("home-of-the-rep"));
        OfficeFiles.text(elsewhere.resolve("private.txt"), "ibex private letter");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(share, List.of());
            f.run();
            // an alias saved before aliases were checked (the folder a relative alias once meant)
            f.sources.replaceAll(List.of(new SourceRegistry.SourceFolder(share.toString(), List.of(), List.of(elsewhere.toString()))));
            Files.move(share, tmp.resolve("unmounted"));

            IndexRunStats stats = f.run();

            assertThat(stats.removed()).isZero();
            assertThat(stats.added()).isZero();
            assertThat(paths(f, "ibex")).containsExactlyInAnyOrder(share.resolve("pricing.txt").toString(),
                    share.resolve("decks/launch.txt").toString());
            IndexReport.SourceReport report = IndexReport.read(f.dataDir.root()).sources().getFirst();
            assertThat(report.reachable()).isFalse();
            assertThat(report.note()).isEqualTo(elsewhere + " answered but holds none of the source's 2 indexed files, "
                    + "so it was not taken for the source; its 2 indexed files are kept.");
        }
    }

    @Test
    void theDataFolderInsideASourceIsNeverIndexed() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("Marketing"));
        OfficeFiles.text(source.resolve("brochure.txt"), "okapi brochure");
        OfficeFiles.text(source.resolve("team/notes.txt"), "okapi notes");
        try (IndexFixture f = new IndexFixture(source.resolve("cfdata"), IndexFixture.testLimits())) {
            assertThat(f.dataDir.root()).startsWith(source);
            f.sources.add(source, List.of());
            IndexRunStats first = f.run();
            Files.writeString(f.dataDir.logsDir().resolve("collateral-finder.log"), "a log line");
            IndexRunStats second = f.run();

            assertThat(first.files()).isEqualTo(2);
            assertThat(second).extracting(IndexRunStats::files, IndexRunStats::added, IndexRunStats::failed,
                    IndexRunStats::unchanged).containsExactly(2, 0, 0, 2);
            assertThat(f.search.failedFiles(100)).isEmpty();
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(SkippedPath::path, SkippedPath::reason)
                    .containsExactly(Tuple.tuple(f.dataDir.root().toString(),
                            "Collateral Finder's own data folder, never indexed"));
        }
    }

    @Test
    void theTeamsFeedbackFolderInsideASourceIsNeverIndexed() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(source.resolve("brochure.txt"), "dugong brochure");
        Path team = Files.createDirectories(source.resolve("Team feedback"));
        OfficeFiles.text(team.resolve("dana.jsonl"), "{\"comment\": \"dugong deal closed\"}");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(source, List.of());
            run(f, Indexer.Options.defaults().withTeamFolders(List.of(team)));

            assertThat(f.names("dugong")).containsExactly("brochure.txt");
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(SkippedPath::reason)
                    .containsExactly("the team's feedback folder, never indexed");
        }
    }

    @Test
    void nestedSourcesCountEachFileOnceUnderTheInnerSource() throws IOException {
        Path outer = Files.createDirectories(tmp.resolve("share"));
        Path inner = Files.createDirectories(outer.resolve("Product"));
        OfficeFiles.text(outer.resolve("overview.txt"), "tapir overview");
        OfficeFiles.text(inner.resolve("sheet.txt"), "tapir sheet");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            // as a team's fixed list may have it (adding one by hand is refused)
            f.sources.replaceAll(List.of(new SourceRegistry.SourceFolder(outer.toString(), List.of()),
                    new SourceRegistry.SourceFolder(inner.toString(), List.of())));
            IndexRunStats first = f.run();
            IndexRunStats second = f.run();

            assertThat(first.files()).isEqualTo(2);
            assertThat(second).extracting(IndexRunStats::added, IndexRunStats::updated, IndexRunStats::unchanged)
                    .containsExactly(0, 0, 2);
            assertThat(f.query("tapir").hits()).extracting(SearchHit::fileName, SearchHit::source)
                    .containsExactlyInAnyOrder(Tuple.tuple("overview.txt", outer.toString()),
                            Tuple.tuple("sheet.txt", inner.toString()));
        }
    }

    /**
     * A run stopped while the folders are listed (the window's Stop, Ctrl+C) has seen part of the source only: the
     * files in the folders it did not get to are not gone, and none is removed.
     */
    @Test
    void aRunStoppedWhileTheFoldersAreListedRemovesNothing() throws IOException {
        Path source = shareOfEightNotesTwoInSub();
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(source, List.of());
            f.run();
            Cancellation stop = new Cancellation();
            Indexer.Options options = stoppedAsListed(source.resolve("sub"), stop);

            IndexRunStats stopped = new Indexer(f.index, f.extractor, options, f.dataDir.root())
                    .run(f.sources.list(), ProgressListener.NONE, stop);

            assertThat(stopped.removed()).isZero();
            assertThat(f.names("quokka")).hasSize(8).contains("one.txt", "two.txt");
            assertThat(f.run()).extracting(IndexRunStats::removed, IndexRunStats::unchanged).containsExactly(0, 8);
        }
    }

    /** Six notes in the share, two more in {@code sub/deeper}: all about "quokka". */
    private Path shareOfEightNotesTwoInSub() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("share"));
        for (int i = 0; i < 6; i++) {
            OfficeFiles.text(source.resolve("sheet-" + i + ".txt"), "quokka sheet " + i);
        }
        OfficeFiles.text(source.resolve("sub/deeper/one.txt"), "quokka one");
        OfficeFiles.text(source.resolve("sub/deeper/two.txt"), "quokka two");
        return source;
    }

    /** Options whose file system presses Stop as {@code folder} is listed. */
    private static Indexer.Options stoppedAsListed(Path folder, Cancellation stop) {
        FileSystemAccess stopping = new FileSystemAccess() {
            @Override
            public List<Entry> list(Path directory) throws IOException {
                if (directory.equals(folder)) {
                    stop.cancel();
                }
                return LOCAL.list(directory);
            }

            @Override
            public Entry stat(Path path) throws IOException {
                return LOCAL.stat(path);
            }
        };
        return Indexer.Options.defaults().withFileSystem(stopping,
                new Reachability(stopping, Duration.ofSeconds(3), Duration.ofSeconds(3)));
    }

    /** As {@link #aRunStoppedWhileTheFoldersAreListedRemovesNothing}, with the folders listed ahead while the index opens. */
    @Test
    void aRunStoppedWhileTheFoldersAreListedAheadRemovesNothing() throws IOException {
        Path source = shareOfEightNotesTwoInSub();
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(source, List.of());
            f.run();
            Cancellation stop = new Cancellation();
            Indexer.Options options = stoppedAsListed(source.resolve("sub"), stop);

            IndexRunStats stopped;
            try (EarlyListings listed = EarlyListings.start(f.sources.list(), options, f.dataDir.root(), stop)) {
                stopped = new Indexer(f.index, f.extractor, options, f.dataDir.root(), listed)
                        .run(f.sources.list(), ProgressListener.NONE, stop);
            }

            assertThat(stopped.removed()).isZero();
            assertThat(f.names("quokka")).hasSize(8).contains("one.txt", "two.txt");
            assertThat(f.run()).extracting(IndexRunStats::removed, IndexRunStats::unchanged).containsExactly(0, 8);
        }
    }

    /**
     * A share that could not be listed ahead (away while the index opened) keeps its files, though it answers when
     * the walk looks: the listing it has is of an unreachable folder, not of an empty one. And one listed ahead that
     * is away when the walk looks keeps them too (that listing is not used).
     */
    @Test
    void aShareAwayWhenListedAheadOrWhenWalkedKeepsItsFiles() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("share"));
        for (int i = 0; i < 4; i++) {
            OfficeFiles.text(source.resolve("deck-" + i + ".txt"), "numbat deck " + i);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(source, List.of());
            f.run();
            AtomicBoolean away = new AtomicBoolean(true);
            FileSystemAccess share = new FileSystemAccess() {
                @Override
                public List<Entry> list(Path directory) throws IOException {
                    if (away.get()) {
                        throw new IOException("Host is down");
                    }
                    return LOCAL.list(directory);
                }

                @Override
                public Entry stat(Path path) throws IOException {
                    if (away.get()) {
                        throw new IOException("Host is down");
                    }
                    return LOCAL.stat(path);
                }
            };
            Indexer.Options options = Indexer.Options.defaults().withFileSystem(share,
                    new Reachability(share, Duration.ofSeconds(3), Duration.ofSeconds(3)));
            Cancellation run = new Cancellation();

            try (EarlyListings listed = EarlyListings.start(f.sources.list(), options, f.dataDir.root(), run)) {
                SourceRegistry.SourceFolder folder = f.sources.list().getFirst();
                assertThat(listed.take(folder, source).orElseThrow().reachable()).isFalse(); // listed while away
                away.set(false);
                IndexRunStats walked = new Indexer(f.index, f.extractor, options, f.dataDir.root(), listed)
                        .run(f.sources.list(), ProgressListener.NONE, run);
                assertThat(walked).extracting(IndexRunStats::files, IndexRunStats::removed).containsExactly(4, 0);
            }
            try (EarlyListings listed = EarlyListings.start(f.sources.list(), options, f.dataDir.root(), run)) {
                assertThat(listed.take(f.sources.list().getFirst(), source).orElseThrow().files()).hasSize(4);
                away.set(true);
                IndexRunStats walked = new Indexer(f.index, f.extractor, options, f.dataDir.root(), listed)
                        .run(f.sources.list(), ProgressListener.NONE, run);
                assertThat(walked).extracting(IndexRunStats::files, IndexRunStats::removed).containsExactly(4, 0);
            }
            assertThat(f.names("numbat")).hasSize(4);
            assertThat(f.run()).extracting(IndexRunStats::removed, IndexRunStats::unchanged).containsExactly(0, 4);
        }
    }

    @Test
    void aFolderThatCannotBeListedKeepsItsDocumentsFlagged() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(source.resolve("open/brief.txt"), "serval brief");
        OfficeFiles.text(source.resolve("sub/one.txt"), "serval one");
        OfficeFiles.text(source.resolve("sub/deeper/two.txt"), "serval two");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(source, List.of());
            f.run();
            FileSystemAccess denied = new Unlistable(source.resolve("sub"));

            IndexRunStats stats = run(f, Indexer.Options.defaults().withFileSystem(denied, new Reachability(denied,
                    Duration.ofSeconds(3), Duration.ofSeconds(3))));

            assertThat(stats.removed()).isZero();
            assertThat(f.names("serval")).containsExactlyInAnyOrder("brief.txt", "one.txt", "two.txt");
            IndexReport report = IndexReport.read(f.dataDir.root());
            assertThat(report.skipped()).extracting(SkippedPath::path, SkippedPath::reason).containsExactly(
                    Tuple.tuple(source.resolve("sub").toString(), "no permission to read it"));
            IndexReport.SourceReport sourceReport = report.sources().getFirst();
            assertThat(sourceReport.kept()).isEqualTo(2);
            assertThat(sourceReport.note()).isEqualTo("1 folder could not be listed; its 2 indexed files are kept.");
        }
    }
}
