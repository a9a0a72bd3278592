package org.collateralfinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** `java -jar` under an older Java: one sentence naming the Java it needs, no stack trace. */
class LauncherTest {

    private static final String SENTENCE_FOR_17 = "Collateral Finder needs Java 25 or newer, and this is Java 17 "
            + "(/usr/lib/jvm/java-17): start it with a Java 25 (for example Temurin 25 from https://adoptium.net), "
            + "or use the installed app, which brings its own.";

    @Test
    void anOlderJavaGetsOneSentenceNamingTheJavaItNeeds() {
        assertThat(Launcher.refusal("17", "/usr/lib/jvm/java-17")).isEqualTo(SENTENCE_FOR_17);
        assertThat(Launcher.refusal("1.8", null)).startsWith("Collateral Finder needs Java 25 or newer, and this is "
                + "Java 1.8: start it");
        assertThat(Launcher.refusal("25", "/jdk")).isNull();
        assertThat(Launcher.refusal("26", "/jdk")).isNull();
    }

    @Test
    void theLauncherIsCompiledForJava8SoEveryOlderJavaCanLoadIt() throws IOException {
        try (InputStream in = Launcher.class.getResourceAsStream("Launcher.class");
             DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor
            assertThat(data.readUnsignedShort()).as("class file major version (52 = Java 8)").isEqualTo(52);
        }
    }

    @Test
    void anInstalledOlderJavaPrintsTheSentenceAndExitsWithOne() throws Exception {
        Optional<Path> older = olderJava();
        Assumptions.assumeTrue(older.isPresent(), "no Java older than 25 is installed under /usr/lib/jvm");
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(older.get().resolve("bin/java").toString(), "-cp", classes.toString(),
                "org.collateralfinder.Launcher", "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).startsWith("Collateral Finder needs Java 25 or newer, and this is Java ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Optional<Path> olderJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            List<Path> candidates = homes.filter(h -> Files.isExecutable(h.resolve("bin/java"))).sorted().toList();
            for (Path home : candidates) {
                Path release = home.resolve("release");
                if (Files.isReadable(release)) {
                    String text = Files.readString(release);
                    int at = text.indexOf("JAVA_VERSION=\"");
                    if (at >= 0 && Launcher.feature(text.substring(at + 14, text.indexOf('"', at + 14))) < 25) {
                        return Optional.of(home);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
