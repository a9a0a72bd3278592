package org.collateralfinder.gui.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.offline.OfflineStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keep offline without a toolkit, over a real offline store: pinning a result, the space used, and
 * opening the copy when the share is offline (or a sentence when there is none).
 */
class OfflineViewModelTest {

    @TempDir
    Path temp;

    private final List<UserError> errors = new ArrayList<>();
    private final Map<String, Boolean> badges = new HashMap<>();

    private static SearchHit hit(Path share, String name) {
        Path file = share.resolve(name);
        return new SearchHit(file.toString(), name, "pdf", "pdf", name, share.toString(), share.toString(), 1f, "",
                Instant.EPOCH, 10, null, 1, "hash", null, List.of(), List.of());
    }

    @Test
    void keepingAResultOfflineCopiesItShowsTheBadgeAndCountsTheSpace() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Files.write(share.resolve("Price Sheet.pdf"), new byte[2048]);
        OfflineStore store = new OfflineStore(temp.resolve("offline"), temp.resolve("offline.properties"));
        OfflineViewModel vm = new OfflineViewModel(store, new UiWork(Runnable::run, Runnable::run, errors::add),
                badges::put);

        vm.toggle(new ResultItem(hit(share, "Price Sheet.pdf"), null, true, false));

        assertThat(errors).isEmpty();
        assertThat(badges).containsEntry(share.resolve("Price Sheet.pdf").toString(), true);
        assertThat(vm.statusProperty().get()).isEqualTo("Kept offline: Price Sheet.pdf, 2 KB.");
        assertThat(vm.pinnedPaths()).containsExactly(share.resolve("Price Sheet.pdf").toString());
        assertThat(vm.usageProperty().get()).isEqualTo("2 KB of 2 GB used, 1 item kept offline");

        vm.toggle(new ResultItem(hit(share, "Price Sheet.pdf"), null, true, true));
        assertThat(badges).containsEntry(share.resolve("Price Sheet.pdf").toString(), false);
        assertThat(vm.pinnedPaths()).isEmpty();
    }

    @Test
    void whenTheShareIsOfflineFileActionsUseTheCopyOrSayThereIsNone() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Files.writeString(share.resolve("Kept.pdf"), "kept");
        Files.writeString(share.resolve("Not kept.pdf"), "not kept");
        OfflineStore store = new OfflineStore(temp.resolve("offline"), temp.resolve("offline.properties"));
        store.pin(share.resolve("Kept.pdf"));
        Path unmounted = temp.resolve("unmounted");
        Files.move(share, unmounted); // the share goes away
        FileActions actions = new FileActions(new UiWork(Runnable::run, Runnable::run, errors::add), s -> { },
                store::copyFor);

        FileActions.Located kept = actions.locate(hit(share, "Kept.pdf"));
        assertThat(kept.offlineCopy()).isTrue();
        assertThat(Files.readString(kept.file())).isEqualTo("kept");
        assertThat(kept.file()).startsWith(temp.resolve("offline"));

        assertThatThrownBy(() -> actions.locate(hit(share, "Not kept.pdf")))
                .isInstanceOf(CollateralException.class)
                .hasMessage("The share " + share + " is offline and Not kept.pdf is not kept offline, so it cannot be "
                        + "opened now. Connect to the share (VPN or office network) and try again; use Keep offline "
                        + "to have it with you next time.");
    }
}
