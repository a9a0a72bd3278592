package org.collateralfinder.gui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.diagnostics.AppVersion;
import org.collateralfinder.gui.TestIndex;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The About window without a toolkit: what it shows, and "Copy diagnostics" over a real data folder
 * and a real index — the text reaches the clipboard and stays on show, and holds counts and folders
 * but none of the indexed files' names, titles or words.
 */
class AboutViewModelTest {

    @TempDir
    Path temp;

    private final List<String> clipboard = new ArrayList<>();
    private final List<UserError> errors = new ArrayList<>();

    @Test
    void showsVersionFoldersAndSourcesAndCopiesDiagnosticsWithoutDocumentContents() throws Exception {
        DataDirectory dir = DataDirectory.open(temp.resolve("data"));
        Files.writeString(dir.logsDir().resolve("collateral-finder.log"), "2026-11-29 INFO started\n");
        try (TestIndex indexed = TestIndex.ofTextFiles(temp)) {
            SourceRegistry registry = new SourceRegistry(dir.sourcesFile());
            registry.add(indexed.folder, List.of());
            AboutViewModel vm = new AboutViewModel(dir, registry, TeamDefaults.none(), new Reachability(),
                    () -> indexed.index, new UiWork(Runnable::run, Runnable::run, errors::add), clipboard::add);

            assertThat(vm.version()).isEqualTo(AppVersion.current());
            assertThat(vm.dataFolder()).isEqualTo(temp.resolve("data"));
            assertThat(vm.logFolder()).isEqualTo(temp.resolve("data").resolve("logs"));
            assertThat(vm.sources()).containsExactly(indexed.folder.toString());
            assertThat(vm.teamDefaults()).isEmpty();
            assertThat(vm.platform()).startsWith("Java " + Runtime.version() + " (");

            vm.copyDiagnostics();

            assertThat(errors).isEmpty();
            assertThat(vm.gatheringProperty().get()).isFalse();
            assertThat(clipboard).hasSize(1);
            String text = clipboard.getFirst();
            assertThat(vm.diagnosticsProperty().get()).isEqualTo(text);
            assertThat(vm.statusProperty().get()).isEqualTo("Copied " + text.lines().count() + " lines to the clipboard: "
                    + "versions, folders, sources, index size and logs; no document names or contents. Paste them "
                    + "into your message to support.");
            assertThat(text).contains("  version: " + AppVersion.current() + "\n",
                    "  path: " + temp.resolve("data") + "\n",
                    "    path: " + indexed.folder + "\n",
                    "    state: reachable\n",
                    "  documents: 4\n",
                    "      name: collateral-finder.log\n");
            for (String secret : List.of("Retail Case Study", "Battlecard", "Globex", "Onboarding Checklist",
                    "Email Templates", "Northwind", "pricing dashboard")) {
                assertThat(text).doesNotContainIgnoringCase(secret);
            }
        }
    }

    @Test
    void namesTheTeamsDefaultsAndThatTheyLockTheSources() throws Exception {
        DataDirectory dir = DataDirectory.open(temp.resolve("data"));
        Path share = Files.createDirectories(temp.resolve("share"));
        Path conf = temp.resolve("install").resolve(TeamDefaults.FILE_NAME);
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "source = " + share + "\nlocked = true\n");
        TeamDefaults team = TeamDefaults.read(conf);
        SourceRegistry registry = team.applyTo(dir);
        AboutViewModel vm = new AboutViewModel(dir, registry, team, new Reachability(), () -> null,
                new UiWork(Runnable::run, Runnable::run, errors::add), clipboard::add);

        assertThat(vm.sources()).containsExactly(share.toString());
        assertThat(vm.teamDefaults()).isEqualTo(conf + " (sources set by the team)");
    }
}
