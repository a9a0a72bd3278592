package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction workers' class archive: written by the first worker when it exits and read by later
 * ones — only where the Java runtime has its own archive and the class path is jar files (the packaged
 * jar run with a full JDK). The build's test runs have folders on the class path: there the workers
 * start without one, quietly, and extract the same text.
 */
class WorkerClassArchiveTest {

    @Test
    void aClassPathWithFoldersStartsTheWorkersWithoutAnArchiveAndWithoutComplaint(@TempDir Path temp) throws Exception {
        assertThat(System.getProperty("java.class.path")).contains("target" + File.separator + "classes");
        assertThat(IsolatedExtractor.archivable()).isFalse();
        Path archive = temp.resolve("extract-worker.jsa");
        Path log = temp.resolve("worker.log");
        Path brochure = Path.of("assets", "sample-collateral", "Northwind Platform Brochure 2026.pdf");

        Extraction extraction;
        try (IsolatedExtractor extractor = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(2), log, archive)) {
            extraction = extractor.extract(ExtractionRequest.of(brochure));
        }

        assertThat(extraction.failure()).isNull();
        assertThat(extraction.text()).contains("Northwind");
        assertThat(archive).doesNotExist();
        assertThat(Files.exists(log) ? Files.readString(log) : "").doesNotContain("[cds]");
    }

    /**
     * With jar files only on the class path (as the packaged jar runs), the second worker starts from the
     * archive the first one wrote, and the JVM does not refuse part of it: the runtime's own archive and
     * the workers' one were written with the module options the workers run with (the log had "Mismatched
     * values for property jdk.module.enable.native.access" at each worker start).
     */
    @Test
    void withJarsOnlyTheSecondWorkerStartsFromTheArchiveWithoutACdsError(@TempDir Path temp) throws Exception {
        Path appJar = temp.resolve("app.jar");
        jar(Path.of("target", "classes"), Path.of("target", "test-classes"), appJar);
        List<String> classPath = new ArrayList<>(List.of(appJar.toString()));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).forEach(classPath::add);
        Path archive = temp.resolve("extract-worker.jsa");
        Path log = temp.resolve("extract-worker-output.log");
        Path classLoads = temp.resolve("class-load.log");
        Path brochure = Path.of("assets", "sample-collateral", "Northwind Platform Brochure 2026.pdf").toAbsolutePath();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-D" + WorkerProcess.EXTRA_OPTIONS + "=-Xlog:class+load=info:file=" + classLoads,
                "-cp", String.join(File.pathSeparator, classPath), ArchivedWorkerMain.class.getName(),
                archive.toString(), log.toString(), brochure.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> out;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out = reader.lines().toList();
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(out).containsExactly("archivable true", "run 1 read", "run 2 read");
        assertThat(archive).isRegularFile();
        assertThat(Files.exists(log) ? Files.readString(log) : "").doesNotContain("[cds]").doesNotContain("Mismatched");
        // the last worker (the second run's) loaded its main class from the archive, not from the jar
        List<String> mainLoads = Files.readAllLines(classLoads).stream()
                .filter(line -> line.contains(" " + ExtractWorkerMain.class.getName() + " source:")).toList();
        assertThat(mainLoads).hasSize(1);
        assertThat(mainLoads.getFirst()).contains("source: shared objects file");
    }

    private static void jar(Path classes, Path testClasses, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(classes, testClasses)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                        if (root == testClasses && !name.startsWith("org/collateralfinder/extract/ArchivedWorkerMain")) {
                            continue;
                        }
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(file, (OutputStream) out);
                        out.closeEntry();
                    }
                }
            }
        }
    }
}
