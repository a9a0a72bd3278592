package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retest 10, NEW 1: a {@code files-N} or {@code history} in the published folder that is a symbolic link made the
 * publisher delete Lucene-named files wherever the link led, outside the share. Neither the publisher nor a
 * laptop's copier ever lists, writes or deletes through a link.
 */
class PublishedLinksTest {

    @TempDir
    Path tmp;

    /** A folder outside the share holding files a publisher would delete in a folder of its own. */
    private Path victim(String name, String... files) throws IOException {
        Path victim = Files.createDirectories(tmp.resolve("outside").resolve(name));
        for (String f : files) {
            Files.writeString(victim.resolve(f), "data");
        }
        return victim;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A link last written five hours ago (as {@code touch -h -d '5 hours ago'}). */
    private static Path oldLink(Path link, Path to, Instant now) throws IOException {
        Files.createSymbolicLink(link, to);
        FileTime old = FileTime.from(now.minusSeconds(5 * 3600));
        Files.getFileAttributeView(link, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(old, old, null);
        return link;
    }

    private static TeamIndexPublisher twoHoursLater() {
        return new TeamIndexPublisher(TeamIndexPublisher.Options.defaults(),
                Clock.fixed(Instant.now().plusSeconds(2 * 3600), ZoneOffset.UTC));
    }

    @Test
    void aFilesFolderThatIsASymbolicLinkIsRefusedAndNothingItLeadsToIsDeleted() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Path published = team.share.resolve(".collateral-index");
            Path victim = victim("victim", "_0.si", "_0.cfs", "segments_3", "_0.si.partial");
            oldLink(published.resolve("files-9"), victim, Instant.now());

            assertThatThrownBy(() -> twoHoursLater().publish(team.publisher.index, team.share, published))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Cannot publish into " + published + ": its files-9 is a symbolic link, which a publisher "
                            + "never makes, and publishing deletes what older generations leave in its folders (never "
                            + "through a link, which may lead out of the share). Remove the link, or publish into an "
                            + "empty or new folder.");
            assertThat(names(victim)).containsExactly("_0.cfs", "_0.si", "_0.si.partial", "segments_3");
            assertThat(Files.isSymbolicLink(published.resolve("files-9"))).isTrue();
        }
    }

    @Test
    void aHistoryFolderOrAFileInAFilesFolderThatIsASymbolicLinkIsRefused() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Path published = team.share.resolve(".collateral-index");
            Path history = victim("history", "1.json", "7.json", "3.json.partial");
            Files.copy(published.resolve("history/1.json"), history.resolve("1.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path realHistory = Files.move(published.resolve("history"), tmp.resolve("history-moved"));
            Files.createSymbolicLink(published.resolve("history"), history);

            assertThatThrownBy(() -> twoHoursLater().publish(team.publisher.index, team.share, published))
                    .hasMessageStartingWith("Cannot publish into " + published + ": its history is a symbolic link");
            assertThat(names(history)).containsExactly("1.json", "3.json.partial", "7.json");

            Files.delete(published.resolve("history"));
            Files.move(realHistory, published.resolve("history"));
            Path file = victim("file", "_9.cfs").resolve("_9.cfs");
            Files.createSymbolicLink(published.resolve("files-1/_9.cfs"), file);
            assertThatThrownBy(() -> twoHoursLater().publish(team.publisher.index, team.share, published))
                    .hasMessageStartingWith("Cannot publish into " + published + ": its files-1/_9.cfs is a symbolic link");
            assertThat(file).hasContent("data");
        }
    }

    /** A link made after the folder was checked (between the check and the clean-up) is skipped, not followed. */
    @Test
    void theCleanUpNeverListsOrDeletesThroughALink() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Path published = team.share.resolve(".collateral-index");
            Path victim = victim("victim", "_0.si", "_0.cfs", "segments_3", "_0.si.partial");
            Instant later = Instant.now().plusSeconds(2 * 3600);
            oldLink(published.resolve("files-9"), victim, Instant.now());
            Path orphan = Files.createDirectories(published.resolve("files-8"));
            Files.writeString(orphan.resolve("_1.cfs.partial"), "left by a killed publisher");
            Files.setLastModifiedTime(orphan.resolve("_1.cfs.partial"), FileTime.from(Instant.now().minusSeconds(5 * 3600)));
            Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minusSeconds(5 * 3600)));

            new PublishedCleanUp(TeamIndexPublisher.Options.defaults(), Clock.fixed(later, ZoneOffset.UTC))
                    .cleanUp(new PublishedFolder(published), PublisherRecord.of(team.publisher.index.path()));

            assertThat(names(victim)).containsExactly("_0.cfs", "_0.si", "_0.si.partial", "segments_3");
            assertThat(names(published)).containsExactly("files-1", "files-9", "history", "manifest.json",
                    "publishing.lock"); // the real orphan folder went, the link stayed

            Path history = victim("history", "3.json.partial", "9.json.partial");
            Files.move(published.resolve("history"), tmp.resolve("history-moved"));
            Files.createSymbolicLink(published.resolve("history"), history);
            new PublishedCleanUp(TeamIndexPublisher.Options.defaults(), Clock.fixed(later, ZoneOffset.UTC))
                    .cleanUp(new PublishedFolder(published), PublisherRecord.of(team.publisher.index.path()));
            assertThat(names(history)).containsExactly("3.json.partial", "9.json.partial");
        }
    }

    @Test
    void aLaptopNeverWritesOrDeletesThroughALinkInItsCopyFolder() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Path home = laptop.index.copies().folderFor(team.laptopMount.toString());
            Path moved = Files.move(home.resolve("files-1"), tmp.resolve("outside-copy"));
            Files.createSymbolicLink(home.resolve("files-1"), moved);
            List<String> movedBefore = names(moved);
            Path victim = victim("victim", "_0.si", "_0.cfs", "segments_3");
            Files.createSymbolicLink(home.resolve("files-7"), victim);
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();

            TeamShare.Run run = TeamShare.index(laptop);

            assertThat(run.copied().notes()).isEmpty();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(2);
            assertThat(names(moved)).isEqualTo(movedBefore);
            assertThat(names(victim)).containsExactly("_0.cfs", "_0.si", "segments_3");
            assertThat(Files.isDirectory(home.resolve("files-1"), LinkOption.NOFOLLOW_LINKS)).isTrue();
            assertThat(laptop.query("zeppelin").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/onboarding.txt").toString());
        }
    }
}
