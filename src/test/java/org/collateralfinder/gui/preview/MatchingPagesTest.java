package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.gui.search.Suggestions;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview opens on the slide where the search matched best and steps among the matching slides, over a
 * real index of a real deck and workbook (src/test/resources/pages), on synchronous executors, no toolkit.
 */
class MatchingPagesTest {

    @TempDir
    Path temp;

    record Window(SearchViewModel search, PreviewViewModel preview) {
    }

    static Window over(TestIndex index, SuggestionService suggestions, List<UserError> errors) {
        SearchViewModel search = new SearchViewModel(() -> index.search,
                new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(index.folder.toString(), List.of())),
                        Set::of, new Reachability(), 1_000),
                path -> false, Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                Debouncer.immediate());
        return new Window(search, new PreviewViewModel(search.selectedProperty(), search.shownRequestProperty(),
                () -> index.search, new RenderedPagePictures(300, 4), Runnable::run, Runnable::run, Runnable::run,
                path -> Optional.empty()));
    }

    private TestIndex deckAndWorkbook() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        for (String name : List.of("stress013.pptx", "SampleSS.xlsx")) {
            Files.copy(Path.of("src/test/resources/pages", name), folder.resolve(name));
        }
        return TestIndex.ofFolder(folder, temp.resolve("index"));
    }

    @Test
    void thePreviewOpensOnTheBestSlideAndStepsAmongTheMatchingOnes() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = deckAndWorkbook();
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Window window = over(index, suggestions, errors);
            PreviewViewModel preview = window.preview();
            MatchingPages pages = preview.matchingPages();

            window.search().queryProperty().set("formal definitions accuracy");

            assertThat(window.search().selectedProperty().get().hit().fileName()).isEqualTo("stress013.pptx");
            assertThat(pages.summaryProperty().get()).isEqualTo("slide 19 of 23 · slide 20 of 23 · slide 8 of 23");
            assertThat(preview.pageProperty().get()).isEqualTo(18);
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 19 of 23");
            List<Integer> matching = pages.pages().stream().map(PageHit::page).sorted().toList();
            // as you type, "accuracy" also finds the words it starts and "formal" its close spelling "format"; slide 8
            // ("Benchmark suite Common format Named measures") is third, and 13 matches, since passages stop at slides
            assertThat(matching).containsExactly(1, 7, 8, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23);

            pages.next();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 20 of 23");
            pages.next();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 21 of 23");
            pages.previous();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 20 of 23");
            preview.previousPage();
            preview.previousPage(); // turned by hand to slide 18, which matches: the previous matching one is 17
            pages.previous();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 17 of 23");
            preview.turnTo(22);
            pages.next(); // after the last, the first
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 1 of 23");
            pages.previous();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 23 of 23");
        }
        assertThat(errors).isEmpty();
    }

    /** A result row's page link: the preview opens on that page, whether the file is selected already or not. */
    @Test
    void thePreviewOpensOnTheMatchingPageARowAsksFor() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = deckAndWorkbook();
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Window window = over(index, suggestions, errors);
            PreviewViewModel preview = window.preview();
            window.search().queryProperty().set("formal definitions accuracy");
            String deck = window.search().selectedProperty().get().hit().path();
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 19 of 23");

            preview.matchingPages().openOn(deck, 8); // the row's third page link, its file shown
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 8 of 23");

            ResultItem workbook = window.search().results().stream()
                    .filter(r -> r.hit().fileName().equals("SampleSS.xlsx")).findFirst().orElse(null);
            window.search().select(null);
            preview.matchingPages().openOn(deck, 20); // asked before the file is selected: once its pages are found
            window.search().select(window.search().results().getFirst());
            assertThat(preview.pageLabelProperty().get()).isEqualTo("Slide 20 of 23");
            assertThat(workbook).isNull(); // the workbook does not match these words
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aWorkbookShownAsTextOpensOnTheBestSheetsMatch() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = deckAndWorkbook();
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Window window = over(index, suggestions, errors);
            PreviewViewModel preview = window.preview();

            window.search().queryProperty().set("bold sheet");

            assertThat(window.search().selectedProperty().get().hit().fileName()).isEqualTo("SampleSS.xlsx");
            assertThat(preview.textInPreviewProperty().get()).isTrue();
            // "First Sheet" holds "sheet" as typed, "Sheet3" only within a longer word: pages with the words as typed
            // come first (s15 MAJOR 3)
            assertThat(preview.matchingPages().summaryProperty().get()).isEqualTo("sheet Sheet Number 2 · sheet First Sheet · sheet Sheet3");
            String text = preview.textProperty().get();
            int current = preview.currentMatchProperty().get();
            int at = preview.matches().get(current).start();
            // the first match on the second sheet (its name), not the "Sheet" of the first one's name
            assertThat(text.substring(0, at)).endsWith("This one is red\n\n\n\n");
            assertThat(text.substring(at)).startsWith("Sheet Number 2\n");

            MatchingPages pages = preview.matchingPages();
            pages.next();
            assertThat(text.substring(preview.matches().get(preview.currentMatchProperty().get()).start())).startsWith("Sheet3");
            pages.previous();
            pages.previous();
            assertThat(text.substring(0, preview.matches().get(preview.currentMatchProperty().get()).start())).endsWith("First ");
        }
        assertThat(errors).isEmpty();
    }
}
