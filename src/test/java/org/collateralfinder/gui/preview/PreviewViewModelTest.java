package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.gui.search.Suggestions;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of the selected file over a real index, with synchronous executors and no JavaFX toolkit. */
class PreviewViewModelTest {

    @TempDir
    Path temp;

    @Test
    void theTextIsReadAgainWhenTheSelectedFileChangedOnDisk() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofTextFiles(temp);
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            SearchViewModel search = new SearchViewModel(() -> index.search,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(index.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000),
                    path -> false, Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            PreviewViewModel preview = new PreviewViewModel(search.selectedProperty(), search.shownRequestProperty(),
                    () -> index.search, new RenderedPagePictures(900, 24), Runnable::run, Runnable::run, Runnable::run,
                    path -> Optional.empty());
            search.queryProperty().set("kick-off call");
            ResultItem before = search.selectedProperty().get();
            assertThat(before.hit().fileName()).isEqualTo("Onboarding Checklist.txt");
            assertThat(preview.textProperty().get()).contains("the 30-day review");

            // window retest 6 N3: the file is edited (30 → 45 days) and indexed again
            Path checklist = index.folder.resolve("Onboarding Checklist.txt");
            Files.writeString(checklist, Files.readString(checklist).replace("30-day", "45-day"));
            Files.setLastModifiedTime(checklist, FileTime.from(Instant.now()));
            index.reindex();
            search.refresh(); // as after an indexing run: the same search, its row has the new content

            ResultItem after = search.selectedProperty().get();
            assertThat(after.hit().path()).isEqualTo(before.hit().path());
            assertThat(after.hit().contentHash()).isNotEqualTo(before.hit().contentHash());
            assertThat(preview.textProperty().get()).contains("the 45-day review").doesNotContain("30-day");
            assertThat(preview.matches()).isNotEmpty();
            assertThat(preview.facts()).contains(new PreviewViewModel.Fact("Modified", Formats.date(after.hit().modified())));
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Issue 16 re-test r23, finding 8: while the window indexed, a slow read left one workbook's text in the preview
     * under another file's title for seconds. Another file shows none of the last one's text while its own is read.
     */
    @Test
    void anotherFilesTextIsNeverShownWhileTheSelectedFilesIsRead() throws Exception {
        try (TestIndex index = TestIndex.ofTextFiles(temp)) {
            SimpleObjectProperty<ResultItem> selected = new SimpleObjectProperty<>();
            SimpleObjectProperty<SearchRequest> request = new SimpleObjectProperty<>(SearchRequest.of("checklist", 10));
            List<Runnable> held = new ArrayList<>();
            PreviewViewModel preview = new PreviewViewModel(selected, request, () -> index.search,
                    new RenderedPagePictures(900, 24), held::add, Runnable::run, Runnable::run, path -> Optional.empty());
            selected.set(new ResultItem(hit(index, "kick-off call"), null, true));
            held.forEach(Runnable::run);
            held.clear();
            assertThat(preview.textProperty().get()).contains("the 30-day review");

            selected.set(new ResultItem(hit(index, "battlecard globex"), null, true)); // its read waits

            assertThat(preview.textProperty().get()).isEmpty();
            assertThat(preview.rowsProperty().get()).isEqualTo(TextRows.EMPTY);
            assertThat(preview.matches()).isEmpty();
            assertThat(preview.textNoteProperty().get()).isEqualTo("Reading the text…");
            held.forEach(Runnable::run);
            assertThat(preview.textProperty().get()).contains("Globex").doesNotContain("30-day");
            assertThat(preview.textNoteProperty().get()).isEmpty();
        }
    }

    private static SearchHit hit(TestIndex index, String query) {
        return index.search.search(SearchRequest.of(query, 10)).hits().getFirst();
    }

    /** The search and the preview over the index, on synchronous executors. */
    private record Window(SearchViewModel search, PreviewViewModel preview) {

        static Window over(TestIndex index, SuggestionService suggestions, List<UserError> errors) {
            SearchViewModel search = new SearchViewModel(() -> index.search,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(index.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000),
                    path -> false, Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            return new Window(search, new PreviewViewModel(search.selectedProperty(), search.shownRequestProperty(),
                    () -> index.search, new RenderedPagePictures(900, 24), Runnable::run, Runnable::run, Runnable::run,
                    path -> Optional.empty()));
        }
    }

    @Test
    void everyMatchOfALongTextIsMarkedAndReachedNotOnlyThoseNearItsStart() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofTextFiles(temp);
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            // window test 8, finding 2: "walrus" some 190,000 characters into a 312 KB report
            StringBuilder report = new StringBuilder("Long Report\n");
            for (int i = 0; i < 3000; i++) {
                report.append("Line ").append(i).append(": pipeline forecast launch sales revenue deck sales forecast")
                        .append(i == 1800 || i == 2200 || i == 2600 ? " the walrus appeared here" : " quarter product")
                        .append(" strategy market segment\n");
            }
            Files.writeString(index.folder.resolve("Long Report.txt"), report);
            index.reindex();
            Window window = Window.over(index, suggestions, errors);
            PreviewViewModel preview = window.preview();

            window.search().queryProperty().set("walrus");

            assertThat(window.search().selectedProperty().get().hit().fileName()).isEqualTo("Long Report.txt");
            String text = preview.textProperty().get();
            assertThat(text).startsWith("Long Report\nLine 0: ").hasSizeGreaterThan(310_000);
            assertThat(preview.matches()).hasSize(3).allSatisfy(m -> assertThat(text.substring(m.start(), m.end()))
                    .isEqualTo("walrus"));
            assertThat(preview.matches().getFirst().start()).isGreaterThan(190_000);
            assertThat(preview.textNoteProperty().get()).isEmpty(); // nothing is cut
            TextRows rows = preview.rowsProperty().get();
            assertThat(List.of(rows.rowOf(0), rows.rowOf(1), rows.rowOf(2))).containsExactly(1801, 2201, 2601);
            assertThat(preview.currentMatchProperty().get()).isZero();
            preview.nextMatch();
            preview.nextMatch();
            assertThat(preview.currentMatchProperty().get()).isEqualTo(2);
            preview.nextMatch();
            assertThat(preview.currentMatchProperty().get()).isZero();
            preview.previousMatch();
            assertThat(preview.currentMatchProperty().get()).isEqualTo(2);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void whenMoreMatchesAreFoundThanAreMarkedTheNoteSaysSo() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofTextFiles(temp);
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Files.writeString(index.folder.resolve("Walrus List.txt"),
                    "walrus ".repeat(ShownText.MAX_MATCHES + 5));
            index.reindex();
            Window window = Window.over(index, suggestions, errors);

            window.search().queryProperty().set("walrus");

            assertThat(window.search().selectedProperty().get().hit().fileName()).isEqualTo("Walrus List.txt");
            assertThat(window.preview().matches()).hasSize(ShownText.MAX_MATCHES);
            assertThat(window.preview().textNoteProperty().get()).isEqualTo("Only the first 10,000 matches are marked.");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void withNoFileSelectedTheTextSaysSo() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofTextFiles(temp);
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Window window = Window.over(index, suggestions, errors);
            window.search().queryProperty().set("kick-off call");
            assertThat(window.preview().textNoteProperty().get()).isEmpty();

            window.search().queryProperty().set("zzyzx quokka");

            assertThat(window.search().selectedProperty().get()).isNull();
            assertThat(window.preview().textNoteProperty().get()).isEqualTo("No file is selected.");
            assertThat(window.preview().rowsProperty().get().rows()).isEmpty();
        }
        assertThat(errors).isEmpty();
    }

    /** Window re-test 11, finding 6: a zoom chosen on one file cropped the next file's first page. */
    @Test
    void anotherFileOpensFittedWhateverTheZoomOfTheFileBefore() throws Exception {
        List<UserError> errors = new ArrayList<>();
        try (TestIndex index = TestIndex.ofTextFiles(temp);
             SuggestionService suggestions = new SuggestionService(index.index, temp.resolve("suggest"))) {
            Window window = Window.over(index, suggestions, errors);
            window.search().queryProperty().set("customer");
            List<ResultItem> rows = List.copyOf(window.search().results());
            assertThat(rows).hasSizeGreaterThan(1);
            window.preview().zoomIn(0.8);
            window.preview().zoomIn(0.8);
            assertThat(window.preview().zoomProperty().get()).isEqualTo(0.8 * 1.25 * 1.25);

            window.search().select(rows.get(1));

            assertThat(window.preview().zoomProperty().get()).isZero();
        }
        assertThat(errors).isEmpty();
    }
}
