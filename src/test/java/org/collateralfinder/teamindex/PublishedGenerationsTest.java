package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long older generations stay in the published folder (round 9, NEW G: every {@code files-N} folder seemed to
 * stay for ever): the one before the current always, any other for an hour after it was replaced, so a laptop
 * copying it finishes; then its files, and its {@code files-N} folder once no kept generation uses it, are deleted.
 * A laptop copying a generation while two newer ones are published finishes it, or, where the publisher deleted it
 * meanwhile, starts again from the newest and says so when it never caught up.
 */
class PublishedGenerationsTest {

    @TempDir
    Path tmp;

    /** The publisher's clock, moved by the test: when each generation is published, and how long ago one was replaced. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(String instant) {
            now = Instant.parse(instant);
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> filesOf(Path published, long generation) throws IOException {
        return Manifest.read(published.resolve("history/" + generation + ".json")).files().stream()
                .map(Manifest.Entry::name).sorted().toList();
    }

    /** The files any of these generations lists, each once, sorted. */
    private static List<String> filesOf(Path published, long... generations) throws IOException {
        List<String> all = new ArrayList<>();
        for (long g : generations) {
            all.addAll(filesOf(published, g));
        }
        return all.stream().distinct().sorted().toList();
    }

    private static long publish(TeamIndexPublisher publisher, IndexFixture index, TeamShare team) throws IOException {
        index.run();
        return publisher.publish(index.index, team.share, TeamIndexPublisher.defaultTarget(team.share)).generation();
    }

