package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.model.CollateralException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a copy or an older version listed under a result, and what the rep reads when it cannot be. */
class FileActionsTest {

    @TempDir
    Path temp;

    @Test
    void anOlderVersionThatIsGoneIsOneSentenceWithItsRealPath() {
        List<UserError> errors = new ArrayList<>();
        List<String> said = new ArrayList<>();
        FileActions actions = new FileActions(new UiWork(Runnable::run, Runnable::run, errors::add), said::add,
                p -> Optional.empty());
        Path gone = temp.resolve("Old decks").resolve("Pricing Deck v1.pptx");

        actions.openPath(gone.toString());

        assertThat(said).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.sentence()).isEqualTo("Pricing Deck v1.pptx cannot be found in " + gone.getParent()
                    + ": it was moved or deleted, or its share is offline.");
            assertThat(e.sentence()).doesNotContain("%20", "file:");
        });
    }

    @Test
    void aFailureWithoutASentenceSaysWhereTheDetailsAreNotWhatTheExceptionSaid() {
        UserError e = UserError.of("Opening the file", new IOException("Failed to open file:/tmp/Deck%20v2.pptx"));

        assertThat(e.sentence()).isEqualTo("Opening the file did not work because of an error in Collateral Finder; "
                + "the details are in its log.");
        assertThat(e.action()).isNull();
    }

    @Test
    void aFileThisComputerCannotOpenOffersToShowItInItsFolderAndAGoneFileDoesNot() {
        List<String> shown = new ArrayList<>();
        UserError cannotOpen = FileActions.whenOpenFails(new FileActions.CannotOpen("This computer could not open "
                + "Deck.pptx (/share): no application seems to be set up for .pptx files. Use Show in folder to open "
                + "it from there.", null), () -> shown.add("shown"));
        UserError gone = FileActions.whenOpenFails(new CollateralException("Deck.pptx cannot be found in /share: it "
                + "was moved or deleted, or its share is offline."), () -> shown.add("shown"));

        assertThat(cannotOpen.action().label()).isEqualTo("Show in folder");
        cannotOpen.action().run().run();
        assertThat(shown).containsExactly("shown");
        assertThat(gone.action()).isNull();
    }

    @Test
    void aFolderThisComputerCannotShowIsSaidAsTheComputersLimitNotAnErrorOfTheApp() {
        Path file = Path.of("/share/my corpus/sub/notes.txt");
        CollateralException e = FileActions.cannotShow(file,
                new IOException("Failed to show URI:file:/share/my%20corpus/sub/"));

        assertThat(UserError.of("Showing the file in its folder", e).sentence()).isEqualTo("This computer could not show "
                + "notes.txt in its folder (/share/my corpus/sub): no file manager seems to be set up. Copy the path "
                + "to open the folder yourself.");
    }
}
