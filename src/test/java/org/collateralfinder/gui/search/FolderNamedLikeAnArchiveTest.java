package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.offline.OfflineViewModel;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.Pin;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window test 9, issue 19: a real folder whose name ends in "!" ({@code fake.zip!}) is a folder, not an archive, in
 * the window as on the command line: its file is dragged, pinned and opened at its own path, while a file inside a
 * real archive still goes by its archive.
 */
class FolderNamedLikeAnArchiveTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();


    @Test
    void aFileInAFolderNamedLikeAnArchiveIsDraggedPinnedAndOpenedAtItsOwnPath() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path file = Files.writeString(Files.createDirectories(share.resolve("fake.zip!")).resolve("n.txt"),
                "bangword pricing notes");
        UiWork work = new UiWork(Runnable::run, Runnable::run, errors::add);
        try (TestIndex index = TestIndex.ofFolder(share, temp.resolve("index"))) {
            SearchViewModel search = new SearchViewModel(() -> index.search, new SourceAvailability(
                    () -> List.of(new SourceRegistry.SourceFolder(share.toString(), List.of())), Set::of,
                    new Reachability(), 1_000), path -> false, NoSuggestions.NONE, work, Debouncer.immediate());
            search.queryProperty().set("bangword");

            assertThat(search.results()).singleElement().satisfies(row -> {
                assertThat(row.hit().path()).isEqualTo(file.toString());
                assertThat(row.isArchiveMember()).isFalse();
                assertThat(row.fileOnDisk()).isEqualTo(file); // what a drag puts on the clipboard
            });
            ResultItem row = search.results().getFirst();

            OfflineStore store = new OfflineStore(temp.resolve("offline"), temp.resolve("offline.properties"));
            new OfflineViewModel(store, work, (path, pinned) -> { }).toggle(row);
            assertThat(store.list().pins()).extracting(Pin::path).containsExactly(file.toString());

            FileActions actions = new FileActions(work, s -> { }, p -> Optional.empty());
            assertThat(actions.locate(row.hit()).file()).isEqualTo(file);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aFileInsideARealArchiveGoesByItsArchive() throws Exception {
        Path archive = Files.write(Files.createDirectories(temp.resolve("share")).resolve("arc.zip"), new byte[] {80, 75});
        SearchHit member = new SearchHit(archive + "!/m.txt", "m", "text", "txt", "m.txt", archive.toString(),
                archive.getParent().toString(), 1f, "", Instant.EPOCH, 2, null, 1, "hash", null, List.of(), List.of());
        FileActions actions = new FileActions(new UiWork(Runnable::run, Runnable::run, errors::add), s -> { },
                p -> Optional.empty());

        assertThat(actions.locate(member).file()).isEqualTo(archive);
        assertThat(FileActions.fileOnDisk(member)).isEqualTo(archive);
    }
}
