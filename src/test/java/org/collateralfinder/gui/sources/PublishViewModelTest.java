package org.collateralfinder.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.collateralfinder.app.TeamIndexPublishing;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.UiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a share's team index from the Sources tab runs the command line's {@code publish} in a process
 * of its own (a real one here, on real files), asks first, can be stopped, and ends with the publisher's
 * own sentence.
 */
class PublishViewModelTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private final UiThread ui = new UiThread();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final List<UserError> errors = new CopyOnWriteArrayList<>();
    private PublishViewModel vm;
    private Path share;

    @BeforeEach
    void open() throws Exception {
        share = Files.createDirectories(temp.resolve("Marketing share"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(share.resolve("note-" + i + ".txt"), "capybara field note " + i);
        }
        vm = new PublishViewModel(TeamIndexPublishing.of(temp.resolve("window-data")), new UiWork(background, ui, errors::add));
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        ui.close();
    }

    @Test
    void aConfirmedPublicationWritesTheIndexIntoTheShareAndSaysWhat() {
        ui.run(() -> vm.ask(share.toString()));
        assertThat(ui.read(() -> vm.askedProperty().get())).isEqualTo(share.toString());
        assertThat(PublishViewModel.question(share.toString())).isEqualTo("Publish a team index of " + share
                + "? Its files are read here and their index is written into " + share.resolve(".collateral-index")
                + ", so laptops copy it instead of reading every file. The index holds the text of every file: "
                + "everyone who can read the share can read it.");

        ui.run(vm::confirm);
        ui.await("the publication ended", LIMIT, () -> !vm.resultForProperty().get().isEmpty());
        assertThat(ui.read(() -> vm.succeededProperty().get())).isTrue();
        assertThat(ui.read(() -> vm.resultProperty().get())).startsWith("Published generation 1 of " + share + " into "
                + share.resolve(".collateral-index") + ": 3 documents (3 files read), ");
        assertThat(share.resolve(".collateral-index").resolve("manifest.json")).isRegularFile();
        // the publisher's own index is kept in the window's data folder, not in the share
        assertThat(temp.resolve("window-data").resolve("publish")).isDirectory();

        ui.run(() -> vm.ask(share.toString()));
        ui.run(vm::confirm);
        ui.await("the second publication ended", LIMIT, () -> vm.runningProperty().get().isEmpty()
                && vm.resultProperty().get().startsWith("Nothing changed"));
        assertThat(ui.read(() -> vm.resultProperty().get())).isEqualTo("Nothing changed in " + share
                + " since generation 1 (3 documents); nothing was published.");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFolderThatIsNotThereGetsTheSentenceAndNothingIsWritten() {
        Path gone = temp.resolve("unmounted share");
        ui.run(() -> vm.ask(gone.toString()));
        ui.run(vm::confirm);
        ui.await("the publication ended", LIMIT, () -> !vm.resultForProperty().get().isEmpty());
        assertThat(ui.read(() -> vm.succeededProperty().get())).isFalse();
        assertThat(ui.read(() -> vm.resultProperty().get())).isEqualTo("Cannot publish " + gone + ": it does not exist "
                + "(check the path, and that the share is mounted).");
        assertThat(gone).doesNotExist();
    }

    @Test
    void aStoppedPublicationPublishesNothing() {
        ui.run(() -> vm.ask(share.toString()));
        ui.run(() -> {
            vm.confirm();
            vm.stop(); // before the publisher has read a file
        });
        ui.await("the publication ended", LIMIT, () -> !vm.resultForProperty().get().isEmpty());
        assertThat(ui.read(() -> vm.succeededProperty().get())).isFalse();
        assertThat(ui.read(() -> vm.resultProperty().get()))
                .isEqualTo("Publishing was stopped before the share was indexed; nothing was published.");
        assertThat(share.resolve(".collateral-index").resolve("manifest.json")).doesNotExist();
    }

    @Test
    void notNowForgetsTheQuestionAndPublishesNothing() {
        ui.run(() -> vm.ask(share.toString()));
        ui.run(vm::notNow);
        assertThat(ui.read(() -> vm.askedProperty().get())).isEmpty();
        ui.run(vm::confirm);
        assertThat(ui.read(() -> vm.runningProperty().get())).isEmpty();
        assertThat(share.resolve(".collateral-index")).doesNotExist();
    }
}
