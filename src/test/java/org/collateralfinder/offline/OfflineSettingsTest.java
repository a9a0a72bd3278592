package org.collateralfinder.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline budget setting and the sizes people type and read. */
class OfflineSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void sizesAreReadAsPeopleWriteThem() {
        assertThat(ByteSize.parse("500MB")).isEqualTo(500L * 1024 * 1024);
        assertThat(ByteSize.parse("2GB")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(ByteSize.parse(" 1.5 gb ")).isEqualTo(1536L * 1024 * 1024);
        assertThat(ByteSize.parse("750KiB")).isEqualTo(750L * 1024);
        assertThat(ByteSize.parse("2g")).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(ByteSize.parse("4096")).isEqualTo(4096);
        assertThat(ByteSize.parse("10 bytes")).isEqualTo(10);
    }

    @Test
    void somethingThatIsNotASizeIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ByteSize.parse("lots")).hasMessage("'lots' is not a size; write it like 500MB or 2GB.");
        assertThatThrownBy(() -> ByteSize.parse("2 PB")).hasMessage("'2 PB' is not a size; write it like 500MB or 2GB.");
        assertThatThrownBy(() -> ByteSize.parse("99999999999TB")).hasMessage("'99999999999TB' is larger than any disk.");
    }

    @Test
    void sizesAreShownWithOneDecimalAtMost() {
        assertThat(ByteSize.format(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSize.format(1023)).isEqualTo("1023 bytes");
        assertThat(ByteSize.format(1)).isEqualTo("1 byte");
        assertThat(ByteSize.format(1024 * 1024 + 1, RoundingMode.UP)).isEqualTo("1.1 MB");
        assertThat(ByteSize.format(2 * 1024 * 1024 - 1, RoundingMode.DOWN)).isEqualTo("1.9 MB");
    }

    @Test
    void budgetDefaultsToTwoGigabytesAndIsSavedWhenSet() throws IOException {
        Path file = tmp.resolve("offline.properties");
        OfflineSettings settings = new OfflineSettings(file);
        assertThat(settings.budgetBytes()).isEqualTo(2L * 1024 * 1024 * 1024);

        settings.setBudgetBytes(750L * 1024 * 1024);

        assertThat(new OfflineSettings(file).budgetBytes()).isEqualTo(750L * 1024 * 1024);
        assertThat(Files.readAllLines(file)).contains("budget_bytes=786432000");
        assertThat(tmp.resolve("offline.properties.tmp")).doesNotExist();
    }

    @Test
    void anUnreadableBudgetFallsBackToTheDefault() throws IOException {
        Path file = Files.writeString(tmp.resolve("offline.properties"), "budget_bytes=plenty\n");
        assertThat(new OfflineSettings(file).budgetBytes()).isEqualTo(OfflineSettings.DEFAULT_BUDGET_BYTES);
    }
}
