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
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.gui.search.Suggestions;
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
}
