package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.NearIdenticalStory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's type filters count the rows the list shows when that type is chosen (issue 19, item 6; outside test
 * F2): a deck, its PDF export and two texts of one story are one row, and still one row under each of their types.
 */
class TypeFilterCountsTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Marketing"));
        NearIdenticalStory.write(src);
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void eachTypeCountsTheRowsShownWhenItIsChosen() {
        List<UserError> errors = new ArrayList<>();
        SourceAvailability availability = new SourceAvailability(
                () -> List.of(new SourceRegistry.SourceFolder(src.toString(), List.of())), Set::of, new Reachability(), 1_000);
        SearchViewModel vm = new SearchViewModel(() -> f.search, availability, path -> false, NoSuggestions.NONE,
                new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
        vm.queryProperty().set(NearIdenticalStory.QUERY);
        assertThat(vm.results()).extracting(i -> i.hit().fileName())
                .containsExactly("contoso-story-edited.txt", "Fabrikam Case Study.txt");
        List<FacetGroup.Option> types = typeOptions(vm);
        assertThat(types).containsExactly(new FacetGroup.Option("text", "Text", 2, false),
                new FacetGroup.Option("pdf", "PDF", 1, false), new FacetGroup.Option("presentation", "Presentation", 1, false));

        for (FacetGroup.Option type : types) {
            vm.toggleFilter("type", type.value(), type.label());
            assertThat(vm.results()).as(type.label()).hasSize((int) type.count());
            // the chosen type and the others keep their counts
            assertThat(typeOptions(vm)).extracting(FacetGroup.Option::count).as(type.label())
                    .containsExactly(2L, 1L, 1L);
            vm.toggleFilter("type", type.value(), type.label());
        }
        assertThat(errors).isEmpty();
    }

    /**
     * The Feedback filters count rows as the type filters do: the story's two near-identical texts are one row, so
     * "Worked" on both of them is one row, and choosing it lists one.
     */
    @Test
    void theFeedbackFiltersCountNearIdenticalFilesAsTheOneRowTheyAre() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (FeedbackStore store = FeedbackStore.openInBackground(tmp.resolve("feedback"), Runnable::run, "rep")) {
            SearchService service = new SearchService(f.index, new FeedbackFilters(store::repository,
                    store::repositoryIfOpen));
            SearchViewModel vm = new SearchViewModel(() -> service, new SourceAvailability(
                    () -> List.of(new SourceRegistry.SourceFolder(src.toString(), List.of())), Set::of, new Reachability(),
                    1_000), path -> false, NoSuggestions.NONE, new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            for (String name : List.of("Stories/Contoso Case Study.txt", "Web/contoso-story-edited.txt")) {
                Path file = src.resolve(name);
                store.repository().add(FeedbackEntry.create(ContentHasher.hash(file), file.toString(), "ana",
                        List.of(FeedbackTags.WORKED), null, null, null, null));
            }
            vm.queryProperty().set(NearIdenticalStory.QUERY);
            assertThat(vm.results()).extracting(i -> i.hit().fileName())
                    .containsExactly("contoso-story-edited.txt", "Fabrikam Case Study.txt");
            FacetGroup feedback = vm.facets().stream().filter(g -> g.title().equals("Feedback")).findFirst()
                    .orElseThrow();
            assertThat(feedback.options()).containsExactly(new FacetGroup.Option(FeedbackTags.WORKED, "Worked", 1, false));

            vm.toggleFilter(FeedbackFacets.TAG, FeedbackTags.WORKED, "Worked");
            assertThat(vm.results()).extracting(i -> i.hit().fileName()).containsExactly("contoso-story-edited.txt");
        }
        assertThat(errors).isEmpty();
    }

    private static List<FacetGroup.Option> typeOptions(SearchViewModel vm) {
        return vm.facets().stream().filter(g -> g.dimension().equals("type")).findFirst().orElseThrow().options();
    }
}
