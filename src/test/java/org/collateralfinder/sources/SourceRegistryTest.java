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

    /** Window re-test 18, R2: /proc was taken as a source, and every later run failed for every source. */
    @Test
    void aFolderOfTheOperatingSystemOrTheWholeDiskIsRefusedWithASentence() throws IOException {
        SourceRegistry registry = registry();
        assertThatThrownBy(() -> registry.add(Path.of("/proc"), List.of())).isInstanceOf(CollateralException.class)
                .hasMessage("/proc is a folder of the operating system, not one that holds files to search; "
                        + "give the folder that holds your team's material.");
        assertThatThrownBy(() -> registry.add(Path.of("/etc/ssl"), List.of())).isInstanceOf(CollateralException.class)
                .hasMessage("/etc/ssl is in /etc, a folder of the operating system, not one that holds files to search; "
                        + "give the folder that holds your team's material.");
        assertThatThrownBy(() -> registry.add(Path.of("/"), List.of())).isInstanceOf(CollateralException.class)
                .hasMessage("/ is the whole disk, with the operating system's folders; give the folder that holds your "
                        + "team's material.");
        assertThat(registry.list()).isEmpty();
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
    void aSymbolicLinkToASourceOrAroundOrInsideOneIsRefusedNamingTheSource() throws IOException {
        // retest N9: the link was added as another source and every file indexed twice
        Path share = Files.createDirectories(tmp.resolve("odd dir").resolve("spa ce ü"));
        Path product = Files.createDirectories(share.resolve("Product"));
        SourceRegistry registry = registry();
        registry.add(share, List.of());

        Path toShare = Files.createSymbolicLink(tmp.resolve("symsrc"), share);
        assertThatThrownBy(() -> registry.add(toShare, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(toShare + " is the folder of the source " + share
                        + " (by another path, such as a symbolic link); its files are indexed already.");
        Path toParent = Files.createSymbolicLink(tmp.resolve("symparent"), share.getParent());
        assertThatThrownBy(() -> registry.add(toParent, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(toParent + " contains the source " + share + " (by another path, such as a symbolic link); remove that source "
                        + "first ('sources remove " + share + "'), then add " + toParent + ".");
        Path toProduct = Files.createSymbolicLink(tmp.resolve("symproduct"), product);
        assertThatThrownBy(() -> registry.add(toProduct, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(toProduct + " is inside the source " + share + " (by another path, such as a symbolic link), which already "
                        + "includes its files.");
        assertThatThrownBy(() -> registry.add(toShare.resolve("Product"), List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(toShare.resolve("Product") + " is inside the source " + share
                        + " (by another path, such as a symbolic link), which already includes its files.");
        assertThat(registry.list()).extracting(SourceRegistry.SourceFolder::path).containsExactly(share.toString());

        // a source added by its link: the folder itself is that source too
        SourceRegistry byLink = new SourceRegistry(tmp.resolve("data").resolve("by-link.json"));
        byLink.add(toShare, List.of());
        assertThatThrownBy(() -> byLink.add(share, List.of())).isInstanceOf(CollateralException.class)
                .hasMessage(share + " is the folder of the source " + toShare
                        + " (by another path, such as a symbolic link); its files are indexed already.");
        assertThat(byLink.add(toShare, List.of())).isFalse();
        assertThat(byLink.list()).extracting(SourceRegistry.SourceFolder::path).containsExactly(toShare.toString());
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
