package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a team index may be published, and that a publication inside a share is never read as documents. */
class PublishTargetTest {

    @TempDir
    Path tmp;

    @Test
    void aPublicationInsideTheShareIsIndexedNeitherByItsPublisherNorByALaptopCrawlingTheShare() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            Path to = team.share.resolve("published"); // not the usual name: recognised by what it holds
            TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults());
            team.publisher.run();
            TeamIndexPublisher.Result first = publisher.publish(team.publisher.index, team.share, to);
            IndexRunStats rerun = team.publisher.run();
            TeamIndexPublisher.Result second = publisher.publish(team.publisher.index, team.share, to);
            assertThat(List.of(first.documents(), rerun.files(), rerun.added(), second.documents()))
                    .containsExactly(10, 10, 0, 10);
            assertThat(second.published()).isFalse();

            IndexRunStats crawled = laptop.run(); // the share has no .collateral-index: the laptop reads the files
            assertThat(List.of(crawled.files(), crawled.added())).containsExactly(10, 10);
            assertThat(laptop.query("path:published").hits()).isEmpty();
            assertThat(laptop.query("path:history").hits()).isEmpty();
        }
    }

    /** Retest 9, NEW B: publishing into the team feedback folder's name took it from the team. */
    @Test
    void aTeamFeedbackFolderIsRefusedByItsNameOrItsMarkerAndNothingIsMade() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            Path named = team.share.resolve(".collateral-feedback");
            Path marked = Files.createDirectories(tmp.resolve("team-folder"));
            Files.writeString(marked.resolve(".collateral-finder-team"), "team feedback\n");
            TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults());
            team.publisher.run();

            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, named))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Cannot publish into " + named + ": .collateral-feedback is the name of the team's "
                            + "feedback folder, which a team index would take from the team. Publish into the share's "
                            + ".collateral-index, or a new folder of another name.");
            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, marked))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Cannot publish into " + marked + ": it is a team feedback folder (it holds "
                            + ".collateral-finder-team), which a team index would take from the team. Publish into the "
                            + "share's .collateral-index, or a new folder of another name.");
            assertThat(Files.exists(named)).isFalse();
            try (Stream<Path> entries = Files.list(marked)) {
                assertThat(entries.map(p -> p.getFileName().toString()).toList())
                        .containsExactly(".collateral-finder-team");
            }
        }
    }

    /**
     * Retest 10, NEW 6: a folder inside a team feedback folder (by its name in any letter case, or by the marker of a
     * folder above it) was accepted, and the text of every file then lay in the reps' feedback folder.
     */
    @Test
    void aFolderInsideATeamFeedbackFolderIsRefusedLikeTheFolderItself() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            Path inNamed = Files.createDirectories(team.share.resolve(".collateral-feedback/subdir"));
            Path otherCase = team.share.resolve(".Collateral-Feedback");
            Path marked = Files.createDirectories(tmp.resolve("team-folder"));
            Files.writeString(marked.resolve(".collateral-finder-team"), "team feedback\n");
            Path inMarked = marked.resolve("sub2");
            TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults());
            team.publisher.run();
            String end = ", which a team index would take from the team. Publish into the share's .collateral-index, or a "
                    + "new folder of another name.";

            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, inNamed))
                    .hasMessage("Cannot publish into " + inNamed + ": it is inside " + inNamed.getParent() + ", and "
                            + ".collateral-feedback is the name of the team's feedback folder" + end);
            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, otherCase))
                    .hasMessage("Cannot publish into " + otherCase + ": .Collateral-Feedback is the name of the team's "
                            + "feedback folder" + end);
            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, inMarked))
                    .hasMessage("Cannot publish into " + inMarked + ": it is inside the team feedback folder " + marked
                            + " (which holds .collateral-finder-team)" + end);
            assertThat(List.of(Files.exists(inMarked), Files.exists(otherCase), Files.exists(inNamed.resolve("manifest.json"))))
                    .containsExactly(false, false, false);
        }
    }

    /** Retest 10, NEW 6: {@code --to} a published index's {@code files-N} said a Lucene file "is not part of a team index". */
    @Test
    void theFilesFolderOfAPublishedIndexIsRefusedNamingTheFolderToPublishInto() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Path published = team.share.resolve(".collateral-index");
            Path files = published.resolve("files-1");

            assertThatThrownBy(() -> new TeamIndexPublisher(TeamIndexPublisher.Options.defaults())
                    .publish(team.publisher.index, team.share, files))
                    .hasMessage("Cannot publish into " + files + ": it is the files folder of the team index published in "
                            + published + ". Publish into " + published + " itself, the folder holding manifest.json.");
        }
    }

    /** Retest 9, NEW C: publishing into the share itself read as if the share held a foreign file. */
    @Test
    void theShareItselfOrAFolderHoldingItIsRefusedAsSuchAndNothingIsWritten() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            TeamIndexPublisher publisher = new TeamIndexPublisher(TeamIndexPublisher.Options.defaults());
            team.publisher.run();
            List<Path> before = listed(team.share.getParent());

            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, team.share))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Cannot publish into " + team.share + ": it is the shared folder itself, and publishing "
                            + "deletes what older generations leave in the folder it publishes into. Publish into the "
                            + "share's .collateral-index (leave out --to), or an empty or new folder.");
            Path parent = team.share.getParent();
            assertThatThrownBy(() -> publisher.publish(team.publisher.index, team.share, parent))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("Cannot publish into " + parent + ": it holds the shared folder " + team.share
                            + ", and publishing deletes what older generations leave in the folder it publishes into. "
                            + "Publish into the share's .collateral-index (leave out --to), or an empty or new folder.");
            assertThat(listed(team.share.getParent())).isEqualTo(before);
        }
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    @Test
    void aSecondPublisherIntoTheSameFolderIsRefusedWithASentenceAndTheGenerationStays() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Path target = TeamIndexPublisher.defaultTarget(team.share);
            OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2025-04-02T09:00:00Z");
            team.publisher.run();
            try (FileChannel other = FileChannel.open(target.resolve("publishing.lock"), StandardOpenOption.WRITE);
                 FileLock held = other.lock()) {
                assertThatThrownBy(() -> new TeamIndexPublisher(TeamIndexPublisher.Options.defaults())
                        .publish(team.publisher.index, team.share, target))
                        .isInstanceOf(CollateralException.class)
                        .hasMessage("Another publisher is publishing into " + target + " right now; nothing was "
                                + "published. Publish each share from one place only (the next run publishes this change).");
            }
            assertThat(Manifest.read(target.resolve("manifest.json")).generation()).isEqualTo(1);
            assertThat(team.publish().generation()).isEqualTo(2);
        }
    }
}
