package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.CopiedIndex;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.index.Schema;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.ChildJvm;
import org.collateralfinder.testing.IndexFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publisher in a child JVM publishes 20 generations of a changing share and is killed with SIGKILL at
 * points drawn from a seeded schedule (while indexing, while writing files, around the manifest, while
 * cleaning up), then restarted where it stopped; meanwhile a laptop copies the team index in a loop, with
 * old generations deleted as soon as they are replaced. Every time the laptop searches its copy, the copy
 * passes Lucene's full checksum check and holds exactly the share as it was after some round, never an
 * older one than before; in the end it holds the last generation.
 */
class TeamIndexCrashTest {

    /** Publications; {@code -Dcollateralfinder.teamindex.rounds=200} makes the longer run the README quotes. */
    private static final int ROUNDS = Integer.getInteger("collateralfinder.teamindex.rounds", 20);
    private static final int BASE_FILES = 10;
    private static final long SEED = 20261205L;
    private static final Pattern ROUND_FILE = Pattern.compile("round-(\\d+)\\.txt");

    @TempDir
    Path tmp;

    /**
     * Publishes rounds {@code args[2]} to {@code args[3]} of the share {@code args[1]} from the data folder
     * {@code args[0]}, printing each step; generations are deleted as soon as they are replaced.
     */
    public static final class PublishRounds {
        public static void main(String[] args) throws IOException {
            DataDirectory dir = DataDirectory.open(Path.of(args[0]));
            Path share = Path.of(args[1]);
            List<SourceRegistry.SourceFolder> sources = TeamIndexPublisher.sourcesFor(new SourceRegistry(dir.sourcesFile()), share);
            TeamIndexPublisher publisher = new TeamIndexPublisher(new TeamIndexPublisher.Options(0, Duration.ZERO));
            try (IndexService index = IndexService.openForWriting(dir.indexDir());
                 IsolatedExtractor extractor = new IsolatedExtractor(IndexFixture.testLimits(), null)) {
                for (int round = Integer.parseInt(args[2]); round <= Integer.parseInt(args[3]); round++) {
                    say("ROUND " + round);
                    writeRound(share, round);
                    new Indexer(index, extractor, Indexer.Options.defaults(), dir.root())
                            .run(sources, ProgressListener.NONE, Cancellation.none());
                    say("PUBLISHING " + round);
                    int r0 = round;
                    TeamIndexPublisher.Result r = publisher.publish(index, share, TeamIndexPublisher.defaultTarget(share),
                            step -> say("STEP " + r0 + " " + step.current()));
                    say("PUBLISHED " + round + " " + r.generation());
                }
            }
        }

        private static void say(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

    /** The share after {@code round}: the base files (one rewritten each round) and one new file per round. */
    static void writeRound(Path share, int round) throws IOException {
        Files.createDirectories(share);
        if (round == 0) {
            for (int i = 0; i < BASE_FILES; i++) {
                write(share.resolve("base-" + i + ".txt"), baseText(i, 0), 0);
            }
            return;
        }
        write(share.resolve("round-" + round + ".txt"), "Round " + round + " adds this file. " + words(round, 300), round);
        write(share.resolve("base-" + round % BASE_FILES + ".txt"), baseText(round % BASE_FILES, round), round);
    }

    private static String baseText(int file, int round) {
        return "Base file " + file + " as of marker" + round + ". " + words(file * 1000 + round, 400);
    }

    /** The base file's text the share holds after {@code round}. */
    private static String baseTextAfter(int file, int round) {
        int last = 0;
        for (int r = 1; r <= round; r++) {
            if (r % BASE_FILES == file) {
                last = r;
            }
        }
        return baseText(file, last);
    }

    private static String words(int seed, int count) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("word").append(random.nextInt(3_000)).append(' ');
        }
        return text.toString();
    }

