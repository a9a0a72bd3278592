package org.collateralfinder.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One corpus to index: the real office files, or a synthetic one written by {@code gen_scale.py}
 * (reused when its folder already holds exactly the expected number of files, generated otherwise).
 *
 * @param name           {@code real}, {@code 10k}, {@code 100k} or {@code 1m}
 * @param dir            its folder
 * @param files          regular files in it
 * @param bytes          their total size
 * @param scaleDocuments documents of a synthetic corpus, 0 for the real one
 */
record Corpus(String name, Path dir, long files, long bytes, int scaleDocuments) {

    static Corpus real(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The real corpus " + dir + " is not there; pass --real-corpus DIR or leave out 'real'.");
        }
        long[] count = count(dir);
        return new Corpus("real", dir, count[0], count[1], 0);
    }

    /** The synthetic corpus of {@code n} documents in {@code scaleDir/scale10k} (or {@code scale100k}, {@code scale1m}). */
    static Corpus synthetic(String name, int n, Path scaleDir, Path generator, Path logs)
            throws IOException, InterruptedException {
        Path dir = scaleDir.resolve("scale" + name);
        long[] count = Files.isDirectory(dir) ? count(dir) : new long[] {0, 0};
        if (count[0] == n) {
            IndexingBenchmark.say("Reusing %s (%,d files).", dir, n);
        } else {
            if (!Files.isRegularFile(generator)) {
                throw new IllegalStateException("The generator " + generator + " is not there; pass --generator FILE.");
            }
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IllegalStateException("Could not make " + dir + " to generate the " + name + " corpus in ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); pass --scale-dir DIR with a folder "
                        + "you can write to.");
            }
            IndexingBenchmark.say("Generating %,d documents into %s (found %,d files)...", n, dir, count[0]);
            MeasuredProcess.Outcome gen = MeasuredProcess.run(
                    List.of("python3", generator.toString(), dir.toString(), Integer.toString(n)), Map.of(), logs,
                    "generate-" + name, false);
            if (gen.exit() != 0) {
                List<String> lines = gen.stderr().strip().lines().toList();
                throw new IllegalStateException("gen_scale.py failed (exit " + gen.exit() + ")"
                        + (lines.isEmpty() ? "." : ": " + lines.getLast()) + " Its whole output is in "
                        + logs.resolve("generate-" + name + ".err") + ".");
            }
            IndexingBenchmark.say("  done in %.0f s.", gen.wallSeconds());
            count = count(dir);
            if (count[0] != n) {
                throw new IllegalStateException(dir + " holds " + count[0] + " files after generation, not " + n
                        + "; remove the folder and run again.");
            }
        }
        return new Corpus(name, dir, count[0], count[1], n);
    }

    /** {files, bytes} of the regular files under a folder. */
    private static long[] count(Path dir) throws IOException {
        long[] c = new long[2];
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        c[0]++;
                        c[1] += a.size();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return c;
    }
}
