package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box speaks the command line's query language (issue 12.4): tag:, rating: and commented:
 * typed into the box filter by the team's feedback, through the app's own wiring (real index, real H2).
 */
class SearchBoxQueryLanguageTest {

    @TempDir
    Path temp;

    @Test
    void typingFeedbackClausesShowsOnlyTheFilesTheyMean() throws Exception {
        Path data = temp.resolve("data");
        Path folder = Fixtures.writeTextFiles(temp.resolve("Marketing"));
        try (UiThread ui = new UiThread()) {
            AppContext context = AppContext.open(data, ui, new AppContext.Options(false, false, 1, Duration.ofSeconds(1),
                    Duration.ofMillis(200), Duration.ZERO));
            try {
                context.registry().add(folder, List.of());
                AppLifecycleTest.index(context);
                give(context, "Competitor Battlecard - Globex.md", List.of(FeedbackTags.WORKED), 5, "Won Globex over");
                give(context, "Retail Case Study.txt", List.of(FeedbackTags.OUTDATED), 2, null);
                MainViewModel main = ui.read(() -> new MainViewModel(context, false));

                assertThat(typed(ui, main, "tag:worked")).containsExactly("Competitor Battlecard - Globex.md");
                assertThat(typed(ui, main, "rating:>=4")).containsExactly("Competitor Battlecard - Globex.md");
                assertThat(typed(ui, main, "commented:yes")).containsExactly("Competitor Battlecard - Globex.md");
                assertThat(typed(ui, main, "tag:worked OR tag:outdated"))
                        .containsExactlyInAnyOrder("Competitor Battlecard - Globex.md", "Retail Case Study.txt");
                assertThat(typed(ui, main, "onboarding -tag:outdated"))
                        .containsExactlyInAnyOrder("Competitor Battlecard - Globex.md", "Onboarding Checklist.txt");
                assertThat(ui.read(() -> main.search().queryErrorProperty().get())).isEmpty();
            } finally {
                context.close();
            }
        }
    }

    private static void give(AppContext context, String fileName, List<String> tags, int rating, String comment) {
        SearchHit hit = context.search().search(SearchRequest.of("\"" + fileName.replaceAll("\\.\\w+$", "") + "\"", 1))
                .hits().getFirst();
        assertThat(hit.fileName()).isEqualTo(fileName);
        context.feedback().repository().add(FeedbackEntry.create(hit.contentHash(), hit.path(), "dana", tags, rating,
                comment, null, null));
    }

    /** Types the query into the box and waits until the rows answer it. */
    private static List<String> typed(UiThread ui, MainViewModel main, String query) {
        ui.run(() -> main.search().queryProperty().set(query));
        ui.await("the rows answer " + query, Duration.ofSeconds(20), () -> !main.search().searchingProperty().get());
        return ui.read(() -> main.search().results().stream().map(i -> i.hit().fileName()).toList());
    }
}
