package org.collateralfinder.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.search.FeedbackFilters;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's collections without a toolkit: a real Lucene index of real files, real H2, a real team folder and real
 * offline copies. The rep is "alice"; maria, on another laptop, shares a kit.
 */
class CollectionsViewModelTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final List<String> pinned = new ArrayList<>();
    private final SimpleObjectProperty<ResultItem> selected = new SimpleObjectProperty<>();
    private final SimpleStringProperty query = new SimpleStringProperty("");
    private Path team;
    private Path deck;
    private Path sheet;
    private TestIndex index;
    private FeedbackStore store;
    private SearchService search;
    private OfflineStore offline;
    private CollectionsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        deck = OfficeFiles.text(share.resolve("clinical-deck.txt"), "Clinical outcomes deck for hospital buyers.",
                "2025-01-15T10:00:00Z");
        sheet = OfficeFiles.text(share.resolve("price-sheet.txt"), "Price sheet for the hospital plan.",
                "2025-01-15T10:00:00Z");
        team = Files.createDirectories(temp.resolve("team"));
        index = TestIndex.ofFolder(share, temp.resolve("index"));
        store = FeedbackStore.openInBackground(temp.resolve("alice/feedback"), Runnable::run, "alice");
        assertThat(store.teamSync().sync(team).writable()).isTrue();
        search = new SearchService(index.index, new FeedbackFilters(store::repository, store::repositoryIfOpen));
        offline = new OfflineStore(temp.resolve("alice/offline"), temp.resolve("alice/offline.properties"));
        vm = new CollectionsViewModel(selected, query, store, () -> search, () -> Optional.of(team), offline,
                new UiWork(Runnable::run, Runnable::run, errors::add), shown::add, (path, now) -> pinned.add(path));
    }

    @AfterEach
    void tearDown() {
        store.close();
        index.close();
    }

    private ResultItem row(Path file) {
        SearchHit hit = search.search(SearchRequest.of("hospital", 10)).hits().stream()
                .filter(h -> h.path().equals(file.toString())).findFirst().orElseThrow();
        return new ResultItem(hit, null, true);
    }

    @Test
    void theRepMakesACollectionAddsTheSelectedFilesSharesItAndKeepsItOffline() throws Exception {
        vm.reload();
        assertThat(vm.rows()).isEmpty();

        vm.create("Renewal Q4", null);
        selected.set(row(sheet));
        vm.addSelectedTo(vm.rows().getFirst());
        selected.set(row(deck));
        vm.addSelectedTo(vm.rows().getFirst());

        assertThat(vm.messageProperty().get()).isEqualTo("Added clinical-deck.txt to \"Renewal Q4\".");
        assertThat(vm.rows()).extracting(CollectionsViewModel.Row::name, CollectionsViewModel.Row::detail)
                .containsExactly(tuple("Renewal Q4", "2 files · personal"));
        assertThat(vm.chosenProperty().get().name()).isEqualTo("Renewal Q4");
        assertThat(vm.files()).extracting(CollectionsViewModel.FileRow::text)
                .containsExactly("1. price-sheet.txt", "2. clinical-deck.txt");
        assertThat(vm.holding()).containsExactly("Renewal Q4");
        assertThat(vm.addable()).isEmpty();

        vm.share(vm.rows().getFirst());

        assertThat(vm.messageProperty().get()).isEqualTo("Shared \"Renewal Q4\" with the team; it reaches every laptop "
                + "at its next sync.");
        assertThat(Files.readAllLines(team.resolve("collections/alice.jsonl"))).hasSize(1);
        assertThat(vm.rows().getFirst().detail()).isEqualTo("2 files · shared by you");

        vm.pin(vm.rows().getFirst());

        assertThat(vm.messageProperty().get()).isEqualTo("Kept the 2 files of \"Renewal Q4\" offline.");
        assertThat(pinned).containsExactly(sheet.toString(), deck.toString());
        assertThat(offline.isPinned(deck.toString())).isTrue();

        vm.open(vm.files().get(1));
        assertThat(shown).containsExactly(deck.toString());
        vm.removeSelectedFrom(vm.rows().getFirst());
        assertThat(vm.files()).extracting(CollectionsViewModel.FileRow::text).containsExactly("1. price-sheet.txt");
        assertThat(vm.holding()).isEmpty();
        assertThat(errors).isEmpty();
    }

    /**
     * Issue 16 re-test r23, finding 8: while the window indexed, the detail said "In collections: Renewal Q4" under
     * another file's title for seconds, until the slow read of the new file's collections landed.
     */
    @Test
    void anotherFilesCollectionsAreNeverShownWhileTheSelectedFilesAreRead() throws Exception {
        vm.create("Renewal Q4", null);
        selected.set(row(sheet));
        vm.addSelectedTo(vm.rows().getFirst());
        List<Runnable> held = new ArrayList<>();
        SimpleObjectProperty<ResultItem> chosen = new SimpleObjectProperty<>();
        CollectionsViewModel slow = new CollectionsViewModel(chosen, query, store, () -> search, () -> Optional.of(team),
                offline, new UiWork(held::add, Runnable::run, errors::add), shown::add, (path, now) -> pinned.add(path));
        chosen.set(row(sheet));
        runAll(held);
        assertThat(slow.holding()).containsExactly("Renewal Q4");
        assertThat(slow.holdingReadProperty().get()).isTrue();

        assertThat(slow.listReadProperty().get()).isFalse(); // the sidebar says it reads them, not "No collection yet"
        slow.reload();
        runAll(held);
        assertThat(slow.listReadProperty().get()).isTrue();
        assertThat(slow.rows()).extracting(CollectionsViewModel.Row::name).containsExactly("Renewal Q4");

        chosen.set(row(deck)); // its read waits

        assertThat(slow.holding()).isEmpty();
        assertThat(slow.holdingReadProperty().get()).isFalse();
        runAll(held);
        assertThat(slow.holding()).isEmpty();
        assertThat(slow.holdingReadProperty().get()).isTrue();
        assertThat(errors).isEmpty();
    }

    @Test
    void aKitSharedByAnotherRepAnswersTheSearchAndIsShownButNotChanged() throws Exception {
        try (FeedbackDatabase maria = FeedbackDatabase.open(temp.resolve("maria/feedback"))) {
            assertThat(new TeamFolderSync(maria).sync(team).writable()).isTrue();
            FileCollections hers = new FileCollections(maria);
            FileCollection kit = hers.create("Healthcare pitch kit", "For hospital buyers", "maria").collection();
            List<KnownFile> files = List.of(new KnownFile(row(deck).hit().contentHash(), deck.toString()),
                    new KnownFile(row(sheet).hit().contentHash(), sheet.toString()));
            CollectionFiles now = hers.byFile(IndexedContents.of(files));
            kit = hers.add(kit, files, now, "maria", team).collection();
            assertThat(hers.share(kit, hers.byFile(IndexedContents.of(files)), "maria",
                    team).written()).isTrue();
        }
        assertThat(store.teamSync().sync(team).collectionsMerged()).isEqualTo(1);
        vm.create("My drafts", null);
        vm.reload();
        assertThat(vm.rows()).extracting(CollectionsViewModel.Row::name).containsExactly("Healthcare pitch kit",
                "My drafts");

        query.set("pitch kit");

        assertThat(vm.rows()).extracting(CollectionsViewModel.Row::name, CollectionsViewModel.Row::matches)
                .containsExactly(tuple("Healthcare pitch kit", true), tuple("My drafts", false));
        assertThat(vm.rows().getFirst().detail()).isEqualTo("2 files · shared by maria");
        query.set("drafts");
        assertThat(vm.rows()).extracting(CollectionsViewModel.Row::name).containsExactly("My drafts",
                "Healthcare pitch kit");

        selected.set(row(sheet));
        vm.chooseNamed("Healthcare pitch kit");
        assertThat(vm.holding()).containsExactly("Healthcare pitch kit");
        assertThat(vm.files()).extracting(CollectionsViewModel.FileRow::text)
                .containsExactly("1. clinical-deck.txt", "2. price-sheet.txt");
        assertThat(vm.own()).extracting(CollectionsViewModel.Row::name).containsExactly("My drafts");
        vm.removeSelectedFrom(vm.chosenProperty().get());
        assertThat(vm.messageProperty().get()).isEqualTo("\"Healthcare pitch kit\" is maria's collection, and only maria "
                + "changes it; make one of your own with collection create.");
        assertThat(errors).isEmpty();
    }

    /** Issue 16, re-test 22, finding 7: the sidebar's member list shows marketing's word on each file. */
    @Test
    void aRetiredMemberIsMarkedInTheMemberList() throws Exception {
        Files.createDirectories(team.resolve("curation"));
        SearchHit retired = row(deck).hit();
        Curation given = store.curations().curate(new Curations.Request(List.of(new KnownFile(retired.contentHash(),
                retired.path())), CurationState.RETIRED, null, null, null, "alice", List.of()), team).curations()
                .getFirst();
        vm.reload();
        vm.create("Renewal Q4", null);
        selected.set(row(sheet));
        vm.addSelectedTo(vm.rows().getFirst());
        selected.set(row(deck));
        vm.addSelectedTo(vm.rows().getFirst());

        assertThat(vm.files()).extracting(CollectionsViewModel.FileRow::text).containsExactly("1. price-sheet.txt",
                "2. clinical-deck.txt \u00b7 Retired (alice, " + given.at().toString().substring(0, 10) + ")");
        assertThat(errors).isEmpty();

        // r24, finding 5: a member deleted since is said on its own line, not after a name the sidebar cuts short
        Files.delete(sheet);
        index.reindex();
        vm.reload();
        assertThat(vm.files()).extracting(CollectionsViewModel.FileRow::numberedName, CollectionsViewModel.FileRow::noteLine)
                .containsExactly(tuple("1. price-sheet.txt", "No longer found"), tuple("2. clinical-deck.txt",
                        "Retired (alice, " + given.at().toString().substring(0, 10) + ")"));
        assertThat(errors).isEmpty();
    }

    /** Runs what waits, and what that leaves waiting, until nothing does. */
    private static void runAll(List<Runnable> held) {
        while (!held.isEmpty()) {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }
}
