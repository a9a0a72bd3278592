package org.collateralfinder.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.sources.SampleCollateralInstaller;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.sources.SourceRegistry.SourceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's defaults file: read strictly, applied to a data folder, locked or offered once. */
class TeamDefaultsTest {

    @TempDir
    Path tmp;

    private Path file(String... lines) throws IOException {
        return Files.writeString(tmp.resolve(TeamDefaults.FILE_NAME), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String abs(String name) {
        return tmp.resolve(name).toAbsolutePath().normalize().toString();
    }

    private DataDirectory data() {
        return DataDirectory.open(tmp.resolve("data"));
    }

    @Test
    void readsRepeatedSourcesExcludesTheFeedbackFolderAndTheLock() throws IOException {
        Path f = file("\uFEFF# Northwind sales team",
                "source = " + abs("share/marketing"),
                "",
                "SOURCE=" + abs("share/playbooks") + "/../playbooks",
                "source = Z:\\Marketing",
                "exclude = Archive/",
                "exclude = *.tmp",
                "feedback.folder = " + abs("share/feedback"),
                "locked = TRUE");

        TeamDefaults d = TeamDefaults.read(f);

        assertThat(d.origin()).isEqualTo(f.toAbsolutePath());
        // Z:\Marketing is not a path on this (Linux or macOS) computer: left out
        assertThat(d.sources()).containsExactly(abs("share/marketing"), abs("share/playbooks"));
        assertThat(d.excludes()).containsExactly("Archive/", "*.tmp");
        assertThat(d.feedbackFolder()).isEqualTo(abs("share/feedback"));
        assertThat(d.locked()).isTrue();
        assertThat(d.present()).isTrue();
    }

    @Test
    void refusesALineItDoesNotUnderstandWithItsNumber() throws IOException {
        Path f = file("# team", "source = " + abs("share"), "lock = true");

        assertThatThrownBy(() -> TeamDefaults.read(f)).isInstanceOf(CollateralException.class)
                .hasMessage("Line 3 of the team defaults in " + f + " is not understood ('lock = true'): the settings are "
                        + "source, exclude, feedback.folder and locked, one 'key = value' a line.");
    }

    @Test
    void refusesALockThatIsNeitherTrueNorFalse() throws IOException {
        Path f = file("locked = yes");

        assertThatThrownBy(() -> TeamDefaults.read(f)).isInstanceOf(CollateralException.class)
                .hasMessage("Line 1 of the team defaults in " + f + " is not understood ('locked = yes'): "
                        + "locked is true or false.");
    }

    @Test
    void findsTheNamedFileFirstThenTheOneNextToTheApp() throws IOException {
        Path install = Files.createDirectories(tmp.resolve("install"));
        Files.writeString(install.resolve(TeamDefaults.FILE_NAME), "source = " + abs("next-to-app") + "\n");
        Path named = Files.writeString(tmp.resolve("named.conf"), "source = " + abs("named") + "\n");

        assertThat(TeamDefaults.find(Map.of(TeamDefaults.VARIABLE, named.toString()), install).sources())
                .containsExactly(abs("named"));
        assertThat(TeamDefaults.find(Map.of(), install).sources()).containsExactly(abs("next-to-app"));
        // a named file that is gone (an offline share) means no defaults, not a failure to start
        assertThat(TeamDefaults.find(Map.of(TeamDefaults.VARIABLE, tmp.resolve("gone.conf").toString()), install))
                .isEqualTo(TeamDefaults.none());
        assertThat(TeamDefaults.find(Map.of(), tmp.resolve("empty"))).isEqualTo(TeamDefaults.none());
    }

    @Test
    void lockedDefaultsAreTheOnlySourcesAndChangesAreRefused() throws IOException {
        DataDirectory dir = data();
        SourceRegistry own = new SourceRegistry(dir.sourcesFile());
        own.add(Files.createDirectories(tmp.resolve("my-folder")), List.of());
        own.add(Files.createDirectories(tmp.resolve("share/marketing")), List.of("*.bak"));
        own.addAlias(tmp.resolve("share/marketing"), "/Volumes/marketing");
        TeamDefaults team = TeamDefaults.read(file("source = " + abs("share/marketing"), "source = " + abs("share/offline"),
                "exclude = Archive/", "locked = true"));

        SourceRegistry registry = team.applyTo(dir);

        assertThat(registry.list()).containsExactly(
                new SourceFolder(abs("share/marketing"), List.of("Archive/"), List.of("/Volumes/marketing")),
                new SourceFolder(abs("share/offline"), List.of("Archive/"), List.of()));
        assertThat(new SourceRegistry(dir.sourcesFile()).list()).isEqualTo(registry.list());
        String sentence = "The source folders are set by your team's administrator (" + tmp.resolve(TeamDefaults.FILE_NAME)
                + ") and cannot be changed here.";
        assertThatThrownBy(() -> registry.add(tmp.resolve("my-folder"), List.of())).hasMessage(sentence);
        assertThatThrownBy(() -> registry.remove(tmp.resolve("share/marketing"))).hasMessage(sentence);
        assertThatThrownBy(() -> registry.setExcludes(tmp.resolve("share/marketing"), List.of())).hasMessage(sentence);
        registry.addAlias(tmp.resolve("share/offline"), "Z:\\Offline"); // another mount point is not a change of sources
        assertThat(registry.list().get(1).aliases()).containsExactly("Z:\\Offline");
        assertThat(registry.isLocked()).isTrue();
    }

    @Test
    void lockedDefaultsWithNoUsableSourceKeepTheSampleCollateralOut() throws IOException {
        DataDirectory dir = data();
        SourceRegistry registry = TeamDefaults.read(file("source = Z:\\Marketing", "locked = true")).applyTo(dir);

        int installed = new SampleCollateralInstaller(Path.of("target/classes")).installIfFirstStart(tmp.resolve("samples"), registry);

        assertThat(installed).isZero();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void unlockedDefaultsAreOfferedOnceAndTheRepMayRemoveThem() throws IOException {
        DataDirectory dir = data();
        Files.createDirectories(tmp.resolve("share/marketing"));
        TeamDefaults first = TeamDefaults.read(file("source = " + abs("share/marketing"), "exclude = Archive/"));

        SourceRegistry registry = first.applyTo(dir);
        assertThat(registry.isLocked()).isFalse();
        assertThat(registry.list()).containsExactly(new SourceFolder(abs("share/marketing"), List.of("Archive/")));

        registry.remove(tmp.resolve("share/marketing"));
        assertThat(first.applyTo(dir).list()).isEmpty(); // the rep's choice stands on the next start

        TeamDefaults later = TeamDefaults.read(file("source = " + abs("share/marketing"), "source = " + abs("share/new"),
                "exclude = Archive/"));
        assertThat(later.applyTo(dir).list()).containsExactly(new SourceFolder(abs("share/new"), List.of("Archive/")));
    }

    @Test
    void theTeamFeedbackFolderIsSetWhenNoneIsChosenAndAlwaysWhenLocked() throws IOException {
        DataDirectory dir = data();
        Path feedbackSettings = dir.settingsFile("feedback");

        TeamDefaults.read(file("feedback.folder = " + abs("team-feedback"))).applyTo(dir);
        assertThat(property(feedbackSettings, "team.folder")).isEqualTo(abs("team-feedback"));

        Properties chosen = new Properties();
        chosen.setProperty("team.folder", abs("my-choice"));
        try (var out = Files.newBufferedWriter(feedbackSettings)) {
            chosen.store(out, null);
        }
        TeamDefaults.read(file("feedback.folder = " + abs("team-feedback"))).applyTo(dir);
        assertThat(property(feedbackSettings, "team.folder")).isEqualTo(abs("my-choice"));

        TeamDefaults.read(file("feedback.folder = " + abs("team-feedback"), "locked = true")).applyTo(dir);
        assertThat(property(feedbackSettings, "team.folder")).isEqualTo(abs("team-feedback"));
    }

    @Test
    void withoutDefaultsTheRegistryIsTheRepsOwn() {
        DataDirectory dir = data();

        SourceRegistry registry = TeamDefaults.none().applyTo(dir);

        assertThat(registry.isLocked()).isFalse();
        assertThat(registry.list()).isEmpty();
        assertThat(Files.exists(dir.sourcesFile())).isFalse();
    }

    private static String property(Path file, String key) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p.getProperty(key);
    }
}
