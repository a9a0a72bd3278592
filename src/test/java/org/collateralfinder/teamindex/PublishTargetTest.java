package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
