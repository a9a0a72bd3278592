package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.model.IndexReplacedException;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view model over a real index, with synchronous executors and no JavaFX toolkit. */
class SearchViewModelTest {

    @TempDir
    static Path temp;

    private static TestIndex index;
    private static FeedbackStore feedback;
    private static SuggestionService suggestions;
    /** The search service as the app builds it: with the team's feedback. */
    private static SearchService search;
    private final List<UserError> errors = new ArrayList<>();
    private SearchViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        index = TestIndex.ofTextFiles(temp);
        feedback = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "rep");
        suggestions = new SuggestionService(index.index, temp.resolve("suggest"));
        search = new SearchService(index.index, new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
    }

    @BeforeEach
    void setUp() {
        vm = viewModel(Runnable::run);
    }

    private SearchViewModel viewModel(Executor background) {
        return new SearchViewModel(() -> search, availability(), path -> false,
                Suggestions.of(() -> suggestions), new UiWork(background, Runnable::run, errors::add),
                Debouncer.immediate());
    }

    /** The index's one source, reachable. */
    private static SourceAvailability availability() {
        return new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(index.folder.toString(), List.of())),
                Set::of, new Reachability(), 1_000);
    }

    @AfterAll
    static void tearDown() {
        suggestions.close();
        index.close();
        feedback.close();
    }

    private List<String> fileNames() {
        return vm.results().stream().map(i -> i.hit().fileName()).toList();
    }

    @Test
    void typingShowsTheBestMatchFirst() {
        vm.queryProperty().set("onboarding checklist");

        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 file");
        assertThat(vm.searchingProperty().get()).isFalse();
    }

    /**
     * The rep picks a file from the rows an earlier prefix listed while the search for the whole word still runs
     * (what made VanishedFileWindowTest fail under load): the answer of the word, listing the file too, keeps it.
     */
    @Test
    void aFilePickedWhileTheNextSearchRunsStaysSelectedWhenItsAnswerListsIt() {
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel slow = viewModel(queued::add);
        slow.queryProperty().set("custo");
        runAll(queued);
        List<String> listed = slow.results().stream().map(i -> i.hit().fileName()).toList();
        assertThat(listed).containsExactlyInAnyOrder("Onboarding Checklist.txt", "Email Templates.md");

        slow.queryProperty().set("customer"); // its search waits in the queue
        slow.select(slow.results().stream().filter(i -> i.hit().fileName().equals(listed.getLast())).findFirst()
                .orElseThrow());
        runAll(queued);

        assertThat(slow.shownRequestProperty().get().query()).isEqualTo("customer");
        assertThat(slow.selectedProperty().get().hit().fileName()).isEqualTo(listed.getLast());
        assertThat(slow.lostProperty().get()).isNull();
        assertThat(errors).isEmpty();
    }

    /** A view model whose suggestions note each text they are asked for (the window's keystroke path asks them). */
    private SearchViewModel recordingSuggestions(Executor background, List<String> asked) {
        Suggestions real = Suggestions.of(() -> suggestions);
        return new SearchViewModel(() -> search, availability(), path -> false, new Suggestions() {
            @Override
            public List<String> suggest(String typed, int limit) {
                asked.add(typed);
                return real.suggest(typed, limit);
            }

            @Override
            public void rebuild() {
                real.rebuild();
            }

            @Override
            public boolean isReady() {
                return real.isReady();
            }
        }, new UiWork(background, Runnable::run, errors::add), Debouncer.immediate());
    }

    @Test
    void warmingUpSearchesEachTextAsATypedKeyAndShowsNothing() {
        List<String> asked = new ArrayList<>();
        SearchViewModel warmed = recordingSuggestions(Runnable::run, asked);
        long answered = warmed.answeredProperty().get();

        warmed.warmUp(List.of("o", "onb", "onboarding"), Runnable::run);

        assertThat(asked).containsExactly("o", "onb", "onboarding"); // through the keystroke's path, suggestions and all
        assertThat(warmed.results()).isEmpty();
        assertThat(warmed.answeredProperty().get()).isEqualTo(answered);
        assertThat(warmed.suggestions()).isEmpty();
        assertThat(warmed.searchingProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void theRepsFirstKeyStopsTheWarmUp() {
        List<String> asked = new ArrayList<>();
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel warmed = recordingSuggestions(queued::add, asked);
        warmed.warmUp(List.of("o", "onb", "onboarding"), queued::add);

        warmed.queryProperty().set("checklist"); // typed before the warm-up got the processor
        runAll(queued);

        assertThat(asked).containsExactly("checklist");
        assertThat(warmed.results().stream().map(i -> i.hit().fileName()).toList()).contains("Onboarding Checklist.txt");
        assertThat(errors).isEmpty();
    }

    @Test
    void theWarmUpRunsWhereItIsToldNotOnTheBackgroundThreads() {
        List<String> asked = new ArrayList<>();
        List<Runnable> background = new ArrayList<>();
        List<Runnable> warmUpThread = new ArrayList<>();
        SearchViewModel warmed = recordingSuggestions(background::add, asked);

        warmed.warmUp(List.of("o", "onboarding"), warmUpThread::add);

        assertThat(background).isEmpty();
        runAll(warmUpThread);
        assertThat(asked).containsExactly("o", "onboarding");
        assertThat(errors).isEmpty();
    }

    @Test
    void aClosingWindowStopsTheWarmUp() {
        List<String> asked = new ArrayList<>();
        List<Runnable> warmUpThread = new ArrayList<>();
        SearchViewModel warmed = recordingSuggestions(Runnable::run, asked);
        warmed.warmUp(List.of("o", "onb", "onboarding"), warmUpThread::add);

        warmed.stopWarmUp();
        runAll(warmUpThread);

        assertThat(asked).isEmpty();
        assertThat(errors).isEmpty();
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    @Test
    void aSearchThatMetTheIndexBeingReplacedRunsAgainSoTheListAnswersTheTextInTheBox() {
        AtomicBoolean failNext = new AtomicBoolean();
        SearchViewModel replaced = new SearchViewModel(() -> {
            if (failNext.getAndSet(false)) { // this search meets the index being swapped
                throw new IndexReplacedException(new IllegalStateException("this IndexReader is closed"));
            }
            return search;
        }, availability(), path -> false, Suggestions.of(() -> suggestions),
                new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
        replaced.queryProperty().set("onboarding checklist");

        failNext.set(true);
        replaced.queryProperty().set("globex");

        assertThat(replaced.results()).extracting(item -> item.hit().fileName())
                .containsExactly("Competitor Battlecard - Globex.md");
        assertThat(replaced.searchingProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void anUnmatchedQuerySaysFilesMayStillComeOnlyWhileIndexingRuns() {
        // window test 6: "Files still being indexed show up…" was said with nothing being indexed
        vm.queryProperty().set("zzqxw");
        assertThat(vm.emptyTitleProperty().get()).isEqualTo("No files match “zzqxw”");
        assertThat(vm.emptyTipsProperty().get().lines()).containsExactly(
                "Check the spelling, or use fewer words: every word must be found.",
                "Try the start of a word with a star, like zzqx*");

        vm.indexingProperty().set(true);
        vm.queryProperty().set("zzqxy");
        assertThat(vm.emptyTipsProperty().get().lines()).containsExactly(
                "Check the spelling, or use fewer words: every word must be found.",
                "Try the start of a word with a star, like zzqx*",
                "Files still being indexed show up as soon as they are read.");
    }

    @Test
    void aMalformedQueryShowsItsSentenceOverNoFilesNotOverTheLastOnes() {
        vm.refresh();
        assertThat(fileNames()).hasSize(4);
        vm.queryProperty().set("commented:maybe");

        assertThat(vm.queryErrorProperty().get()).isEqualTo("Write commented:yes or commented:no, not \"maybe\".");
        assertThat(fileNames()).isEmpty(); // not the unfiltered list under the error
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.emptyTitleProperty().get()).isEqualTo("Fix the query to see files");
        assertThat(errors).isEmpty();

        vm.queryProperty().set("globex");
        assertThat(vm.queryErrorProperty().get()).isEmpty();
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md");
    }

    @Test
    void enterOnAQueryLeftUnfinishedSaysWhatIsWrongOverNoFilesAsTheCommandLineDoes() {
        // window test 8, finding 1: Enter showed every file, the unclosed date range silently dropped
        vm.queryProperty().set("modified:[2024 TO");
        assertThat(vm.queryErrorProperty().get()).isEmpty(); // while typing, what is typed so far is searched
        assertThat(vm.suggestions()).isEmpty(); // and no word completes "TO" inside the range

        vm.submit();
        assertThat(vm.queryErrorProperty().get())
                .isEqualTo("A date range needs both brackets, as in modified:[2024-01 TO 2024-12].");
        assertThat(fileNames()).isEmpty();
        assertThat(vm.emptyTitleProperty().get()).isEqualTo("Fix the query to see files");

        vm.queryProperty().set("(globex OR");
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md");
        vm.submit();
        assertThat(vm.queryErrorProperty().get()).isEqualTo("The query opens a parenthesis that is never closed.");
        assertThat(fileNames()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void enterTypedBeforeTheTypedSearchRanStillSaysWhatIsWrong() throws Exception {
        // window test 9, new 1: "tag:" typed quickly then Enter; the search of the last keystroke, run after the
        // Enter, showed the loosened list and took the sentence away
        LinkedBlockingQueue<Runnable> debounced = new LinkedBlockingQueue<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            SearchViewModel quick = new SearchViewModel(() -> search, availability(), path -> false,
                    Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                    new Debouncer(scheduler, Duration.ZERO, debounced::add));
            quick.queryProperty().set("tag:");
            Runnable lastKeystroke = debounced.poll(20, TimeUnit.SECONDS); // its search, waiting for the UI thread

            quick.submit();
            assertThat(lastKeystroke).isNotNull();
            lastKeystroke.run();

            assertThat(quick.queryErrorProperty().get()).startsWith("The query ends right after \"tag:\"");
            assertThat(quick.results()).isEmpty();
            assertThat(quick.suggestions()).isEmpty();
            assertThat(errors).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void enterOnAFinishedQueryWhoseWordsCompleteToNothingElseKeepsItsFiles() {
        vm.queryProperty().set("onboard");
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt", "Competitor Battlecard - Globex.md",
                "Retail Case Study.txt");

        vm.submit();
        assertThat(vm.queryErrorProperty().get()).isEmpty();
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt", "Competitor Battlecard - Globex.md",
                "Retail Case Study.txt");
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    /**
     * Window re-test 22, F3: "quokka" and Enter listed quokka.txt and a file holding only "quokkafalcon" (the last word
     * still completed as while typing); `search quokka` lists quokka.txt alone. Enter runs the query as typed, and the
     * list stays so when the order changes; the next keystroke completes again.
     */
    @Test
    void enterListsWhatTheCommandLineFindsNotTheCompletionsOfTheLastWord() throws Exception {
        Path animals = Files.createDirectories(temp.resolve("animals"));
        Files.writeString(animals.resolve("quokka.txt"), "The quokka lives on Rottnest Island.");
        Files.writeString(animals.resolve("mixed.txt"), "A quokkafalcon is no animal anyone has seen.");
        try (TestIndex own = TestIndex.ofFolder(animals, temp.resolve("animals-index"))) {
            SearchViewModel search = new SearchViewModel(() -> own.search,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(own.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000), path -> false, Suggestions.of(() -> suggestions),
                    new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
            search.queryProperty().set("quokka");
            assertThat(search.results()).extracting(i -> i.hit().fileName())
                    .containsExactlyInAnyOrder("quokka.txt", "mixed.txt"); // while typing, "quokka" may be unfinished
            search.select(search.results().stream().filter(i -> i.hit().fileName().equals("mixed.txt")).findFirst()
                    .orElseThrow());

            search.submit();
            assertThat(search.selectedProperty().get().hit().fileName()).isEqualTo("quokka.txt");
            assertThat(search.lostProperty().get()).isNull(); // mixed.txt was not deleted: no "no longer there"
            assertThat(search.results()).extracting(i -> i.hit().fileName()).containsExactly("quokka.txt");
            assertThat(search.summaryProperty().get()).isEqualTo("1 file");
            assertThat(search.searchingProperty().get()).isFalse();
            search.orderProperty().set(ResultOrder.NAME);
            assertThat(search.results()).extracting(i -> i.hit().fileName()).containsExactly("quokka.txt");

            search.queryProperty().set("quokk");
            assertThat(search.results()).extracting(i -> i.hit().fileName())
                    .containsExactlyInAnyOrder("quokka.txt", "mixed.txt");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aPhraseBeingTypedShowsItsFilesNotAnError() {
        // retest 6, NEW 8: each keystroke of a phrase said "an opening quote without a closing one"
        vm.queryProperty().set("\"competitor battle");

        assertThat(vm.queryErrorProperty().get()).isEmpty();
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md");
    }

    @Test
    void aCorrectedTypoSaysWhatWasSearchedFor() {
        vm.queryProperty().set("onbaording checklist");

        assertThat(fileNames().getFirst()).isEqualTo("Onboarding Checklist.txt");
        assertThat(vm.noticeProperty().get())
                .isEqualTo("Showing results for \"onboarding checklist\": no file contains \"onbaording\".");
        vm.queryProperty().set("onboarding checklist");
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    /** s15 MAJOR 4: Enter on a cut-off last word shows what typing it showed, and says how it was read, as search does. */
    @Test
    void enterOnACutOffLastWordShowsTheFilesItStartsAndSaysSo() {
        vm.queryProperty().set("onboarding checkl");
        vm.submit();

        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt");
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Showing results for \"onboarding checkl…\" (words starting with \"checkl\"): no file contains \"checkl\".");
    }

    @Test
    void filteringByTypeNarrowsAndShowsARemovableChip() {
        vm.refresh();
        assertThat(vm.results()).hasSize(4);

        vm.toggleFilter("type", "pdf", "PDF");

        assertThat(vm.activeFilters()).containsExactly(new ActiveFilter("type", "pdf", "PDF"));
        assertThat(vm.results()).isEmpty();
        FacetGroup types = vm.facets().stream().filter(g -> g.dimension().equals("type")).findFirst().orElseThrow();
        // the types not chosen keep their counts, to be added to the filter
        assertThat(types.options()).containsExactly(new FacetGroup.Option("text", "Text", 4, false),
                new FacetGroup.Option("pdf", "PDF", 0, true));
        vm.toggleFilter("type", "text", "Text");
        assertThat(vm.results()).hasSize(4);
        assertThat(vm.activeFilters()).hasSize(2);

        vm.clearFilters();
        assertThat(vm.results()).hasSize(4);
        assertThat(vm.activeFilters()).isEmpty();
    }

    @Test
    void filteringByModifiedPeriodKeepsOlderFilesOut() {
        vm.refresh();
        vm.toggleFilter("modified", "older", "Older");

        assertThat(fileNames()).containsExactlyInAnyOrder("Onboarding Checklist.txt", "Email Templates.md");
    }

    @Test
    void suggestsTheWordAndTheTitlesBeingTypedAndSearchesAsYouType() {
        vm.reloadSuggestions();
        vm.queryProperty().set("compet");

        assertThat(vm.suggestions()).containsExactly("competitor", "Competitor battlecard: Globex");
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md"); // "compet" as a prefix

        vm.applySuggestion(vm.suggestions().get(1));
        assertThat(vm.queryProperty().get()).isEqualTo("Competitor battlecard Globex");
        assertThat(vm.suggestions()).isEmpty();
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md");
    }

    @Test
    void showsTheResultsBeforeTheirCountAndFacets() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add);
        vm.queryProperty().set("onboarding checklist");
        queued.getFirst().run();

        // the page is painted; the total and facets, which look at every match, follow
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt");
        assertThat(vm.searchingProperty().get()).isTrue();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(queued).hasSize(2);

        queued.get(1).run();
        assertThat(vm.summaryProperty().get()).isEqualTo("1 file");
        assertThat(vm.facets()).isNotEmpty();
        assertThat(vm.searchingProperty().get()).isFalse();
    }

    @Test
    void dropsTheCountOfAnOlderQuery() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add);
        vm.queryProperty().set("globex");
        queued.getFirst().run(); // globex's page; its count is queued
        vm.queryProperty().set("northwind");
        queued.get(2).run();
        queued.get(3).run();
        queued.get(1).run(); // globex's count, late

        assertThat(fileNames()).containsExactly("Retail Case Study.txt");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 file");
        assertThat(vm.searchingProperty().get()).isFalse();
    }

    @Test
    void suggestionsClosedBeforeTheAnswerCameStayClosedUntilTheNextKeystroke() {
        // a CI run: Escape closed the suggestions, then the answer to the text typed arrived and opened them again
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add);
        vm.queryProperty().set("onboard");
        vm.dismissSuggestions(); // Escape, before the answer came
        queued.getFirst().run();
        assertThat(fileNames().getFirst()).isEqualTo("Onboarding Checklist.txt");
        assertThat(vm.suggestions()).isEmpty();

        vm.queryProperty().set("onboardi");
        queued.get(2).run();
        assertThat(vm.suggestions()).contains("Onboarding Checklist");

        // closed, the box cleared, and the same text typed again: they open again
        vm.dismissSuggestions();
        vm.queryProperty().set("");
        vm.queryProperty().set("onboardi");
        queued.getLast().run();
        assertThat(vm.suggestions()).contains("Onboarding Checklist");
    }

    @Test
    void dropsTheAnswerToAnOlderQuery() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add);
        vm.queryProperty().set("globex");
        vm.queryProperty().set("northwind");
        queued.get(1).run();
        queued.get(0).run();

        assertThat(fileNames()).containsExactly("Retail Case Study.txt");
    }

    @Test
    void anEarlierKeystrokesAnswerArrivingLastDoesNotReplaceTheListOfTheTextInTheBox() {
        // window retest 6 N2: "globe" answered after "globex" and the list stayed on it; here "onboarding"
        // (three files) answers, page and count, after "onboarding checklist" (one file)
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add);
        vm.queryProperty().set("onboarding");
        vm.queryProperty().set("onboarding checklist");
        assertThat(queued).hasSize(2);
        queued.get(1).run(); // the later keystroke's page, then its count
        queued.get(2).run();
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt");

        queued.get(0).run(); // the earlier keystroke's page, late: dropped, and no count of it is asked for

        assertThat(queued).hasSize(3);
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 file");
        assertThat(vm.shownRequestProperty().get().query()).isEqualTo("onboarding checklist");
        assertThat(vm.searchingProperty().get()).isFalse();
    }

    @Test
    void anEarlierKeystrokeThatMetTheIndexBeingReplacedAfterTheLaterOneAnsweredIsNotRunAgain() {
        AtomicBoolean failNext = new AtomicBoolean();
        List<Runnable> queued = new ArrayList<>();
        SearchViewModel replaced = new SearchViewModel(() -> {
            if (failNext.getAndSet(false)) { // this search meets the index being swapped
                throw new IndexReplacedException(new IllegalStateException("this IndexReader is closed"));
            }
            return search;
        }, availability(), path -> false, Suggestions.of(() -> suggestions),
                new UiWork(queued::add, Runnable::run, errors::add), Debouncer.immediate());
        replaced.queryProperty().set("onboarding");
        replaced.queryProperty().set("globex");
        queued.get(1).run(); // globex and its count, on the new index
        queued.get(2).run();

        failNext.set(true);
        queued.get(0).run(); // the earlier keystroke failed on the old index, late: nothing is run again

        assertThat(queued).hasSize(3);
        assertThat(replaced.results()).extracting(item -> item.hit().fileName())
                .containsExactly("Competitor Battlecard - Globex.md");
        assertThat(replaced.summaryProperty().get()).isEqualTo("1 file");
        assertThat(errors).isEmpty();
    }

    @Test
    void ratingOrderPutsTheBestRatedFirstAndFeedbackUpdatesTheRow() {
        vm.refresh();
        ResultItem checklist = vm.results().stream().filter(i -> i.hit().fileName().startsWith("Onboarding"))
                .findFirst().orElseThrow();
        feedback.repository().add(FeedbackEntry.create(checklist.hit().contentHash(), checklist.hit().path(), "ana",
                List.of(FeedbackTags.WORKED), 5, null, null, null));

        vm.orderProperty().set(ResultOrder.RATING);

        assertThat(fileNames().getFirst()).isEqualTo("Onboarding Checklist.txt");
        assertThat(vm.results().getFirst().feedback().averageRating()).isEqualTo(5.0);
    }

    @Test
    void moreLikeThisShowsSimilarFilesUnderAChipThatUndoesIt() {
        vm.queryProperty().set("northwind");
        ResultItem retail = vm.results().getFirst();
        vm.moreLikeThis(retail);

        assertThat(vm.queryProperty().get()).isEmpty();
        assertThat(vm.activeFilters()).extracting(ActiveFilter::label).containsExactly("Like “" + retail.hit().title() + "”");
        assertThat(fileNames()).doesNotContain("Retail Case Study.txt");
        vm.removeFilter(vm.activeFilters().getFirst());
        assertThat(vm.activeFilters()).isEmpty();
        assertThat(fileNames()).hasSize(4);
    }

    @Test
    void aNewTypedSearchReplacesMoreLikeThisWhichIsOrderedBySimilarity() {
        vm.orderProperty().set(ResultOrder.NAME);
        vm.queryProperty().set("northwind");
        vm.moreLikeThis(vm.results().getFirst());
        assertThat(vm.orderProperty().get()).isEqualTo(ResultOrder.RELEVANCE);

        vm.queryProperty().set("onboarding");

        assertThat(vm.activeFilters()).isEmpty();
        assertThat(vm.shownRequestProperty().get().likePath()).isNull();
        assertThat(fileNames()).containsExactly("Onboarding Checklist.txt", "Competitor Battlecard - Globex.md",
                "Retail Case Study.txt");
    }

    @Test
    void theSelectionStaysOnItsFileWhenTheResultsChangeAndMovesToTheFirstWhenItIsGone() {
        vm.refresh();
        ResultItem email = vm.results().stream().filter(i -> i.hit().fileName().startsWith("Email")).findFirst().orElseThrow();
        vm.select(email);
        vm.orderProperty().set(ResultOrder.NAME);
        assertThat(vm.selectedProperty().get().hit().fileName()).isEqualTo("Email Templates.md");
        assertThat(vm.results()).contains(vm.selectedProperty().get());

        vm.queryProperty().set("onboarding");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.results().getFirst());
        vm.queryProperty().set("zzqxw");
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void aSelectedFileDeletedOnDiskLeavesNothingSelectedAndIsToldNotReplacedByAnotherFile() throws Exception {
        try (TestIndex own = TestIndex.ofTextFiles(temp.resolve("deleted"))) {
            SearchViewModel search = new SearchViewModel(() -> own.search,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(own.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000), path -> false, Suggestions.of(() -> suggestions),
                    new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
            search.queryProperty().set("customer");
            assertThat(search.results()).extracting(i -> i.hit().fileName())
                    .containsExactlyInAnyOrder("Onboarding Checklist.txt", "Email Templates.md");
            ResultItem email = search.results().stream().filter(i -> i.hit().fileName().equals("Email Templates.md"))
                    .findFirst().orElseThrow();
            search.select(email);

            // window test 8, finding 3: the list refreshed and the other file was selected, with its feedback form
            Files.delete(own.folder.resolve("Email Templates.md"));
            own.reindex();
            search.refresh();

            assertThat(search.results()).extracting(i -> i.hit().fileName()).containsExactly("Onboarding Checklist.txt");
            assertThat(search.selectedProperty().get()).isNull();
            assertThat(search.lostProperty().get()).isSameAs(email);
            search.refresh(); // the next refresh (indexing goes on) does not pick one either
            assertThat(search.selectedProperty().get()).isNull();

            search.select(search.results().getFirst()); // the rep picks one
            assertThat(search.lostProperty().get()).isNull();
            // a file shown because it came first (the rep picked none) is not replaced silently either
            search.queryProperty().set("kick-off");
            ResultItem checklist = search.selectedProperty().get();
            assertThat(checklist.hit().fileName()).isEqualTo("Onboarding Checklist.txt");
            Files.delete(own.folder.resolve("Onboarding Checklist.txt"));
            own.reindex();
            search.refresh();
            assertThat(search.selectedProperty().get()).isNull();
            assertThat(search.lostProperty().get()).isSameAs(checklist);

            // window test 9: the file comes back at the same path; the same search lists it and selects it again
            Files.writeString(own.folder.resolve("Onboarding Checklist.txt"), "Kick-off checklist for a new customer.");
            own.reindex();
            search.refresh();
            assertThat(search.selectedProperty().get().hit().path()).isEqualTo(checklist.hit().path());
            assertThat(search.lostProperty().get()).isNull();
        }
        assertThat(errors).isEmpty();
    }

    /**
     * Window re-test 18, R9: with Release Notes selected under the Text filter, adding the PDF filter moved the
     * selection to the first row although Release Notes was still listed. A filter changed on the same words keeps the
     * file the rep looks at while the list still holds it; one that drops it selects the best file.
     */
    @Test
    void aFilterChangedKeepsTheSelectedFileWhileTheListStillHoldsIt() {
        vm.refresh();
        vm.toggleFilter("modified", "older", "Older");
        assertThat(vm.results()).hasSize(2);
        String notFirst = fileNames().getLast();
        vm.clearFilters();
        vm.select(vm.results().stream().filter(i -> i.hit().fileName().equals(notFirst)).findFirst().orElseThrow());

        vm.toggleFilter("modified", "older", "Older");

        assertThat(vm.selectedProperty().get().hit().fileName()).isEqualTo(notFirst);
        assertThat(vm.selectedProperty().get()).isNotSameAs(vm.results().getFirst());
        assertThat(vm.results()).contains(vm.selectedProperty().get());
        vm.toggleFilter("modified", "older", "Older"); // off again: still listed, still selected
        assertThat(vm.selectedProperty().get().hit().fileName()).isEqualTo(notFirst);
        vm.select(vm.results().stream().filter(i -> i.hit().fileName().equals("Retail Case Study.txt")).findFirst()
                .orElseThrow());
        vm.toggleFilter("modified", "older", "Older"); // a filter that leaves it out: the best file of those left
        assertThat(fileNames()).doesNotContain("Retail Case Study.txt");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.results().getFirst());
    }

    /**
     * Window re-test 18, R9: More like this on "Pricing Deck v2 FINAL" selected its first result, Pricing Deck v1, the
     * older version of the same deck with the same title: the detail pane looked unchanged but showed v1, and a rep
     * rating it next rated v1. The best result that is another document is selected; the deck's own versions stay in
     * the list, below it if they come first.
     */
    @Test
    void moreLikeThisSelectsTheBestFileThatIsNotAVersionOfTheFileItStartedFrom() throws Exception {
        Path decks = Files.createDirectories(temp.resolve("decks/Pricing"));
        String deck = "Northwind pricing and packaging 2026: Starter, Growth and Enterprise tiers, volume discounts, "
                + "multi-year terms and the approval rules for discounts above twenty percent.";
        Files.writeString(decks.resolve("Pricing Deck v1.txt"), deck + " Draft for the sales kickoff.");
        Files.writeString(decks.resolve("Pricing Deck v2 FINAL.txt"), deck + " Approved by finance.");
        Files.writeString(decks.resolve("Discount Approval FAQ.txt"), "Who approves discounts above twenty percent, "
                + "volume discounts for Enterprise tiers and multi-year terms: the questions sales asks about pricing.");
        Files.writeString(decks.resolve("Office Move.txt"), "The office moves to the third floor in March.");
        Files.setLastModifiedTime(decks.resolve("Pricing Deck v1.txt"),
                FileTime.from(Instant.now().minus(Duration.ofDays(30)))); // v2 is the newer version
        try (TestIndex own = TestIndex.ofFolder(decks, temp.resolve("decks-index"))) {
            SearchViewModel search = new SearchViewModel(() -> own.search,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(own.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000), path -> false, Suggestions.of(() -> suggestions),
                    new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
            search.queryProperty().set("pricing");
            ResultItem v2 = search.results().stream().filter(i -> i.hit().fileName().equals("Pricing Deck v2 FINAL.txt"))
                    .findFirst().orElseThrow();
            assertThat(v2.hit().versions()).containsExactly(decks.resolve("Pricing Deck v1.txt").toString());
            search.select(v2);

            search.moreLikeThis(v2);

            assertThat(search.results()).extracting(i -> i.hit().fileName()).startsWith("Pricing Deck v1.txt");
            assertThat(search.selectedProperty().get().hit().fileName()).isEqualTo("Discount Approval FAQ.txt");
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewSearchSelectsItsBestFileEvenWhenTheLastSelectedOneIsStillListed() {
        vm.refresh();
        ResultItem email = vm.results().stream().filter(i -> i.hit().fileName().startsWith("Email")).findFirst().orElseThrow();
        vm.select(email);
        vm.refresh(); // the same search again (the index changed): the rep's choice stays
        assertThat(vm.selectedProperty().get().hit().fileName()).isEqualTo("Email Templates.md");

        vm.queryProperty().set("case study"); // another search: its best file, not the old one further down
        assertThat(fileNames()).contains("Email Templates.md");
        assertThat(vm.selectedProperty().get()).isSameAs(vm.results().getFirst());
        assertThat(fileNames().getFirst()).isNotEqualTo("Email Templates.md");
    }

    @Test
    void theFeedbackFiltersKeepFilesWithTheTagOrRating() {
        vm.refresh();
        ResultItem battlecard = vm.results().stream().filter(i -> i.hit().fileName().startsWith("Competitor"))
                .findFirst().orElseThrow();
        feedback.repository().add(FeedbackEntry.create(battlecard.hit().contentHash(), battlecard.hit().path(), "ben",
                List.of(FeedbackTags.OUTDATED), 2, "Old prices", null, null));
        vm.refresh();
        assertThat(vm.facets()).anySatisfy(g -> {
            assertThat(g.title()).isEqualTo("Feedback");
            assertThat(g.options()).anySatisfy(o -> assertThat(o.label()).isEqualTo("Outdated"));
        });

        vm.toggleFilter(FeedbackFacets.TAG, FeedbackTags.OUTDATED, "Outdated");
        assertThat(fileNames()).containsExactly("Competitor Battlecard - Globex.md");
        assertThat(vm.activeFilters()).extracting(ActiveFilter::label).containsExactly("Outdated");

        vm.toggleFilter(FeedbackFacets.RATING, "4", "★ 4 and up");
        assertThat(fileNames()).isEmpty();
        assertThat(vm.emptyTitleProperty().get()).isEqualTo("No files match these filters");
        vm.clearFilters();
        assertThat(fileNames()).hasSize(4);
    }

    @Test
    void theFeedbackFilterGroupFollowsFeedbackSavedAndWithdrawnWithoutAnotherSearch() {
        vm.queryProperty().set("follow-up templates");
        ResultItem email = vm.results().getFirst();
        assertThat(email.hit().fileName()).isEqualTo("Email Templates.md");
        assertThat(vm.facets()).extracting(FacetGroup::title).doesNotContain("Feedback");

        feedback.repository().add(FeedbackEntry.create(email.hit().contentHash(), email.hit().path(), "dana",
                List.of(FeedbackTags.DIDNT_LAND), null, null, null, null));
        vm.updateFeedback(email.hit().path(), search.feedbackOf(List.of(email.hit())).get(email.hit().path()));

        // window retest 6 N10: the group was missing after Save until the next query
        FacetGroup group = vm.facets().stream().filter(g -> g.title().equals("Feedback")).findFirst().orElseThrow();
        assertThat(group.options()).containsExactly(new FacetGroup.Option(FeedbackTags.DIDNT_LAND, "Didn't land", 1, false));

        feedback.repository().withdraw(email.hit().contentHash(), "dana");
        vm.updateFeedback(email.hit().path(), search.feedbackOf(List.of(email.hit())).get(email.hit().path()));

        // and still said "Didn't land 1" after Withdraw
        assertThat(vm.facets()).extracting(FacetGroup::title).doesNotContain("Feedback");
    }

    @Test
    void aSearchDoesNotWaitForSuggestionsBeingBuilt() {
        // the window's searches run on an executor of their own: building suggestions (seconds on a large index) or
        // reading feedback again, on the background executor, cannot hold a keystroke's search back
        List<Runnable> background = new ArrayList<>();
        SearchViewModel own = new SearchViewModel(() -> search, availability(), path -> false,
                Suggestions.of(() -> suggestions), new UiWork(background::add, Runnable::run, errors::add), Runnable::run,
                Debouncer.immediate());
        own.reloadSuggestions(); // waits on the background executor, never run here

        own.queryProperty().set("globex");

        assertThat(own.results()).extracting(item -> item.hit().fileName())
                .containsExactly("Competitor Battlecard - Globex.md");
        assertThat(own.summaryProperty().get()).isEqualTo("1 file");
        assertThat(background).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void theFeedbackFiltersCountAFileEditedInPlaceByTheFeedbackItCarries() throws Exception {
        // the Feedback group counts every match by its feedback, and looks up only the matches that may have some: a
        // file edited in place has a content nobody gave feedback on, and carries the feedback on the content it had
        try (TestIndex own = TestIndex.ofTextFiles(temp.resolve("edited"));
             FeedbackStore store = FeedbackStore.openInBackground(temp.resolve("edited-feedback"), Runnable::run, "rep")) {
            SearchService service = new SearchService(own.index, new FeedbackFilters(store::repository, store::repositoryIfOpen));
            SearchViewModel edited = new SearchViewModel(() -> service,
                    new SourceAvailability(() -> List.of(new SourceRegistry.SourceFolder(own.folder.toString(), List.of())),
                            Set::of, new Reachability(), 1_000), path -> false, Suggestions.of(() -> suggestions),
                    new UiWork(Runnable::run, Runnable::run, errors::add), Debouncer.immediate());
            edited.queryProperty().set("globex");
            ResultItem card = edited.results().getFirst();
            store.repository().add(FeedbackEntry.create(card.hit().contentHash(), card.hit().path(), "ana",
                    List.of(FeedbackTags.WORKED), null, null, null, null));
            Files.writeString(own.folder.resolve("Competitor Battlecard - Globex.md"),
                    "# Competitor battlecard: Globex\nHow we win against Globex this year: the new prices.");
            own.reindex();

            edited.refresh();

            assertThat(edited.results()).hasSize(1);
            assertThat(edited.results().getFirst().hit().contentHash()).isNotEqualTo(card.hit().contentHash());
            assertThat(edited.results().getFirst().feedback().tagCounts()).containsEntry(FeedbackTags.WORKED, 1);
            FacetGroup group = edited.facets().stream().filter(g -> g.title().equals("Feedback")).findFirst().orElseThrow();
            assertThat(group.options()).containsExactly(new FacetGroup.Option(FeedbackTags.WORKED, "Worked", 1, false));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void suggestionsKeptFromTheLastStartAreUsedAsTheyAreAndMissingOnesAreBuilt() throws Exception {
        Path folder = temp.resolve("suggest-start");
        try (SuggestionService first = new SuggestionService(index.index, folder)) {
            SearchViewModel start = new SearchViewModel(() -> search, availability(), path -> false,
                    Suggestions.of(() -> first), new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            start.loadSuggestions(); // none yet: built
            assertThat(first.isReady()).isTrue();
            assertThat(Files.readString(folder.resolve("current"))).isEqualTo("1");
        }
        try (SuggestionService next = new SuggestionService(index.index, folder)) {
            SearchViewModel restart = new SearchViewModel(() -> search, availability(), path -> false,
                    Suggestions.of(() -> next), new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            restart.loadSuggestions(); // kept from the last start: not built again
            assertThat(Files.readString(folder.resolve("current"))).isEqualTo("1");
            assertThat(next.suggest("onboar", 5)).contains("onboarding");
            restart.reloadSuggestions(); // after an indexing run that changed the index: built again
            assertThat(Files.readString(folder.resolve("current"))).isEqualTo("2");
        }
        assertThat(errors).isEmpty();
    }
}
