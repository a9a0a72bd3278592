package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result rows' best matching slides, over a real index of real decks (layouts.pptx, whose slides 7 to 9 say
 * "… with levels …", "Caption … Content with caption", "Picture with Caption Some text"): found for the rows a
 * cell asks for only, on their own executor (held here, to see what runs when), after the search's answer; a
 * keystroke stops them and another search's rows ask again. No toolkit: searches run synchronously.
 */
class RowPagesTest {

    @TempDir
    Path temp;

    /** The row pages' executor, and what they hand to the FX thread: work waits here until the test runs it. */
    private final Queue<Runnable> rowPagesWork = new ArrayDeque<>();
    private final Queue<Runnable> laterOnUi = new ArrayDeque<>();
    private final List<UserError> errors = new ArrayList<>();
    private TestIndex index;
    private SuggestionService suggestions;
    private SearchViewModel search;
    private RowPages rowPages;

    @BeforeEach
    void indexDecks() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), folder.resolve("layouts.pptx"));
        Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), folder.resolve("stress013.pptx"));
        index = TestIndex.ofFolder(folder, temp.resolve("index"));
        suggestions = new SuggestionService(index.index, temp.resolve("suggest"));
        search = searchOver(index, suggestions, folder, errors);
        rowPages = new RowPages(search, () -> index.search, rowPagesWork::add, laterOnUi::add);
    }

    /** The search box's model over the decks in {@code folder}, answering at once on the calling thread. */
    static SearchViewModel searchOver(TestIndex index, SuggestionService suggestions, Path folder, List<UserError> errors) {
        return new SearchViewModel(() -> index.search,
                new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(folder.toString(), List.of())),
                        Set::of, new Reachability(), 1_000),
                path -> false, Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                Debouncer.immediate());
    }

    @AfterEach
    void close() throws Exception {
        suggestions.close();
        index.close();
    }

    private ResultItem row(String fileName) {
        return search.results().stream().filter(r -> r.hit().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private List<Integer> slides(String fileName) {
        List<PageHit> pages = rowPages.found().get(row(fileName).hit().path());
        return pages == null ? null : pages.stream().map(PageHit::page).toList();
    }

    /** Runs what waits on the FX thread (the rows asked for in one layout pass), then the work it started, and so on. */
    private void runHeldWork() {
        while (!laterOnUi.isEmpty() || !rowPagesWork.isEmpty()) {
            (laterOnUi.isEmpty() ? rowPagesWork : laterOnUi).poll().run();
        }
    }

    @Test
    void theRowsShownGetTheirBestSlidesAfterTheAnswerAndOnlyThose() {
        search.queryProperty().set("Picture with Caption");
        assertThat(search.results()).extracting(r -> r.hit().fileName()).containsExactly("layouts.pptx");
        // the answer is shown without them: nothing is found before a row asks
        assertThat(laterOnUi).isEmpty();
        assertThat(rowPagesWork).isEmpty();
        assertThat(rowPages.found()).isEmpty();

        rowPages.want(row("layouts.pptx"));
        assertThat(rowPages.found()).isEmpty(); // after the layout pass, on the row pages' executor
        runHeldWork();
        List<PageHit> pages = rowPages.found().get(row("layouts.pptx").hit().path());
        assertThat(pages).extracting(PageHit::page).containsExactly(9, 8, 7);
        assertThat(pages.getFirst().snippet()).isEqualTo("<b>Picture</b> <b>with</b> <b>Caption</b> Some text");
        assertThat(RowPages.labels(row("layouts.pptx").hit(), pages))
                .containsExactly("Slide 9 of 10", "Slide 8 of 10", "Slide 7 of 10");

        rowPages.want(row("layouts.pptx")); // found already: not again
        assertThat(laterOnUi).isEmpty();
        assertThat(rowPagesWork).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aKeystrokeStopsWhatIsFoundForTheRowsBeforeItAndTheNewRowsAskAgain() {
        long round = rowPages.roundProperty().get();
        search.queryProperty().set("with");
        assertThat(search.results()).extracting(r -> r.hit().fileName()).containsExactly("layouts.pptx", "stress013.pptx");
        assertThat(rowPages.roundProperty().get()).isEqualTo(round + 1);
        rowPages.want(row("stress013.pptx"));
        rowPages.want(row("layouts.pptx"));
        assertThat(laterOnUi).hasSize(1); // both rows in one go, once the layout pass is over
        laterOnUi.poll().run();
        assertThat(rowPagesWork).hasSize(1);

        search.queryProperty().set("with cap"); // a keystroke before that work ran
        assertThat(rowPages.roundProperty().get()).isEqualTo(round + 2);
        runHeldWork();
        assertThat(rowPages.found()).isEmpty(); // stopped: for the rows of a query no longer shown

        rowPages.want(row("layouts.pptx")); // the cells on screen ask again in the new round
        runHeldWork();
        // "with" and a completion of "cap" on slides 9 and 8 (9's passage the better), "with" alone on 7
        assertThat(slides("layouts.pptx")).containsExactly(9, 8, 7);
        assertThat(search.results()).extracting(r -> r.hit().fileName()).containsExactly("layouts.pptx");
        assertThat(rowPages.found()).containsOnlyKeys(row("layouts.pptx").hit().path());
        assertThat(errors).isEmpty();
    }
}
