package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackTags;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list longer than the rows shown (205 files, the first 200 shown): the Feedback filters count every match,
 * and another order keeps the selected file (window test 9, new 3 and new 4). Real index, real H2.
 */
class LongResultListTest {

    private static final int FILES = SearchViewModel.LIMIT + 5;

    @TempDir
    static Path temp;

    private static TestIndex index;
    private static FeedbackStore feedback;
    private static SearchService search;
    private static Map<String, SearchHit> byName;
    private final List<UserError> errors = new ArrayList<>();
    private SearchViewModel vm;

    @BeforeAll
    static void indexFiles() throws Exception {
        Path folder = temp.resolve("Notes");
        Instant first = Instant.parse("2020-01-01T10:00:00Z");
        for (int i = 0; i < FILES; i++) {
            OfficeFiles.text(folder.resolve(name(i)), "Field note number " + i + " about the walrus account.",
                    first.plus(i, ChronoUnit.DAYS).toString());
        }
        index = TestIndex.ofFolder(folder, temp.resolve("index"));
        feedback = FeedbackStore.openInBackground(temp.resolve("feedback"), Runnable::run, "rep");
        search = new SearchService(index.index, new FeedbackFilters(feedback::repository, feedback::repositoryIfOpen));
        byName = search.search(SearchRequest.of("", 1_000)).hits().stream()
                .collect(Collectors.toMap(SearchHit::fileName, Function.identity()));
        assertThat(byName).hasSize(FILES);
        // the oldest files (the last of an empty query's newest-first list) carry the feedback the group missed
        give(name(0), List.of(FeedbackTags.DIDNT_LAND), 2);
        give(name(1), List.of(FeedbackTags.DIDNT_LAND), null);
        give(name(2), List.of(FeedbackTags.OUTDATED), 5);
        give(name(FILES - 1), List.of(FeedbackTags.WORKED), null);
    }

    private static String name(int i) {
        return "note-%03d.txt".formatted(i);
    }

    private static void give(String fileName, List<String> tags, Integer rating) {
        SearchHit hit = byName.get(fileName);
        feedback.repository().add(FeedbackEntry.create(hit.contentHash(), hit.path(), "dana", tags, rating, null, null, null));
    }

    @AfterAll
    static void tearDown() {
        index.close();
        feedback.close();
    }

    @BeforeEach
    void setUp() {
        vm = viewModel(Runnable::run, () -> search);
    }

    /** @param searches where the searches run (the window gives them a thread of their own) */
    private SearchViewModel viewModel(Executor searches, Supplier<SearchService> service) {
        SourceAvailability availability = new SourceAvailability(
                () -> List.of(new SourceRegistry.SourceFolder(index.folder.toString(), List.of())), Set::of,
                new Reachability(), 1_000);
        return new SearchViewModel(service, availability, path -> false, NoSuggestions.NONE,
                new UiWork(Runnable::run, Runnable::run, errors::add), searches, Debouncer.immediate());
    }

    private List<String> paths() {
        return vm.results().stream().map(i -> i.hit().path()).toList();
    }

    /**
     * Issue 13, item 4: a keystroke's first rows are painted before anything else is computed, its counts follow, and
     * the other rows last; the rows are those one search of the whole page lists, in its order.
     */
    @Test
    void aNewSearchShowsItsFirstRowsThenItsCountsThenItsOtherRows() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        List<String> whole = search.page(new SearchRequest("walrus", SearchViewModel.LIMIT, Map.of(),
                SearchRequest.Order.RELEVANCE, true, null)).shown().hits().stream().map(SearchHit::path).toList();
        vm.queryProperty().set("walrus");

