package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCollateralInstallerTest {

    @TempDir
    Path temp;

    @Test
    void copiesSamplesFromAClassesFolderAndRegistersThemOnFirstStart() throws IOException {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("sample-collateral/decks"));
        Files.writeString(classes.resolve("sample-collateral/Pricing.txt"), "pricing");
        Files.writeString(classes.resolve("sample-collateral/decks/Launch.md"), "# launch");
        SourceRegistry registry = new SourceRegistry(temp.resolve("sources.json"));
        Path target = temp.resolve("data/sample-collateral");
        Files.createDirectories(target.getParent());

        int copied = new SampleCollateralInstaller(classes).installIfFirstStart(target, registry);

        assertThat(copied).isEqualTo(2);
        assertThat(target.resolve("decks/Launch.md")).hasContent("# launch");
        assertThat(registry.list()).extracting(SourceRegistry.SourceFolder::path).containsExactly(target.toString());
    }

    @Test
    void copiesSamplesFromTheJar() throws IOException {
        Path jar = temp.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("sample-collateral/Battlecard.md"));
            zip.write("# battlecard".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("org/collateralfinder/Main.class"));
            zip.closeEntry();
        }
        SourceRegistry registry = new SourceRegistry(temp.resolve("sources.json"));
        Path target = temp.resolve("sample-collateral");

        assertThat(new SampleCollateralInstaller(jar).installIfFirstStart(target, registry)).isEqualTo(1);
        assertThat(target.resolve("Battlecard.md")).hasContent("# battlecard");
    }

    @Test
    void leavesTheRepsChoiceAloneOnLaterStarts() throws IOException {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("sample-collateral"));
        Files.writeString(classes.resolve("sample-collateral/Pricing.txt"), "pricing");
        SourceRegistry registry = new SourceRegistry(temp.resolve("sources.json"));
        Path target = temp.resolve("sample-collateral");
        SampleCollateralInstaller installer = new SampleCollateralInstaller(classes);
        installer.installIfFirstStart(target, registry);
        registry.remove(target);

        assertThat(installer.installIfFirstStart(target, registry)).isZero();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void doesNothingWhenTheRepAlreadyHasSources() throws IOException {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("sample-collateral"));
        Files.writeString(classes.resolve("sample-collateral/Pricing.txt"), "pricing");
        Path own = Files.createDirectories(temp.resolve("own"));
        SourceRegistry registry = new SourceRegistry(temp.resolve("sources.json"));
        registry.add(own, List.of());

        assertThat(new SampleCollateralInstaller(classes).installIfFirstStart(temp.resolve("sample-collateral"), registry)).isZero();
        assertThat(temp.resolve("sample-collateral")).doesNotExist();
    }

    @Test
    void theShippedSamplesLookAsOldAsOnARealShareAndEveryOneHasAnAge() throws IOException {
        Path target = temp.resolve("data/sample-collateral");
        Files.createDirectories(target.getParent());
        SourceRegistry registry = new SourceRegistry(temp.resolve("sources.json"));
        long before = System.currentTimeMillis();

        int copied = new SampleCollateralInstaller(Path.of("assets"))
                .installIfFirstStart(target, registry);

        List<String> shipped;
        try (var files = Files.list(Path.of("assets", "sample-collateral"))) {
            shipped = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(copied).isEqualTo(shipped.size());
        assertThat(SampleCollateralInstaller.AGE_DAYS.keySet()).containsExactlyInAnyOrderElementsOf(shipped);
        long day = Duration.ofDays(1).toMillis();
        for (String name : shipped) {
            long age = before - Files.getLastModifiedTime(target.resolve(name)).toMillis();
            int days = SampleCollateralInstaller.AGE_DAYS.get(name);
            assertThat(age).as(name).isBetween(days * day - 60_000, days * day + 60_000);
        }
        assertThat(Files.getLastModifiedTime(target.resolve("Pricing Deck v1.pptx")))
                .isLessThan(Files.getLastModifiedTime(target.resolve("Pricing Deck v2 FINAL.pptx")));
    }
}
