package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The "before" of the benchmark: the runnable jar of an earlier commit, built once into
 * {@code <out>/baseline-<commit>/} from {@code git archive} (the working tree is not touched) and
 * reused by later runs. Measured in the same run as the current jar, so that the ratio between the two
 * holds even when the shared machine's load changes from one run to the next.
 */
final class BaselineJar {

    private BaselineJar() {
    }

    /**
     * @param spec a jar file, or a commit (anything {@code git rev-parse} takes)
     * @return the jar, built when needed
     */
    static Path resolve(String spec, Path out, Path logs) throws IOException, InterruptedException {
        Path asFile = Path.of(spec);
        if (spec.endsWith(".jar")) {
            if (!Files.isRegularFile(asFile)) {
                throw new IllegalStateException("The baseline jar " + asFile.toAbsolutePath() + " is not there.");
            }
            return asFile.toAbsolutePath();
        }
        MeasuredProcess.Outcome rev = MeasuredProcess.run(List.of("git", "rev-parse", "--short=7", spec + "^{commit}"),
                Map.of(), logs, "baseline-rev", false);
        if (rev.exit() != 0) {
            throw new IllegalStateException("The baseline " + spec + " is neither a jar nor a commit of this repository: "
                    + rev.stderr().strip());
        }
        String commit = rev.stdout().strip();
        Path dir = out.resolve("baseline-" + commit);
        Path jar = dir.resolve("target").resolve("collateral-finder.jar");
        if (Files.isRegularFile(jar)) {
            IndexingBenchmark.say("Reusing the baseline jar of %s (%s).", commit, jar);
            return jar;
        }
        IndexingBenchmark.say("Building the baseline jar of commit %s into %s...", commit, dir);
        IndexingBenchmark.deleteTree(dir);
        Files.createDirectories(dir);
        MeasuredProcess.Outcome extract = MeasuredProcess.run(List.of("sh", "-c",
                "git archive --format=tar " + commit + " | tar -x -C '" + dir + "'"), Map.of(), logs, "baseline-archive", false);
        if (extract.exit() != 0) {
            throw new IllegalStateException("git archive " + commit + " failed: " + extract.stderr().strip());
        }
        // the same JDK as this run; the build's tests are skipped (they are the old commit's, not measured)
        MeasuredProcess.Outcome build = MeasuredProcess.run(List.of(dir.resolve("mvnw").toString(), "-q", "-f",
                        dir.resolve("pom.xml").toString(), "package", "-DskipTests"),
                Map.of("JAVA_HOME", System.getProperty("java.home"), "MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow"),
                logs, "baseline-build", false);
        if (build.exit() != 0 || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("Building the baseline " + commit + " failed (exit " + build.exit() + "); see "
                    + logs.resolve("baseline-build.out"));
        }
        IndexingBenchmark.say("  built in %.0f s.", build.wallSeconds());
        return jar;
    }

    /** The short commit a baseline jar was built from, or its file name. */
    static String label(Path jar) {
        Path dir = jar.getParent() == null ? null : jar.getParent().getParent();
        String name = dir == null ? "" : dir.getFileName().toString();
        return name.startsWith("baseline-") ? name.substring("baseline-".length()) : jar.getFileName().toString();
    }
}