        queued.removeFirst().run(); // the first rows, with their snippets
        assertThat(paths()).containsExactlyElementsOf(whole.subList(0, SearchViewModel.FIRST_ROWS));
        assertThat(vm.results()).allSatisfy(row -> assertThat(row.hit().snippet()).contains("walrus"));
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.searchingProperty().get()).isTrue();

        queued.removeFirst().run(); // the total and facets, the feedback over every match
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(group("Feedback")).extracting(FacetGroup.Option::count).containsExactly(1L, 2L, 1L);
        assertThat(vm.results()).hasSize(SearchViewModel.FIRST_ROWS);
        assertThat(vm.searchingProperty().get()).isTrue();

        queued.removeFirst().run(); // the other rows
        assertThat(paths()).containsExactlyElementsOf(whole);
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(queued).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aKeystrokeStopsWhatIsStillComingForTheTextBeforeIt() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger searched = new AtomicInteger();
        vm = viewModel(queued::add, () -> {
            searched.incrementAndGet();
            return search;
        });
        vm.queryProperty().set("walrus");
        queued.removeFirst().run();
        queued.removeFirst().run(); // its other rows wait
        List<String> first = paths();

        vm.queryProperty().set("walrus account");
        int before = searched.get();
        queued.removeFirst().run(); // the other rows of "walrus", cancelled: not written, not shown

        assertThat(searched.get()).isEqualTo(before);
        assertThat(paths()).containsExactlyElementsOf(first);
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        assertThat(vm.shownRequestProperty().get().query()).isEqualTo("walrus account");
        assertThat(vm.results()).hasSize(SearchViewModel.LIMIT);
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(errors).isEmpty();
    }

    @Test
    void aKeystrokeWhileTheSearchBeforeItRunsStopsItAndNoneOfItsRowsAreShown() {
        // the next key comes while the first rows of "walrus" are being computed: that search stops, and the list goes
        // from empty straight to the rows of the text in the box, never showing the rows of the text before it
        List<Runnable> queued = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        vm = viewModel(queued::add, () -> {
            asked.add(vm.queryProperty().get());
            if (asked.size() == 1) {
                vm.queryProperty().set("note 7"); // typed while "walrus" is searched
            }
            return search;
        });
        List<String> typed = search.page(new SearchRequest("note 7", SearchViewModel.LIMIT, Map.of(),
                SearchRequest.Order.RELEVANCE, true, null)).shown().hits().stream().map(SearchHit::path).toList();
        assertThat(typed).singleElement().asString().endsWith("note-007.txt");

        vm.queryProperty().set("walrus");
        queued.removeFirst().run(); // "walrus", stopped by the next key: no rows, no counts asked for

        assertThat(vm.results()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(queued).hasSize(1); // the first rows of "note 7"; nothing of "walrus"
        queued.removeFirst().run();
        assertThat(vm.shownRequestProperty().get().query()).isEqualTo("note 7");
        assertThat(paths()).containsExactlyElementsOf(typed);
        queued.removeFirst().run(); // its counts; all its rows were first rows
        assertThat(vm.summaryProperty().get()).isEqualTo("1 file");
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(queued).isEmpty();
        assertThat(asked).containsExactly("walrus", "note 7");
        assertThat(errors).isEmpty();
    }

    @Test
    void anotherFilterOnTheSameWordsKeepsAFileFarDownTheListSelected() {
        // only other words show their first rows first: other filters on the same words come with every row at once, so
        // the file the rep looks at, row 150 here, is in the list when the answer is shown and stays selected (window
        // re-test 18, R9); with the first 20 rows first it was not among them and the best file was selected instead
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        vm.queryProperty().set("walrus");
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        ResultItem far = vm.results().get(150);
        vm.select(far);

        vm.toggleFilter("type", "text", "Text"); // every file is text: the same rows
        queued.removeFirst().run(); // the rows, all of them

        assertThat(vm.results()).hasSize(SearchViewModel.LIMIT);
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(far.hit().path());
        queued.removeFirst().run(); // the counts
        assertThat(queued).isEmpty();
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(far.hit().path());
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFilePickedBeyondTheFirstRowsWhileTheNextSearchRunsStaysSelected() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        vm.queryProperty().set("walrus");
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        vm.queryProperty().set("walrus account");
        ResultItem far = vm.results().get(150); // picked from the rows of "walrus" while "walrus account" is searched
        vm.select(far);

        queued.removeFirst().run(); // the first rows of "walrus account": the file picked is among the rows to come
        assertThat(vm.results()).hasSize(SearchViewModel.FIRST_ROWS);
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(far.hit().path());
        assertThat(vm.lostProperty().get()).isNull();
        queued.removeFirst().run(); // the counts: no word of it not being among the rows, since it is coming
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");

        queued.removeFirst().run(); // the other rows, the file picked among them
        assertThat(vm.results()).contains(vm.selectedProperty().get());
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(far.hit().path());
        assertThat(vm.lostProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(queued).isEmpty();
        assertThat(errors).isEmpty();
    }

    private List<FacetGroup.Option> group(String title) {
        return vm.facets().stream().filter(g -> g.title().equals(title)).findFirst().orElseThrow().options();
    }

    @Test
    void theFeedbackAndRatingCountsCoverEveryMatchNotOnlyTheRowsShown() {
        vm.refresh();
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(vm.results()).extracting(i -> i.hit().fileName()).doesNotContain(name(0), name(1), name(2));

        List<FacetGroup.Option> expected = List.of(
                new FacetGroup.Option(FeedbackTags.WORKED, "Worked", 1, false),
                new FacetGroup.Option(FeedbackTags.DIDNT_LAND, "Didn't land", 2, false),
                new FacetGroup.Option(FeedbackTags.OUTDATED, "Outdated", 1, false));
        assertThat(group("Feedback")).containsExactlyElementsOf(expected);
        assertThat(group("Rating")).containsExactly(new FacetGroup.Option("4", "★ 4 and up", 1, false),
                new FacetGroup.Option("3", "★ 3 and up", 1, false));

        vm.orderProperty().set(ResultOrder.NAME); // the Worked file is no longer among the rows
        assertThat(vm.results()).extracting(i -> i.hit().fileName()).doesNotContain(name(FILES - 1));
        assertThat(group("Feedback")).containsExactlyElementsOf(expected);

        // a file's feedback withdrawn changes the counts at once, beyond the rows too
        SearchHit outdated = byName.get(name(2));
        feedback.repository().withdraw(outdated.contentHash(), "dana");
        vm.updateFeedback(outdated.path(), search.feedbackOf(List.of(outdated)).get(outdated.path()));
        assertThat(group("Feedback")).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(vm.facets()).extracting(FacetGroup::title).doesNotContain("Rating");
        feedback.repository().add(FeedbackEntry.create(outdated.contentHash(), outdated.path(), "dana",
                List.of(FeedbackTags.OUTDATED), 5, null, null, null));
        vm.updateFeedback(outdated.path(), search.feedbackOf(List.of(outdated)).get(outdated.path()));
        assertThat(group("Feedback")).containsExactlyElementsOf(expected);
        assertThat(errors).isEmpty();
    }

    @Test
    void anotherOrderKeepsTheSelectedFileWhenItIsBeyondTheRowsShown() {
        vm.refresh();
        ResultItem newest = vm.results().stream().filter(i -> i.hit().fileName().equals(name(FILES - 2)))
                .findFirst().orElseThrow();
        vm.select(newest);

        vm.orderProperty().set(ResultOrder.NAME);

        assertThat(vm.results()).extracting(i -> i.hit().fileName()).doesNotContain(name(FILES - 2));
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.selectedProperty().get().hit().path()).isEqualTo(newest.hit().path());
        assertThat(vm.lostProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).isEqualTo(
                "205 files, showing the first 200; the selected file is not among them in this order");

        vm.orderProperty().set(ResultOrder.RELEVANCE); // back among the rows: the row itself, and the line goes
        assertThat(vm.selectedProperty().get()).isSameAs(vm.results().stream()
                .filter(i -> i.hit().path().equals(newest.hit().path())).findFirst().orElseThrow());
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");

        vm.orderProperty().set(ResultOrder.NAME);
        vm.select(vm.results().getFirst()); // picking a row shown: the line goes
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(errors).isEmpty();
    }

    private static List<String> wholeList(String query, int rows) {
        return search.page(new SearchRequest(query, rows, Map.of(), SearchRequest.Order.RELEVANCE, true, null)).shown()
                .hits().stream().map(SearchHit::path).toList();
    }

    /**
     * rc19 minor 3: "205 files, showing the first 200" and no way to the other 5. Show more lists them after the 200,
     * which stay as they were (the same rows: the list keeps where it is scrolled to), with the file selected far down
     * still selected; its counts are those shown (no second pass over every match), and the line says all are listed.
     */
    @Test
    void showMoreListsTheRowsPastTheFirstAfterThemKeepingTheRowsAndTheSelection() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        vm.queryProperty().set("walrus");
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(vm.moreRowsProperty().get()).isEqualTo(5);
        List<ResultItem> listed = List.copyOf(vm.results());
        ResultItem far = vm.results().get(150);
        vm.select(far);
        String facets = vm.facets().toString();

        vm.showMore();
        assertThat(vm.searchingProperty().get()).isTrue();
        queued.removeFirst().run(); // the page of 205 rows, its first 200 written: those listed

        assertThat(vm.results()).hasSize(SearchViewModel.LIMIT);
        for (int i = 0; i < listed.size(); i++) {
            assertThat(vm.results().get(i)).isSameAs(listed.get(i)); // not replaced: no row moves
        }
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files");
        assertThat(vm.moreRowsProperty().get()).isZero();

        queued.removeFirst().run(); // the other 5 rows, with their snippets
        assertThat(queued).isEmpty(); // and no counting pass: the same search's counts are shown
        assertThat(vm.results()).extracting(i -> i.hit().path())
                .containsExactlyElementsOf(wholeList("walrus", 2 * SearchViewModel.LIMIT));
        assertThat(vm.results()).hasSize(FILES);
        assertThat(vm.results().subList(0, SearchViewModel.LIMIT)).containsExactlyElementsOf(listed);
        assertThat(vm.results().getLast().hit().snippet()).contains("walrus");
        assertThat(vm.selectedProperty().get()).isSameAs(far);
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files");
        assertThat(vm.facets().toString()).isEqualTo(facets);
        assertThat(vm.searchingProperty().get()).isFalse();

        vm.showMore(); // every file is listed: nothing to do
        assertThat(queued).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void otherWordsAfterShowMoreListTheirFirstRowsFirstAndTwoHundredOfThem() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        vm.queryProperty().set("walrus");
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        vm.showMore();
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        assertThat(vm.results()).hasSize(FILES);

        vm.orderProperty().set(ResultOrder.NAME); // another order of the same search keeps as many rows listed
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        assertThat(vm.results()).hasSize(FILES);
        assertThat(vm.results().getFirst().hit().fileName()).isEqualTo(name(0));
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files");
        vm.orderProperty().set(ResultOrder.RELEVANCE);
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }

        vm.queryProperty().set("walrus account"); // other words: their first rows first, then counts, then the rest
        queued.removeFirst().run();
        assertThat(vm.results()).extracting(i -> i.hit().path())
                .containsExactlyElementsOf(wholeList("walrus account", SearchViewModel.LIMIT)
                        .subList(0, SearchViewModel.FIRST_ROWS));
        assertThat(vm.moreRowsProperty().get()).isZero(); // not counted yet
        queued.removeFirst().run();
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(vm.moreRowsProperty().get()).isEqualTo(5);
        queued.removeFirst().run();
        assertThat(vm.results()).extracting(i -> i.hit().path())
                .containsExactlyElementsOf(wholeList("walrus account", SearchViewModel.LIMIT));
        assertThat(queued).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void showMoreWhileASearchRunsDoesNothing() {
        List<Runnable> queued = new ArrayList<>();
        vm = viewModel(queued::add, () -> search);
        vm.queryProperty().set("walrus");
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
        vm.queryProperty().set("walrus note"); // typed: the rows of "walrus" and its Show more are on their way out

        vm.showMore();
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }

        assertThat(vm.shownRequestProperty().get().query()).isEqualTo("walrus note");
        assertThat(vm.results()).hasSize(SearchViewModel.LIMIT);
        assertThat(vm.summaryProperty().get()).isEqualTo("205 files, showing the first 200");
        assertThat(errors).isEmpty();
    }
}
