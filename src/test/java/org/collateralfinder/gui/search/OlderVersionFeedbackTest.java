package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window test 9, New 2: a plain search folded the file two reps said "Didn't land" on under its newer version, and
 * the row showed none of it, nor did the Feedback filters. The row keeps the newest version and says what its older
 * version carries; the Feedback filters count rows, a row under the tags of any file folded into it.
 */
class OlderVersionFeedbackTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();


    @Test
    void theNewestVersionsRowSaysWhatItsOlderVersionCarriesAndTheFiltersCountTheRowUnderItsTags() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("my corpus"));
        Path old = Files.writeString(folder.resolve("pricing-deck-2026.txt"), "Pricing Deck 2026: volume tiers.");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-11-01T10:00:00Z")));
        Path newer = Files.writeString(folder.resolve("pricing-deck-2026-v2.txt"),
                "Pricing Deck 2026 (revised): clearer volume tiers.");
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
        FeedbackStore feedback = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "rep");
        for (String rep : List.of("alice", "bob")) {
            feedback.repository().add(FeedbackEntry.create(ContentHasher.hash(old), old.toString(), rep,
                    List.of(FeedbackTags.DIDNT_LAND), null, null, null, null));
        }
        try (TestIndex index = TestIndex.ofFolder(folder, temp.resolve("index"))) {
            SearchService search = new SearchService(index.index,
                    new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
            SearchViewModel vm = new SearchViewModel(() -> search, new SourceAvailability(
                    () -> List.of(new SourceRegistry.SourceFolder(folder.toString(), List.of())), Set::of,
                    new Reachability(), 1_000), path -> false, NoSuggestions.NONE,
                    new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());

            vm.queryProperty().set("pricing");

            assertThat(vm.results()).singleElement().satisfies(row -> {
                assertThat(row.hit().path()).isEqualTo(newer.toString());
                assertThat(row.hit().versions()).containsExactly(old.toString());
                assertThat(row.feedback().isEmpty()).isTrue();
                assertThat(row.olderFeedback()).containsOnlyKeys(old.toString());
                assertThat(row.olderFeedback().get(old.toString()).tagCount(FeedbackTags.DIDNT_LAND)).isEqualTo(2);
            });
            assertThat(feedbackOptions(vm)).containsExactly("didn't land 1");
            assertThat(feedbackGroup(vm).note()).isEqualTo("Counts rows: a row counts when its file, or a copy or "
                    + "version listed under it, has the feedback.");

            // the filter finds the file the reps said it of, its newer version listed with it
            vm.toggleFilter(FeedbackFacets.TAG, FeedbackTags.DIDNT_LAND, "Didn't land");
            assertThat(vm.results()).singleElement().satisfies(row -> {
                assertThat(row.hit().path()).isEqualTo(old.toString());
                assertThat(row.hit().newerVersions()).containsExactly(newer.toString());
            });
            assertThat(feedbackOptions(vm)).containsExactly("didn't land 1");
            vm.toggleFilter(FeedbackFacets.TAG, FeedbackTags.DIDNT_LAND, "Didn't land");

            // the newer version tagged too: still one row, counted once under each tag
            feedback.repository().add(FeedbackEntry.create(ContentHasher.hash(newer), newer.toString(), "carol",
                    List.of(FeedbackTags.DIDNT_LAND, FeedbackTags.WORKED), null, null, null, null));
            vm.refresh();
            assertThat(vm.results()).extracting(i -> i.hit().path()).containsExactly(newer.toString());
            assertThat(feedbackOptions(vm)).containsExactly("worked 1", "didn't land 1");
        }
        feedback.close();
        assertThat(errors).isEmpty();
    }

    private static FacetGroup feedbackGroup(SearchViewModel vm) {
        return vm.facets().stream().filter(g -> g.dimension().equals(FeedbackFacets.TAG)).findFirst().orElseThrow();
    }

    private static List<String> feedbackOptions(SearchViewModel vm) {
        return feedbackGroup(vm).options().stream().map(o -> o.value() + " " + o.count()).toList();
    }
}
