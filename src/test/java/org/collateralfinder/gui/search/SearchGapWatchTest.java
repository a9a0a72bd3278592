package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** Which window searches count as found nothing: a run of typed queries is one search, told once it ends unused. */
class SearchGapWatchTest {

    private final List<String> told = new ArrayList<>();
    private final SearchGapWatch watch = new SearchGapWatch((query, nothing) -> told.add(query + (nothing ? " (nothing)" : "")));

    private void typed(String query, long total) {
        watch.answered(SearchRequest.of(query, 200), total);
    }

    @Test
    void aRunOfTypedQueriesIsOneSearchToldByItsLastQueryWhenAnotherBegins() {
        typed("pri", 12);
        typed("pricing", 4);
        typed("pricing shet", 0);
        typed("pricing she", 2);
        typed("pricing sheet", 0);
        assertThat(told).isEmpty();

        typed("battlecard", 1); // another search: the first ended

        assertThat(told).containsExactly("pricing sheet (nothing)");
        typed("", 30); // emptied: it ended too, its files unused
        assertThat(told).containsExactly("pricing sheet (nothing)", "battlecard");
    }

    @Test
    void aSearchWhoseFileWasUsedIsNotToldUnlessItsLastQueryFoundNothing() {
        typed("case study", 3);
        watch.used();
        typed("case study retail", 1);
        typed("onboarding", 2);
        watch.used();
        typed("onboarding checklist zzz", 0);
        typed("", 30);

        assertThat(told).containsExactly("onboarding checklist zzz (nothing)");
    }

    @Test
    void theQueryTheWindowOpensWithIsNoNewSearchUntilItChanges() {
        watch.restored("gdpr checklist");
        typed("gdpr checklist", 0);
        typed("", 30);
        assertThat(told).isEmpty();

        typed("gdpr checklist", 0); // typed again: a new search
        assertThat(watch.closing()).isEqualTo(new SearchGapWatch.Ended("gdpr checklist", true));
        assertThat(told).isEmpty(); // the closing thread counts it, not the sink
        assertThat(watch.closing()).isNull();
    }

    @Test
    void moreLikeThisEndsTheSearchAndIsNoSearchItself() {
        typed("globex", 1);
        watch.answered(SearchRequest.like("/share/battlecard.md", 200), 5);
        watch.used();
        typed("", 30);

        assertThat(told).containsExactly("globex");
    }
}
