package org.collateralfinder.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the packaged launcher (jpackage's {@code app-image.args}) are the ones the Linux script
 * launcher, {@code ./mvnw javafx:run} and the AOT training run use too: the heap cap and the idle collection that
 * keep the window light, and the options the AOT cache is only used with.
 */
class LauncherOptionsTest {

    private static final Path ARGS = Path.of("src/packaging/jpackage/app-image.args");
    private static final Path SCRIPT = Path.of("src/packaging/jpackage/collateral-finder.sh");
    private static final Path POM = Path.of("pom.xml");
    private static final List<String> MEMORY = List.of("-Xmx768m", "-XX:G1PeriodicGCInterval=30000",
            "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10");

    private static List<String> launcherOptions() throws IOException {
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^--java-options (\\S+)$").matcher(Files.readString(ARGS));
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }

    @Test
    void theLauncherCapsTheHeapAndGivesMemoryBackWhenIdle() throws IOException {
        assertThat(launcherOptions()).containsSubsequence(MEMORY);
    }

    @Test
    void theScriptLauncherHasEveryOptionOfTheNativeOne() throws IOException {
        String script = Files.readString(SCRIPT).replace("$APPDIR", "\"$app\"");
        for (String option : launcherOptions()) {
            assertThat(script).as("collateral-finder.sh").contains(option.replace("$APPDIR/", "\"$app/").replace(".aot", ".aot\""));
        }
    }

    @Test
    void theWindowStartedByMavenAndTheAotTrainingUseTheSameMemoryOptions() throws IOException {
        String pom = Files.readString(POM);
        for (String option : MEMORY) {
            assertThat(pom).as("javafx:run").contains("<option>" + option + "</option>");
            assertThat(pom).as("AOT training").contains("<argument>" + option + "</argument>");
        }
    }
}
