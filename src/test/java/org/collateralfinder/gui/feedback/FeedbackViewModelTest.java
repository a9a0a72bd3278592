package org.collateralfinder.gui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.gui.common.UserError;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.SearchHit;
import org.junit.jupiter.api.Test;

class FeedbackViewModelTest {

    private final InMemoryFeedback store = new InMemoryFeedback();
    private final Map<String, FeedbackSummary> badges = new HashMap<>();
    private final List<UserError> errors = new ArrayList<>();
    private final FeedbackViewModel vm = new FeedbackViewModel(store, Runnable::run, Runnable::run,
            Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC), badges::put, errors::add);

    private static ResultItem item(String hash) {
        SearchHit hit = new SearchHit("/share/Deck.pptx", "Deck", "presentation", "pptx", "Deck.pptx", "/share", "/share",
                1f, "", Instant.EPOCH, 10, null, 3, hash, null, List.of(), List.of());
        return new ResultItem(hit, null, true);
    }

    @Test
    void savesATagInTwoClicksAndUpdatesTheBadge() {
        vm.show(item("abc"));
        assertThat(vm.canSaveBinding().get()).isFalse();

        vm.toggleTag(FeedbackTag.WORKED);
        vm.save();

        assertThat(vm.history()).singleElement().satisfies(e -> {
            assertThat(e.tags()).containsExactly(FeedbackTag.WORKED);
            assertThat(e.at()).isEqualTo(Instant.parse("2025-05-01T10:00:00Z"));
        });
        assertThat(badges.get("abc").tags()).containsEntry(FeedbackTag.WORKED, 1);
        assertThat(vm.tags()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Saved");
        assertThat(errors).isEmpty();
    }

    @Test
    void averagesRatingsAcrossEntries() {
        vm.show(item("abc"));
        vm.rate(4);
        vm.save();
        vm.rate(2);
        vm.commentProperty().set("Customer wanted newer numbers");
        vm.save();

        assertThat(badges.get("abc").averageRating()).isEqualTo(3.0);
        assertThat(vm.history()).hasSize(2);
    }

    @Test
    void aFileThatCouldNotBeReadTakesNoFeedback() {
        vm.show(item(null));
        vm.toggleTag(FeedbackTag.OUTDATED);

        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("could not be read");
    }
}
