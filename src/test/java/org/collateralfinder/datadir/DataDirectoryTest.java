package org.collateralfinder.datadir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void explicitFolderWinsOverEnvironment() {
        assertThat(DataDirectory.resolve(Path.of("/x/data"), Map.of("COLLATERAL_FINDER_HOME", "/y")))
                .isEqualTo(Path.of("/x/data"));
        assertThat(DataDirectory.resolve(null, Map.of("COLLATERAL_FINDER_HOME", "/y"))).isEqualTo(Path.of("/y"));
    }

    @Test
    void platformDefaultsFollowEachSystemsConvention() {
        assertThat(DataDirectory.platformDefault("Linux", "/home/ann", Map.of()))
                .isEqualTo(Path.of("/home/ann/.local/share/collateral-finder"));
        assertThat(DataDirectory.platformDefault("Mac OS X", "/Users/ann", Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/CollateralFinder"));
        assertThat(DataDirectory.platformDefault("Windows 11", "C:/Users/ann", Map.of("LOCALAPPDATA", "C:/Users/ann/AppData/Local")))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Local/CollateralFinder"));
    }

    @Test
    void aReadOnlyDataFolderIsExplainedWithWhatToDo() {
        assertThat(DataDirectory.notWritable(Path.of("/srv/cf-data")).userMessage()).isEqualTo("The data folder "
                + "/srv/cf-data is read-only, and Collateral Finder writes its index, feedback and settings there: make it "
                + "writable, or start with --data-dir and a folder you can write to. The command line can still search "
                + "it (collateral-finder search --data-dir /srv/cf-data WORDS).");
    }
}
