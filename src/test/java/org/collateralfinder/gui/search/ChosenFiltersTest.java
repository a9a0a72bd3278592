package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.collateralfinder.feedback.FeedbackTags;
import org.junit.jupiter.api.Test;

/** The chosen filters as chips and as the search request's filters; plain state, no toolkit. */
class ChosenFiltersTest {

    private final ChosenFilters filters = new ChosenFilters();

    @Test
    void chipsShowMoreLikeThisFirstThenTheValuesInTheOrderChosen() {
        filters.toggle("type", "pdf", "PDF");
        filters.toggle("source", "/shares/marketing", "marketing");
        filters.toggle("type", "presentation", "Presentation");
        filters.like("/shares/marketing/deck.pptx", "Deck");

        assertThat(filters.chips()).containsExactly(
                new ActiveFilter(ChosenFilters.LIKE, "/shares/marketing/deck.pptx", "Like “Deck”"),
                new ActiveFilter("type", "pdf", "PDF"),
                new ActiveFilter("type", "presentation", "Presentation"),
                new ActiveFilter("source", "/shares/marketing", "marketing"));
    }

    @Test
    void choosingAValueAgainOrRemovingItsChipUnselectsIt() {
        filters.toggle("type", "pdf", "PDF");
        filters.toggle("type", "pdf", "PDF");
        assertThat(filters.isEmpty()).isTrue();

        filters.toggle("type", "pdf", "PDF");
        filters.like("/a.txt", "A");
        filters.remove(new ActiveFilter("type", "pdf", "PDF"));
        assertThat(filters.hasValues()).isFalse();
        assertThat(filters.isEmpty()).isFalse();

        filters.remove(filters.chips().getFirst());
        assertThat(filters.likePath()).isNull();
        assertThat(filters.isEmpty()).isTrue();
    }

    @Test
    void feedbackValuesAreKeptApartFromWhatTheIndexFiltersOn() {
        filters.toggle("type", "pdf", "PDF");
        filters.toggle(FeedbackFacets.TAG, FeedbackTags.WORKED, "Worked");
        filters.toggle(FeedbackFacets.RATING, "4", "★ 4 and up");

        assertThat(filters.indexFilters()).isEqualTo(Map.of("type", List.of("pdf")));
        assertThat(filters.feedbackFilters()).isEqualTo(Map.of(FeedbackFacets.TAG, List.of(FeedbackTags.WORKED),
                FeedbackFacets.RATING, List.of("4")));

        filters.clear();
        assertThat(filters.indexFilters()).isEmpty();
        assertThat(filters.feedbackFilters()).isEmpty();
        assertThat(filters.chips()).isEmpty();
    }
}
