package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retest 10, NEW 2: feedback given on a file at one mount point of the share (a rep whose laptop reaches it at
 * {@code share/}) was lost, once marketing edited the file in place and republished, on a laptop copying the team
 * index at another mount point (here {@code laptop-mount}, a symbolic link to the share): the entry's path is not
 * this laptop's, and the laptop never reads either content. It now tells the edit from the two generations it copied.
 */
class TeamIndexFeedbackTest {

    @TempDir
    Path tmp;

    @Test
    void feedbackGivenAtAnotherMountPointFollowsAFileEditedInPlaceAndRepublished() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            String here = team.laptopMount.resolve("Notes/onboarding.txt").toString();
            String before = laptop.query("onboarding checklist").hits().getFirst().contentHash();
            try (FeedbackDatabase db = FeedbackDatabase.open(laptop.dataDir)) {
                FeedbackRepository feedback = new FeedbackRepository(db);
                // given on the rep's laptop at its own mount point, and merged here by feedback sync
                feedback.add(FeedbackEntry.create(before, team.share.resolve("Notes/onboarding.txt").toString(), "carl",
                        List.of("worked"), null, null, null, null));
                OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding checklist, second edition: "
                        + "the zeppelin story.", "2025-04-01T09:00:00Z");
                team.publish();

                TeamShare.Run run = TeamShare.index(laptop);
                String after = laptop.query("zeppelin").hits().getFirst().contentHash();
                assertThat(run.changes().edited()).containsExactly(new EditedFile(here, before, after));
                assertThat(run.stats().updated()).isZero(); // the laptop read neither content
                feedback.recordChanges(run.changes()); // as `index` and the window do after a run

                SearchService ranked = new SearchService(laptop.index, new FeedbackFilters(feedback));
                assertThat(ranked.search(SearchRequest.of("tag:worked", 10)).hits()).extracting(SearchHit::path)
                        .containsExactly(here);
            }
        }
    }
}
