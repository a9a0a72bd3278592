package org.collateralfinder.gui.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.deck.DeckTrayViewModel.TraySlide;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.RetiredGuard;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.slides.DeckExporter;
import org.collateralfinder.slides.PptxPackageCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck tray over real decks, on synchronous executors, without a toolkit. */
class DeckTrayViewModelTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private DeckTrayViewModel tray;
    private ResultItem stress;
    private ResultItem layouts;

    /** Every deck a test wrote has each relationship leading to a part of the right type (re-test 17). */
    @AfterEach
    void everyDeckWrittenIsWhole() throws Exception {
        PptxPackageCheck.assertDecksWhole(temp, "Decks");
    }

    @BeforeEach
    void decks() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("Decks"));
        stress = result(Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), folder.resolve("stress013.pptx")),
                "FPBench", "presentation");
        layouts = result(Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), folder.resolve("layouts.pptx")),
                "Layouts", "presentation");
        tray = new DeckTrayViewModel(new DeckExporter(), new UiWork(Runnable::run, Runnable::run, errors::add));
    }

    static ResultItem result(Path file, String title, String type) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return new ResultItem(new SearchHit(file.toString(), title, type, ext, name, file.getParent().toString(),
                file.getParent().toString(), 1f, "", Instant.parse("2026-03-01T10:00:00Z"), 1, null, 10, "h" + name, null,
                List.of(), List.of()), null, true);
    }

    @Test
    void aSlideOfARetiredFileGoesIntoTheDeckOnlyOnceTheRepSaysSo() {
        ResultItem retired = stress.withCuration(new ShownCuration(new Curation(UUID.randomUUID(), "a".repeat(64),
                stress.hit().path(), "maria", Instant.parse("2026-12-01T10:00:00Z"), CurationState.RETIRED, null, null,
                layouts.hit().path(), "b".repeat(64)), false, layouts.hit().path(), false));
        List<String> questions = new ArrayList<>();
        boolean[] answer = {false};
        RetiredGuard guard = new RetiredGuard(question -> {
            questions.add(question);
            return answer[0];
        });
        tray.guardWith(item -> guard.mayUse(item, "Export"));

        tray.add(retired, 19);
        assertThat(tray.slides()).isEmpty();
        answer[0] = true;
        tray.add(retired, 19);
        tray.add(retired, 4);
        tray.add(layouts, 3);

        assertThat(tray.slides()).extracting(TraySlide::label).containsExactly("FPBench — slide 19", "FPBench — slide 4",
                "Layouts — slide 3");
        assertThat(questions).containsExactly(
                "Marketing retired stress013.pptx; use layouts.pptx instead. Export it anyway?",
                "Marketing retired stress013.pptx; use layouts.pptx instead. Export it anyway?");
    }

    @Test
    void slidesAreAddedReorderedRemovedAndSavedInTheTraysOrder() throws Exception {
        tray.add(stress, 19);
        tray.add(layouts, 3);
        tray.add(stress, 4);
        tray.add(stress, 19); // already there: it goes in again, as slides export takes it, and the tray says so
        assertThat(tray.messageProperty().get()).isEqualTo("FPBench — slide 19 is in the deck twice now.");
        tray.remove(3); // the message went with the slide (re-test 22 #6: it stayed)
        assertThat(tray.messageProperty().get()).isEmpty();
        tray.add(layouts, 9);
        assertThat(tray.messageProperty().get()).isEmpty();
        assertThat(tray.slides()).extracting(TraySlide::label).containsExactly("FPBench — slide 19", "Layouts — slide 3",
                "FPBench — slide 4", "Layouts — slide 9");

        tray.moveUp(2);
        tray.moveDown(0);
        tray.moveUp(0); // the first cannot go higher
        tray.moveDown(3); // the last cannot go lower
        assertThat(tray.slides()).extracting(TraySlide::label).containsExactly("FPBench — slide 4", "FPBench — slide 19",
                "Layouts — slide 3", "Layouts — slide 9");
        tray.remove(1);
        assertThat(tray.slides()).extracting(TraySlide::label).containsExactly("FPBench — slide 4", "Layouts — slide 3",
                "Layouts — slide 9");

        Path out = temp.resolve("Meeting.pptx");
        tray.save(out);

        assertThat(errors).isEmpty();
        assertThat(tray.savingProperty().get()).isFalse();
        assertThat(tray.savedProperty().get()).isEqualTo(out);
        assertThat(tray.messageProperty().get()).isEqualTo("Saved 3 slides as Meeting.pptx.");
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle)
                    .containsExactly("Incredible progress…", "Section Title", "Picture with Caption");
        }
        tray.clear();
        assertThat(tray.slides()).isEmpty();
        assertThat(tray.savedProperty().get()).isEqualTo(out); // the saved deck can still be dragged out
    }

    @Test
    void aSlideThatCannotBeCopiedIsSaidAndTheOthersAreSaved() throws Exception {
        ResultItem gone = result(temp.resolve("Decks/gone.pdf"), "Old price list", "pdf");
        tray.add(gone, 2);
        tray.add(layouts, 2);

        tray.save(temp.resolve("deck.pdf"));

        assertThat(errors).isEmpty();
        assertThat(tray.messageProperty().get()).isEqualTo("Saved 1 of 2 slides as deck.pdf. " + temp.resolve("Decks/gone.pdf")
                + "#2 was left out: gone.pdf does not exist.");
        assertThat(tray.slides()).extracting(TraySlide::label).containsExactly("Old price list — page 2", "Layouts — slide 2");
    }

    @Test
    void aDeckThatCannotBeSavedIsOneSentenceAndNothingIsSaved() {
        tray.add(layouts, 1);

        tray.save(temp.resolve("no such folder/deck.pptx"));

        assertThat(errors).extracting(UserError::sentence).containsExactly("The folder " + temp.resolve("no such folder")
                + " does not exist; make it first, or save the deck in another folder.");
        assertThat(tray.savedProperty().get()).isNull();
        assertThat(tray.savingProperty().get()).isFalse();
        assertThat(tray.messageProperty().get()).isEmpty();

        errors.clear();
        tray.clear();
        tray.add(result(temp.resolve("Decks/gone.pptx"), "Gone", "presentation"), 1);
        tray.save(temp.resolve("deck.pptx"));
        assertThat(errors).extracting(UserError::sentence).containsExactly("No slide could be put in the deck. "
                + temp.resolve("Decks/gone.pptx") + "#1 was left out: gone.pptx does not exist.");
        assertThat(temp.resolve("deck.pptx")).doesNotExist();
    }

    /** Window test 12, F6: the red "could not be written" banner stayed after the next save went through. */
    @Test
    void aSaveThatGoesThroughTakesBackTheFailureOfTheSaveBefore() {
        List<UserError> retracted = new ArrayList<>();
        DeckTrayViewModel deck = new DeckTrayViewModel(new DeckExporter(), new UiWork(Runnable::run, Runnable::run,
                errors::add), retracted::add);
        deck.add(layouts, 1);

        deck.save(temp.resolve("no such folder/deck.pptx"));
        assertThat(errors).hasSize(1);
        assertThat(retracted).isEmpty();

        deck.save(temp.resolve("deck.pptx"));

        assertThat(deck.messageProperty().get()).isEqualTo("Saved 1 slide as deck.pptx.");
        assertThat(retracted).containsExactly(errors.getFirst());
        deck.save(temp.resolve("again.pptx"));
        assertThat(retracted).as("taken back once").hasSize(1);
    }

    /**
     * Slides re-test 20 #3: the window's Replace (the file chooser asked) replaces a deck saved before, never a deck the
     * app did not export, which is said in a sentence naming it and left as it is.
     */
    @Test
    void replacingReplacesOnlyADeckSavedBefore() throws Exception {
        Path clients = Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), temp.resolve("Client deck.pptx"));
        byte[] before = Files.readAllBytes(clients);
        tray.add(layouts, 3);

        tray.save(clients);

        assertThat(errors).extracting(UserError::sentence).containsExactly(clients + " exists and is not a deck Collateral "
                + "Finder exported; it was left as it is. Choose another file name.");
        assertThat(Files.readAllBytes(clients)).isEqualTo(before);
        assertThat(tray.savedProperty().get()).isNull();

        errors.clear();
        Path meeting = temp.resolve("Meeting.pptx");
        tray.save(meeting);
        tray.add(layouts, 9);
        tray.save(meeting);
        assertThat(errors).isEmpty();
        assertThat(tray.messageProperty().get()).isEqualTo("Saved 2 slides as Meeting.pptx.");
        try (InputStream in = Files.newInputStream(meeting); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Section Title", "Picture with Caption");
        }
    }

    @Test
    void onlyDecksAndPdfsOnDiskGiveSlides() throws IOException {
        ResultItem word = result(Files.writeString(temp.resolve("Decks/notes.docx"), "x"), "Notes", "document");
        ResultItem inArchive = new ResultItem(new SearchHit(temp.resolve("Decks/a.zip") + "!/deck.pptx", "In a zip",
                "presentation", "pptx", "deck.pptx", temp.resolve("Decks").toString(), temp.toString(), 1f, "",
                Instant.parse("2026-03-01T10:00:00Z"), 1, null, 3, "z", null, List.of(), List.of()), null, true);

        tray.add(word, 1);
        tray.add(inArchive, 1);

        assertThat(DeckTrayViewModel.canAdd(word)).isFalse();
        assertThat(DeckTrayViewModel.canAdd(inArchive)).isFalse();
        assertThat(DeckTrayViewModel.canAdd(stress)).isTrue();
        assertThat(tray.slides()).isEmpty();
    }
}