    private static void write(Path file, String text, int round) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * round)));
    }

    /** Where in a round the child is killed: right after it said it reached that point. */
    private record Kill(int round, String point) {
    }

    /**
     * The points: while indexing, after the first or the fourth index file written, after this generation's
     * manifest went into {@code history/} (not yet published), after {@code manifest.json} (while cleaning up).
     */
    private static final List<String> POINTS = List.of("indexing", "file 1", "file 4", "history", "manifest");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a hung child; about a minute on a quiet machine
    void aPublisherKilledAtRandomPointsNeverExposesABrokenIndexAndTheLaptopEndsAtTheLastGeneration() throws Exception {
        Path share = tmp.resolve("fileserver/marketing");
        writeRound(share, 0);
        Path mount = Files.createSymbolicLink(tmp.resolve("laptop-mount"), share);
        Random random = new Random(SEED);
        List<Kill> kills = new ArrayList<>();
        for (int round = 2; round < ROUNDS; round += 2 + random.nextInt(3)) {
            kills.add(new Kill(round, POINTS.get(random.nextInt(POINTS.size()))));
        }

        DataDirectory laptopDir = DataDirectory.open(tmp.resolve("laptop"));
        SourceRegistry laptopSources = new SourceRegistry(laptopDir.sourcesFile());
        laptopSources.add(mount, List.of());
        AtomicBoolean publisherDone = new AtomicBoolean();
        List<String> landed = new ArrayList<>();
        Laptop laptop;
        try (IndexService laptopIndex = IndexService.openForWriting(laptopDir.indexDir())) {
            laptop = new Laptop(laptopIndex, laptopSources, mount);
            CompletableFuture<Void> copying = CompletableFuture.runAsync(() -> {
                while (!publisherDone.get()) {
                    laptop.copyAndCheck();
                    LockSupport.parkNanos(20_000_000);
                }
            });
            try {
                int next = 1;
                for (Kill kill : kills) {
                    Process child = publisher(share, next);
                    BufferedReader out = ChildJvm.stdout(child);
                    int published = next - 1;
                    int filesWritten = 0;
                    String at = "the end";
                    for (String line; (line = out.readLine()) != null; ) {
                        String[] words = line.split(" ");
                        if (words[0].equals("PUBLISHED")) {
                            published = Integer.parseInt(words[1]);
                        }
                        boolean thisRound = words.length > 1 && words[1].equals(Integer.toString(kill.round()));
                        boolean pastIt = words.length > 1 && words[1].matches("\\d+") && Integer.parseInt(words[1]) > kill.round();
                        String step = words[0].equals("STEP") ? words[2] : words[0];
                        if (thisRound && step.startsWith(PublishedFolder.FILES)) {
                            filesWritten++;
                        }
                        boolean reached = thisRound && switch (kill.point()) {
                            case "indexing" -> step.equals("ROUND");
                            case "history" -> step.startsWith(PublishedFolder.HISTORY + "/");
                            case "manifest" -> step.equals(PublishedFolder.MANIFEST);
                            default -> step.startsWith(PublishedFolder.FILES)
                                    && filesWritten == Integer.parseInt(kill.point().substring("file ".length()));
                        };
                        if (reached || pastIt) {
                            at = line;
                            break;
                        }
                    }
                    child.destroyForcibly(); // SIGKILL
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    landed.add(kill + " after \"" + at + "\": published generation " + currentGeneration(share) + ", "
                            + unpublishedFiles(share) + " files written for the next one");
                    System.out.println(LocalTime.now() + " kill " + landed.getLast());
                    next = published + 1;
                }
                Process last = publisher(share, next);
                ChildJvm.awaitLine(ChildJvm.stdout(last), "PUBLISHED " + ROUNDS);
                assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(last.exitValue()).isZero();
            } finally {
                publisherDone.set(true);
                copying.get(120, TimeUnit.SECONDS); // the laptop is done with its index before it is closed
            }

            laptop.copyAndCheck();
            Manifest finalManifest = Manifest.read(share.resolve(".collateral-index/manifest.json"));
            CopiedIndex copy = laptopIndex.copies().get(mount.toString()).orElseThrow();
            assertThat(copy.generation()).isEqualTo(finalManifest.generation());
            laptop.lastGeneration = 0;
            laptop.copyAndCheck(); // the final generation, checked whole once more
            assertThat(laptop.lastRound).isEqualTo(ROUNDS);
        }
        System.out.printf("%d publications, %d kills; the laptop copied and searched %d generations, checking each "
                + "whole (%d copies found files replaced under them and kept the generation they had)%n", ROUNDS,
                kills.size(), laptop.checks, laptop.interrupted);
        assertThat(laptop.checks).isPositive();
        try (Stream<Path> left = Files.walk(share.resolve(".collateral-index"))) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(PublishedFolder.PARTIAL)))
                    .as("files half written by killed publishers are cleaned up").isEmpty();
        }
    }

    /**
     * Starts the publisher at {@code round}, in a JVM that starts quickly (the C1 compiler only, a serial
     * collector): most of this test's time is JVMs starting.
     */
    private Process publisher(Path share, int round) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                PublishRounds.class.getName(), tmp.resolve("publisher").toString(), share.toString(),
                Integer.toString(round), Integer.toString(ROUNDS)));
        System.out.println(LocalTime.now() + " publisher started at round " + round);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Files in the published folder that the manifest does not list (written by a publisher killed before it). */
    private static long unpublishedFiles(Path share) throws IOException {
        Path root = share.resolve(".collateral-index");
        Manifest m;
        try {
            m = Manifest.read(root.resolve("manifest.json"));
        } catch (NoSuchFileException e) {
            return 0;
        }
        Set<String> listed = new HashSet<>();
        m.files().forEach(e -> listed.add(e.name()));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getParent().getFileName().toString().startsWith(PublishedFolder.FILES))
                    .filter(p -> !listed.contains(p.getFileName().toString())).count();
        }
    }

    private static long currentGeneration(Path share) {
        try {
            return Manifest.read(share.resolve(".collateral-index/manifest.json")).generation();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The laptop: copies, then searches what it copied and checks it is one whole round of the share. */
    private static final class Laptop {
        private final IndexService index;
        private final SourceRegistry sources;
        private final Path mount;
        private final TeamIndexCopier copier = new TeamIndexCopier(new Reachability());
        long lastGeneration;
        int lastRound = -1;
        int checks;
        int interrupted;

        Laptop(IndexService index, SourceRegistry sources, Path mount) {
            this.index = index;
            this.sources = sources;
            this.mount = mount;
        }

        void copyAndCheck() {
            TeamIndexCopier.Result r = copier.update(sources.list(), index, Cancellation.none());
            for (String note : r.notes()) {
                assertThat(note).endsWith("was replaced while it was being copied; the next run copies it."
                        + (lastGeneration == 0 ? " Its files are read from the share instead."
                        : " Generation " + lastGeneration + " of its team index stays in use."));
                interrupted++;
            }
            CopiedIndex copy = index.copies().get(mount.toString()).orElse(null);
            if (copy == null) {
                return;
            }
            assertThat(copy.generation()).isGreaterThanOrEqualTo(lastGeneration);
            if (copy.generation() == lastGeneration) {
                return; // checked when it was copied
            }
            lastGeneration = copy.generation();
            int round;
            try {
                round = checkOneRound();
            } catch (IOException e) {
                throw new AssertionError("the copy of generation " + copy.generation() + " could not be read", e);
            }
            assertThat(round).isGreaterThanOrEqualTo(lastRound);
            lastRound = round;
            checks++;
        }

        /** Verifies every file of what searches see, and returns the round of the share it holds. */
        private int checkOneRound() throws IOException {
            Map<String, String> texts = new TreeMap<>();
            IndexSearcher searcher = index.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                    Bits live = leaf.reader().getLiveDocs();
                    StoredFields stored = leaf.reader().storedFields();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            var d = stored.document(doc, Set.of(Schema.ID, Schema.BODY));
                            texts.put(d.get(Schema.ID), d.get(Schema.BODY));
                        }
                    }
                }
            } finally {
                index.release(searcher);
            }
            int round = 0;
            for (String id : texts.keySet()) {
                assertThat(id).startsWith(mount + "/");
                Matcher m = ROUND_FILE.matcher(Path.of(id).getFileName().toString());
                if (m.matches()) {
                    round = Math.max(round, Integer.parseInt(m.group(1)));
                }
            }
            Map<String, String> expected = new TreeMap<>();
            for (int i = 0; i < BASE_FILES; i++) {
                expected.put(mount.resolve("base-" + i + ".txt").toString(), baseTextAfter(i, round));
            }
            for (int r = 1; r <= round; r++) {
                expected.put(mount.resolve("round-" + r + ".txt").toString(), "Round " + r + " adds this file. " + words(r, 300));
            }
            assertThat(texts).as("the share after round %d", round).isEqualTo(expected);
            return round;
        }
    }
}