    @Test
    void olderGenerationsStayForAnHourAfterTheyWereReplacedThenTheirFilesAreDeleted() throws IOException {
        MovableClock clock = new MovableClock("2026-12-01T09:00:00Z");
        TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults(), clock);
        try (TeamShare team = new TeamShare(tmp, false)) {
            Path published = team.share.resolve(".collateral-index");
            List<Long> generations = new ArrayList<>();
            String[] animals = {"quokka", "wombat", "numbat", "bilby", "dingo"};
            for (int i = 0; i < animals.length; i++) {
                clock.set("2026-12-01T09:" + i + "0:00Z");
                OfficeFiles.text(team.share.resolve("Notes/" + animals[i] + ".txt"), "A " + animals[i] + " appears.",
                        "2026-11-30T09:00:00Z");
                generations.add(publish(publisher, team.publisher, team));
            }

            assertThat(generations).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(names(published.resolve("history")))
                    .containsExactly("1.json", "2.json", "3.json", "4.json", "5.json");

            clock.set("2026-12-01T10:15:00Z"); // 1 was replaced 65 minutes ago, 2 55 minutes ago
            assertThat(publisher.publish(team.publisher.index, team.share, published).deleted()).containsExactly(1L);

            assertThat(names(published.resolve("history"))).containsExactly("2.json", "3.json", "4.json", "5.json");
            assertThat(names(published.resolve("files-1"))).isEqualTo(filesOf(published, 2, 3, 4, 5));

            clock.set("2026-12-01T11:45:00Z"); // every generation but the current and the one before it is over an hour old
            TeamIndexPublisher.Result later = publisher.publish(team.publisher.index, team.share, published);

            assertThat(later.published()).isFalse();
            assertThat(List.of(later.deleted(), later.foreign())).containsExactly(List.of(2L, 3L), List.of());
            assertThat(names(published)).containsExactly("files-1", "history", "manifest.json", "publishing.lock");
            assertThat(names(published.resolve("history"))).containsExactly("4.json", "5.json");
            assertThat(names(published.resolve("files-1"))).isEqualTo(filesOf(published, 4, 5));
        }
    }

    /**
     * Re-test 13 (serious): a publisher from a new data folder (a rebuild, another machine) kept the older generations
     * for the hour, though one published by a version that followed links out of the share held private text. It
     * deletes at once every older generation it did not publish itself; its own stay for the hour.
     */
    @Test
    void aPublisherTakingOverFromAnotherDataFolderDeletesTheGenerationsItDidNotPublishAtOnce() throws IOException {
        MovableClock clock = new MovableClock("2026-12-01T09:00:00Z");
        TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults(), clock);
        try (TeamShare team = new TeamShare(tmp, false);
             IndexFixture second = new IndexFixture(tmp.resolve("publisher-2"), IndexFixture.testLimits())) {
            Path published = team.share.resolve(".collateral-index");
            TeamIndexPublisher.sourcesFor(second.sources, team.share);
            publish(publisher, team.publisher, team);
            clock.set("2026-12-01T09:10:00Z");
            OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2026-11-30T09:00:00Z");
            publish(publisher, team.publisher, team);
            clock.set("2026-12-01T09:20:00Z");

            second.run();
            TeamIndexPublisher.Result takenOver = publisher.publish(second.index, team.share, published);

            assertThat(takenOver.generation()).isEqualTo(3);
            assertThat(List.of(takenOver.deleted(), takenOver.foreign())).containsExactly(List.of(1L, 2L), List.of(1L, 2L));
            assertThat(names(published)).containsExactly("files-2", "history", "manifest.json", "publishing.lock");
            assertThat(names(published.resolve("history"))).containsExactly("3.json");

            clock.set("2026-12-01T09:30:00Z");
            OfficeFiles.text(team.share.resolve("Notes/newer.txt"), "A wombat appears.", "2026-11-30T10:00:00Z");
            assertThat(publish(publisher, second, team)).isEqualTo(4);
            clock.set("2026-12-01T09:40:00Z");
            OfficeFiles.text(team.share.resolve("Notes/newest.txt"), "A numbat appears.", "2026-11-30T11:00:00Z");
            assertThat(publish(publisher, second, team)).isEqualTo(5);

            assertThat(names(published.resolve("history"))).containsExactly("3.json", "4.json", "5.json");
            assertThat(names(published.resolve("files-2"))).isEqualTo(filesOf(published, 3, 4, 5));
        }
    }

    /**
     * What a publisher killed while writing a folder of its own leaves (retest 9, NEW A): {@code whole} of its
     * files written, the next one half ({@code .partial}), no manifest; the folder and its files last written at
     * {@code when}. {@code killed}'s files are those of a publication of it into a folder of the test's.
     */
    private Path killedWhileWriting(IndexFixture killed, TeamShare team, String folder, int whole, String when)
            throws IOException {
        Path scratch = tmp.resolve("scratch-" + folder);
        publish(new TeamIndexPublisher(TeamIndexPublisher.Options.defaults()), killed, team, scratch);
        List<String> written = filesOf(scratch, 1);
        Path left = Files.createDirectories(team.share.resolve(".collateral-index").resolve(folder));
        for (int i = 0; i <= whole; i++) {
            byte[] bytes = Files.readAllBytes(scratch.resolve("files-1").resolve(written.get(i)));
            Path file = i < whole ? left.resolve(written.get(i)) : left.resolve(written.get(i) + ".partial");
            Files.write(file, i < whole ? bytes : Arrays.copyOf(bytes, bytes.length / 2));
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse(when)));
        }
        Files.setLastModifiedTime(left, FileTime.from(Instant.parse(when)));
        return left;
    }

    private static long publish(TeamIndexPublisher publisher, IndexFixture index, TeamShare team, Path target)
            throws IOException {
        index.run();
        return publisher.publish(index.index, team.share, target).generation();
    }

    /** Retest 9, NEW A: the folder a killed publisher was writing stayed on the share for ever. */
    @Test
    void aFolderAKilledPublisherLeftIsDeletedOnceOlderThanTheHourNoGenerationNamingIt() throws IOException {
        MovableClock clock = new MovableClock("2026-12-01T09:00:00Z");
        TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults(), clock);
        try (TeamShare team = new TeamShare(tmp, false);
             IndexFixture killed = new IndexFixture(tmp.resolve("publisher-killed"), IndexFixture.testLimits())) {
            Path published = team.share.resolve(".collateral-index");
            TeamIndexPublisher.sourcesFor(killed.sources, team.share);
            assertThat(publish(publisher, team.publisher, team)).isEqualTo(1);
            killedWhileWriting(killed, team, "files-2", 3, "2026-12-01T09:05:00Z");
            clock.set("2026-12-01T09:30:00Z");
            OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2026-11-30T09:00:00Z");

            assertThat(publish(publisher, team.publisher, team)).isEqualTo(2);
            assertThat(names(published)).containsExactly("files-1", "files-2", "history", "manifest.json",
                    "publishing.lock"); // written 25 minutes ago: it may be another publisher's, still writing
            assertThat(names(published.resolve("files-2"))).hasSize(4);

            clock.set("2026-12-01T10:06:00Z"); // last written 61 minutes ago, and no manifest names it
            assertThat(publisher.publish(team.publisher.index, team.share, published).published()).isFalse();

            assertThat(names(published)).containsExactly("files-1", "history", "manifest.json", "publishing.lock");
            assertThat(names(published.resolve("files-1"))).isEqualTo(Stream.concat(filesOf(published, 1).stream(),
                    filesOf(published, 2).stream()).distinct().sorted().toList()); // both generations kept, whole
            assertThat(names(published.resolve("history"))).containsExactly("1.json", "2.json");
        }
    }

    /** Retest 9, NEW A: the next run of a killed publisher wrote a new folder beside the one it had half written. */
    @Test
    void theNextRunOfAKilledPublisherReusesTheFilesItWroteInItsFolder() throws IOException {
        MovableClock clock = new MovableClock("2026-12-01T09:00:00Z");
        TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults(), clock);
        try (TeamShare team = new TeamShare(tmp, false);
             IndexFixture killed = new IndexFixture(tmp.resolve("publisher-killed"), IndexFixture.testLimits())) {
            Path published = team.share.resolve(".collateral-index");
            TeamIndexPublisher.sourcesFor(killed.sources, team.share);
            assertThat(publish(publisher, team.publisher, team)).isEqualTo(1);
            killedWhileWriting(killed, team, "files-2", 3, "2026-12-01T09:05:00Z");
            clock.set("2026-12-01T09:10:00Z");

            killed.run();
            TeamIndexPublisher.Result rerun = publisher.publish(killed.index, team.share, published);

            assertThat(rerun.generation()).isEqualTo(2);
            assertThat(Manifest.read(published.resolve("manifest.json")).filesFolder()).isEqualTo("files-2");
            assertThat(rerun.filesPublished()).isEqualTo(filesOf(published, 2).size() - 3);
            // generation 1 was published from another data folder: deleted at once (re-test 13)
            assertThat(rerun.foreign()).containsExactly(1L);
            assertThat(names(published)).containsExactly("files-2", "history", "manifest.json", "publishing.lock");
            assertThat(names(published.resolve("files-2"))).isEqualTo(filesOf(published, 2));
        }
    }

    /** Sets or clears a file's immutable attribute (Linux, with the right to): it cannot be deleted meanwhile. */
    private static boolean immutable(Path file, boolean on) {
        try {
            Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return chattr.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Nearby: a file that could not be deleted (held open by a laptop, on Windows) left its folder for ever. */
    @Test
    void aFileThatCouldNotBeDeletedIsDeletedByTheNextPublicationWithItsFolder() throws IOException {
        TeamIndexPublisher hasty = new TeamIndexPublisher(new TeamIndexPublisher.Options(1, Duration.ZERO));
        try (TeamShare team = new TeamShare(tmp, false);
             IndexFixture second = new IndexFixture(tmp.resolve("publisher-2"), IndexFixture.testLimits())) {
            Path published = team.share.resolve(".collateral-index");
            TeamIndexPublisher.sourcesFor(second.sources, team.share);
            publish(hasty, team.publisher, team);
            Path held = published.resolve("files-1").resolve(filesOf(published, 1).getFirst());
            Assumptions.assumeTrue(immutable(held, true), "chattr +i works here (Linux, as root)");
            try {
                publish(hasty, second, team); // files-2
                OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2026-11-30T09:00:00Z");
                publish(hasty, second, team); // generation 1 is neither the current nor the one before it

                assertThat(names(published.resolve("files-1"))).containsExactly(held.getFileName().toString());
                assertThat(names(published.resolve("history"))).containsExactly("1.json", "2.json", "3.json");
            } finally {
                immutable(held, false);
            }
            assertThat(hasty.publish(second.index, team.share, published).published()).isFalse();

            assertThat(names(published)).containsExactly("files-2", "history", "manifest.json", "publishing.lock");
            assertThat(names(published.resolve("history"))).containsExactly("2.json", "3.json");
        }
    }

    /**
     * Re-test 13, finding 2: a laptop kept the files of the generation before after it swapped to a new one, until yet
     * another was copied; text the share no longer published stayed on the laptop. They go as soon as the new one is
     * searched, also while a search still holds the older one open (it keeps its answers until released).
     */
    @Test
    void aLaptopDeletesTheFilesOfTheGenerationBeforeAsSoonAsItSearchesTheNewOne() throws IOException {
        TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults());
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            Path published = TeamIndexPublisher.defaultTarget(team.share);
            OfficeFiles.text(team.share.resolve("Notes/pay.txt"), "The platypussecret salary table.", "2026-11-30T09:00:00Z");
            publish(publisher, team.publisher, team);
            TeamShare.index(laptop);
            Path copy = laptop.index.copies().folderFor(team.laptopMount.toString()).resolve("files-1");
            assertThat(names(copy)).isEqualTo(filesOf(published, 1));
            IndexSearcher held = laptop.index.acquire(); // the window's searcher, open on generation 1
            try {
                int heldDocuments = storedDocuments(held);
                Files.delete(team.share.resolve("Notes/pay.txt"));
                assertThat(publish(publisher, team.publisher, team)).isEqualTo(2);

                TeamShare.index(laptop);

                assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(2);
                assertThat(names(copy)).isEqualTo(filesOf(published, 2));
                assertThat(storedDocuments(held)).isEqualTo(heldDocuments); // still read, from the files deleted
            } finally {
                laptop.index.release(held);
            }
            assertThat(laptop.query("platypussecret").hits()).isEmpty();
        }
    }

    /** Reads every document's stored fields (from the files of the commits the searcher holds); how many. */
    private static int storedDocuments(IndexSearcher searcher) throws IOException {
        StoredFields stored = searcher.storedFields();
        int read = 0;
        for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
            stored.document(doc);
            read++;
        }
        return read;
    }

    @Test
    void aLaptopCopyingAGenerationWhileTwoNewerArePublishedFinishesItAndCopiesTheNewestAtTheNextRun() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            List<Long> meanwhile = new ArrayList<>();
            TeamIndexCopier copier = new TeamIndexCopier(new Reachability(), (manifest, name) -> {
                if (meanwhile.isEmpty()) { // the first file of generation 1 is copied: the publisher goes on
                    OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2026-11-30T09:00:00Z");
                    meanwhile.add(team.publish().generation());
                    OfficeFiles.text(team.share.resolve("Notes/newer.txt"), "A wombat appears.", "2026-11-30T10:00:00Z");
                    meanwhile.add(team.publish().generation());
                }
            });

            TeamIndexCopier.Result copied = copier.update(laptop.sources.list(), laptop.index, Cancellation.none());

            assertThat(meanwhile).containsExactly(2L, 3L);
            assertThat(copied.notes()).isEmpty();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(laptop.query("fabrikam forty").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Case study Fabrikam.txt").toString());

            TeamShare.Run next = TeamShare.index(laptop);
            assertThat(next.copied().notes()).isEmpty();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(3);
            assertThat(laptop.query("wombat").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/newer.txt").toString());
        }
    }

    @Test
    void aCopyWhoseGenerationIsDeletedUnderItStartsAgainFromTheNewestAndSaysSoWhenItNeverCatchesUp() throws IOException {
        // a publisher that deletes replaced generations at once: what a copy slower than the hour meets
        TeamIndexPublisher hasty = new TeamIndexPublisher(new TeamIndexPublisher.Options(0, Duration.ZERO));
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            Path target = TeamIndexPublisher.defaultTarget(team.share);
            publish(hasty, team.publisher, team);
            List<Long> attempts = new ArrayList<>();
            int[] edits = {0};
            TeamIndexCopier.FileCopied publishTwiceOnce = (manifest, name) -> {
                if (attempts.isEmpty()) {
                    attempts.add(manifest.generation());
                    for (int i = 0; i < 2; i++) {
                        OfficeFiles.text(team.share.resolve("Notes/edit-" + ++edits[0] + ".txt"), "Edit " + edits[0] + ".");
                        publish(hasty, team.publisher, team);
                    }
                }
            };

            TeamIndexCopier.Result caughtUp = new TeamIndexCopier(new Reachability(), publishTwiceOnce)
                    .update(laptop.sources.list(), laptop.index, Cancellation.none());

            assertThat(caughtUp.notes()).isEmpty();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(3);

            List<Long> seen = new ArrayList<>();
            TeamIndexCopier.FileCopied publishOnEveryAttempt = (manifest, name) -> {
                if (seen.isEmpty() || seen.getLast() != manifest.generation()) {
                    seen.add(manifest.generation());
                    OfficeFiles.text(team.share.resolve("Notes/edit-" + ++edits[0] + ".txt"), "Edit " + edits[0] + ".");
                    publish(hasty, team.publisher, team);
                }
            };
            OfficeFiles.text(team.share.resolve("Notes/edit-" + ++edits[0] + ".txt"), "Edit " + edits[0] + ".");
            publish(hasty, team.publisher, team); // generation 4, for the laptop to copy

            TeamIndexCopier.Result neverCaughtUp = new TeamIndexCopier(new Reachability(), publishOnEveryAttempt)
                    .update(laptop.sources.list(), laptop.index, Cancellation.none());

            assertThat(seen).containsExactly(4L, 5L, 6L);
            assertThat(neverCaughtUp.notes()).containsExactly("The team index on " + team.laptopMount + " was replaced "
                    + "while it was being copied; the next run copies it. Generation 3 of its team index stays in use.");
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(3);
            assertThat(Manifest.read(target.resolve("manifest.json")).generation()).isEqualTo(7);
            TeamShare.index(laptop);
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(7);
        }
    }
}
