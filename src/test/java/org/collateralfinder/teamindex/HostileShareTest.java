package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retest 10, NEW 3 to 5: what a laptop (and the publisher) does with a published folder someone broke or made
 * hostile: a huge or endless {@code manifest.json} (a 3 GB sparse file) crashed both with OutOfMemoryError; a FIFO as
 * the manifest or as a file it lists hung the laptop's run for ever; a folder in place of a listed file gave a Lucene
 * memory-mapping message and miscounted what was copied. Each is now one sentence, the copy in use stays, and the
 * laptop's other sources are indexed.
 */
class HostileShareTest {

    @TempDir
    Path tmp;

    private static final String KEEPS = " Generation 1 of its team index stays in use.";

    /** A laptop searching generation 1 of the share's team index, with a folder of its own as a second source. */
    private IndexFixture laptopAtGenerationOne(TeamShare team) throws IOException {
        team.publish();
        IndexFixture laptop = team.laptop("laptop");
        TeamShare.index(laptop);
        return laptop;
    }

    /** A note added to the laptop's own folder, so the run shows it still indexes its other sources. */
    private void addOwnNote(IndexFixture laptop) throws IOException {
        Path mine = OfficeFiles.text(tmp.resolve("my-notes/call.txt"), "The quetzal customer called.", "2025-03-01T09:00:00Z");
        laptop.sources.add(mine.getParent(), List.of());
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
    }

    private void assertCopyKeptAndOwnFolderIndexed(IndexFixture laptop, TeamShare team, TeamShare.Run run) {
        assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
        assertThat(run.stats().added()).isEqualTo(1);
        assertThat(laptop.query("quetzal").hits()).extracting(SearchHit::path)
                .containsExactly(tmp.resolve("my-notes/call.txt").toString());
    }

    /** Re-test 11, finding 2: "could not be read: /share/.collateral-index/manifest.json" gave a path, not a reason. */
    @Test
    void aFileOfTheShareThatCannotBeReadIsExplainedNotJustNamed() {
        assertThat(TeamIndexCopier.reason(new AccessDeniedException("/share/.collateral-index/manifest.json")))
                .isEqualTo("permission denied: /share/.collateral-index/manifest.json");
        assertThat(TeamIndexCopier.reason(new NoSuchFileException("/share/.collateral-index/files-1/_0.fdm")))
                .isEqualTo("it does not exist: /share/.collateral-index/files-1/_0.fdm");
        assertThat(TeamIndexCopier.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }

    @Test
    void aHugeManifestIsRefusedWithASentenceByTheLaptopAndReplacedByThePublisher() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = laptopAtGenerationOne(team)) {
            Path manifest = team.share.resolve(".collateral-index/manifest.json");
            try (RandomAccessFile sparse = new RandomAccessFile(manifest.toFile(), "rw")) {
                sparse.setLength(3L << 30); // 3 GB, nearly all of it a hole
            }
            addOwnNote(laptop);

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its manifest is larger than 16 MB, far more than any team index manifest (one lists each Lucene "
                    + "file of the index in about 100 bytes: a few hundred files for a share of 100,000 documents)." + KEEPS);
            assertCopyKeptAndOwnFolderIndexed(laptop, team, run);

            TeamIndexPublisher.Result published = team.publish(); // the publisher's own file: written anew
            assertThat(List.of(published.generation(), Manifest.read(manifest).generation())).containsExactly(2L, 2L);
        }
    }

    @Test
    void aFifoAsTheManifestOrAsAFileItListsIsRefusedWithASentenceNeverOpened() throws Exception {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = laptopAtGenerationOne(team)) {
            Path published = team.share.resolve(".collateral-index");
            Path manifest = published.resolve("manifest.json");
            Path saved = Files.move(manifest, tmp.resolve("manifest-saved.json"));
            mkfifo(manifest);
            addOwnNote(laptop);

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its manifest is not a file but a FIFO, device or socket." + KEEPS);
            assertCopyKeptAndOwnFolderIndexed(laptop, team, run);

            Files.delete(manifest);
            Files.move(saved, manifest);
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            Manifest one = Manifest.read(manifest);
            team.publish();
            Manifest two = Manifest.read(manifest);
            Manifest.Entry listed = lastNewFile(one, two);
            Path file = published.resolve(two.filesFolder()).resolve(listed.name());
            Files.delete(file);
            mkfifo(file);

            TeamShare.Run second = TeamShare.index(laptop);
            assertThat(second.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be "
                    + "used: its file " + listed.name() + " is not a file but a FIFO, device or socket on the share." + KEEPS);
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
        }
    }

    @Test
    void aFolderInPlaceOfAListedFileOrOfTheManifestIsSaidSoAndWhatWasCopiedBeforeIsCounted() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = laptopAtGenerationOne(team)) {
            Path published = team.share.resolve(".collateral-index");
            Path manifest = published.resolve("manifest.json");
            Manifest one = Manifest.read(manifest);
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            Manifest two = Manifest.read(manifest);
            Manifest.Entry listed = lastNewFile(one, two);
            Path file = published.resolve(two.filesFolder()).resolve(listed.name());
            Files.delete(file);
            Files.createDirectory(file);
            List<Manifest.Entry> before = new ArrayList<>(two.files().stream().filter(e -> !one.files().contains(e))
                    .toList());
            before.remove(listed);
            before.removeLast(); // the segments file, copied last

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its file " + listed.name() + " is not a file but a folder on the share." + KEEPS);
            assertThat(List.of(run.copied().copiedFiles(), run.copied().copiedBytes())).containsExactly(before.size(),
                    before.stream().mapToLong(Manifest.Entry::size).sum());
            Path local = laptop.index.copies().folderFor(team.laptopMount.toString()).resolve(two.filesFolder());
            assertThat(local.resolve(listed.name() + ".copying")).doesNotExist();

            Files.delete(file);
            Files.move(manifest, tmp.resolve("manifest-saved.json"));
            Files.createDirectory(manifest);
            TeamShare.Run second = TeamShare.index(laptop);
            assertThat(second.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be "
                    + "used: its manifest is not a file but a folder." + KEEPS);
        }
    }

    /** The last file generation two has that generation one has not, the segments file left out. */
    private static Manifest.Entry lastNewFile(Manifest one, Manifest two) {
        List<Manifest.Entry> added = two.files().stream().filter(e -> !one.files().contains(e)
                && !e.name().equals(two.segmentsFile())).toList();
        assertThat(added.size()).isGreaterThan(1);
        return added.getLast();
    }
}
