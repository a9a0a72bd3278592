package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.CollateralException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the list of sources accepts (issue 17.1, 17.2): absolute aliases only, no source inside another or in the data folder. */
class SourceRegistryTest {

    @TempDir
    Path tmp;

    /** The sources of the data folder {@code tmp/data}, as the app opens them. */
    private SourceRegistry registry() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        return new SourceRegistry(data.resolve("sources.json"), null, data);
    }

    @Test
    void anAliasMustBeAnAbsolutePath() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        SourceRegistry registry = registry();
        registry.add(share, List.of());
        for (String relative : List.of("", " ", ".", "marketing", "..\\share", "Z:Marketing")) {
            assertThatThrownBy(() -> registry.addAlias(share, relative))
                    .isInstanceOf(CollateralException.class)
                    .hasMessage("\"" + relative + "\" is not an absolute path; give the full path the share is mounted at, "
                            + "such as Z:\\Marketing, \\\\fs01\\marketing or /Volumes/marketing.");
        }
        registry.addAlias(share, "Z:\\Marketing");
        registry.addAlias(share, "\\\\fs01\\marketing");
        registry.addAlias(share, "/Volumes/marketing");
        assertThat(registry.list().getFirst().aliases())
                .containsExactly("Z:\\Marketing", "\\\\fs01\\marketing", "/Volumes/marketing");
    }

    @Test
    void aRelativeAliasSavedEarlierIsNeverAMountPoint() {
        SourceRegistry.SourceFolder saved = new SourceRegistry.SourceFolder("/mnt/share", List.of(), List.of("", ".", "/Volumes/share"));
        assertThat(saved.mountPoints()).containsExactly(Path.of("/mnt/share"), Path.of("/Volumes/share"));
    }

    @Test
    void aSourceInsideAnotherOrAroundAnotherIsRefusedWithASentence() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path product = Files.createDirectories(share.resolve("Product"));
        SourceRegistry registry = registry();
        registry.add(share, List.of());
        assertThatThrownBy(() -> registry.add(product, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(product + " is inside the source " + share + ", which already includes its files.");

        SourceRegistry other = new SourceRegistry(tmp.resolve("data").resolve("other.json"));
        other.add(product, List.of());
        assertThatThrownBy(() -> other.add(share, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(share + " contains the source " + product + "; remove that source first "
                        + "('sources remove " + product + "'), then add " + share + ".");
        assertThat(other.list()).extracting(SourceRegistry.SourceFolder::path).containsExactly(product.toString());
    }

    @Test
    void theDataFolderIsNotASource() throws IOException {
        SourceRegistry registry = registry();
        Path data = tmp.resolve("data");
        assertThatThrownBy(() -> registry.add(data, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(data + " is Collateral Finder's own data folder; add the folders your documents are in.");
        Path logs = Files.createDirectories(data.resolve("logs"));
        assertThatThrownBy(() -> registry.add(logs, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(logs + " is inside Collateral Finder's own data folder; add the folders your documents are in.");
        Path samples = Files.createDirectories(data.resolve(SampleCollateralInstaller.RESOURCE_FOLDER));
        assertThat(registry.add(samples, List.of())).isTrue();
    }
}
