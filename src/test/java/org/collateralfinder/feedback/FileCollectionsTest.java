package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_A;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_B;
import static org.collateralfinder.feedback.FeedbackFixtures.HASH_C;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections over real H2 databases: two laptops and one team folder, the index given as the files it holds. The
 * author is whoever runs the tests, so the logs' owners agree with their names.
 */
class FileCollectionsTest {

    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();
    private Path team;
    private final KnownFile deck = new KnownFile(HASH_A, "/share/deck.pptx");
    private final KnownFile sheet = new KnownFile(HASH_B, "/share/sheet.pdf");
    private final KnownFile study = new KnownFile(HASH_C, "/share/study.docx");
    private final List<KnownFile> indexed = List.of(deck, sheet, study);

    @BeforeEach
    void teamFolder() {
        team = dir.resolve("team");
    }

    @AfterEach
    void closeAll() {
        opened.forEach(FeedbackDatabase::close);
    }

    private FeedbackDatabase database(String name) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(name).resolve("feedback"));
        opened.add(database);
        assertThat(new TeamFolderSync(database).sync(team).writable()).isTrue();
        return database;
    }

    private static List<String> paths(CollectionFiles files, FileCollection collection) {
        return files.filesOf(collection).stream().map(CollectionFiles.Shown::path).toList();
    }

    @Test
    void aSharedCollectionReachesTheOtherLaptopInItsOrderAndAPersonalOneDoesNot() throws Exception {
        FileCollections laptopA = new FileCollections(database("a"));
        FileCollections laptopB = new FileCollections(database("b"));
        FileCollection kit = laptopA.create("Healthcare pitch kit", "For hospital buyers", ME).collection();
        laptopA.create("My drafts", null, ME);
        kit = laptopA.add(kit, List.of(study, deck, sheet), laptopA.byFile(IndexedContents.of(indexed)), ME, team)
                .collection();

        FileCollections.Outcome shared = laptopA.share(kit, laptopA.byFile(IndexedContents.of(indexed)), ME, team);

        assertThat(shared.written()).isTrue();
        assertThat(Files.readAllLines(team.resolve("collections").resolve(TeamLogFiles.logFileName(ME)))).hasSize(1);
        SyncResult sync = new TeamFolderSync(opened.get(1)).sync(team);
        assertThat(sync.collectionsMerged()).isEqualTo(1);
        assertThat(laptopB.current()).extracting(FileCollection::name, FileCollection::description, FileCollection::shared)
                .containsExactly(tuple("Healthcare pitch kit", "For hospital buyers", true));
        FileCollection there = laptopB.named("healthcare PITCH kit", null, "bob");
        assertThat(paths(laptopB.byFile(IndexedContents.of(indexed)), there))
                .containsExactly("/share/study.docx", "/share/deck.pptx", "/share/sheet.pdf");
        assertThat(laptopA.current()).extracting(FileCollection::name).containsExactly("Healthcare pitch kit", "My drafts");
    }

    @Test
    void aFileRenamedOrEditedInPlaceIsStillInTheCollectionAndRemovingOneKeepsTheOrder() {
        FeedbackDatabase database = database("a");
        FileCollections collections = new FileCollections(database);
        FileCollection kit = collections.create("Renewal Q4", null, ME).collection();
        kit = collections.add(kit, List.of(deck, sheet, study), collections.byFile(IndexedContents.of(indexed)), ME, null)
                .collection();
        // the deck renamed; the sheet re-saved in place (new content), as an index run tells feedback
        String edited = ContentHasher.hash("sheet, re-saved".getBytes(StandardCharsets.UTF_8));
        new FeedbackRepository(database).recordEdits(List.of(new EditedFile("/share/sheet.pdf", HASH_B, edited)));
        List<KnownFile> now = List.of(new KnownFile(HASH_A, "/share/2026/deck-final.pptx"),
                new KnownFile(edited, "/share/sheet.pdf"), study);

        CollectionFiles files = collections.byFile(IndexedContents.of(now));

        assertThat(files.filesOf(kit)).containsExactly(
                new CollectionFiles.Shown("/share/2026/deck-final.pptx", HASH_A, true, false),
                new CollectionFiles.Shown("/share/sheet.pdf", edited, true, true),
                new CollectionFiles.Shown("/share/study.docx", HASH_C, true, false));
        assertThat(files.holding(new KnownFile(edited, "/share/sheet.pdf"))).extracting(FileCollection::name)
                .containsExactly("Renewal Q4");

        FileCollection less = collections.remove(kit, new KnownFile(edited, "/share/sheet.pdf"), "/share/sheet.pdf",
                files, ME, null).collection();

        assertThat(less.files()).containsExactly(new FileCollection.Member(HASH_A, "/share/2026/deck-final.pptx"),
                new FileCollection.Member(HASH_C, "/share/study.docx"));
        assertThatThrownBy(() -> collections.remove(less, null, "/share/other.pdf",
                collections.byFile(IndexedContents.of(now)), ME, null))
                .hasMessage("/share/other.pdf is not in the collection \"Renewal Q4\".");
    }

    @Test
    void onlyItsAuthorChangesACollectionAndNamesAreCheckedAndFound() {
        FileCollections collections = new FileCollections(database("a"));
        FileCollection kit = collections.create("Healthcare pitch kit", null, "maria").collection();
        CollectionFiles files = collections.byFile(IndexedContents.of(indexed));

        assertThatThrownBy(() -> collections.add(kit, List.of(deck), files, "bob", null)).hasMessage("\"Healthcare "
                + "pitch kit\" is maria's collection, and only maria changes it; make one of your own with collection "
                + "create.");
        assertThatThrownBy(() -> collections.create("healthcare pitch KIT", null, "bob")).hasMessage("maria shares a "
                + "collection named \"Healthcare pitch kit\" already; choose another name, so the team can tell them "
                + "apart.");
        // names that look the same (rc16 finding 1): a run of spaces, full-width letters
        for (String lookAlike : List.of("Healthcare  pitch kit", "\uFF28ealthcare pitch kit")) {
            assertThatThrownBy(() -> collections.create(lookAlike, null, "bob")).as(lookAlike).hasMessage("maria shares "
                    + "a collection named \"Healthcare pitch kit\" already; choose another name, so the team can tell "
                    + "them apart.");
        }
        assertThatThrownBy(() -> collections.create(" ", null, "bob")).hasMessage("A collection needs a name, such as "
                + "\"Healthcare pitch kit\".");
        assertThatThrownBy(() -> collections.create("Two\nlines", null, "bob")).hasMessage("The collection's name "
                + "cannot contain line breaks, tabs or other control characters.");
        assertThatThrownBy(() -> collections.create("x".repeat(101), null, "bob")).hasMessage("The collection's name "
                + "has 101 characters; the limit is 100.");
        assertThatThrownBy(() -> collections.named("Renewal Q4", null, "bob")).hasMessage("There is no collection named "
                + "\"Renewal Q4\"; collection list shows the collections there are.");
        assertThat(collections.named("  healthcare pitch kit ", null, "bob").collection()).isEqualTo(kit.collection());
    }
}
