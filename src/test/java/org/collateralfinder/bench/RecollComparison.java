package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Indexes a corpus with Recoll ({@code recollindex}, when installed) in a fresh configuration folder
 * with its own database, as a reference point. Recoll is not a dependency of the project: it is run
 * only if it is on the PATH.
 */
final class RecollComparison {

    /**
     * @param outcome    the measured {@code recollindex} run
     * @param documents  documents in its database ({@code dbtotdocs} of its status file), -1 if unknown
     * @param errors     files it could not index ({@code fileerrors}), -1 if unknown
     * @param version    the version line of {@code recollq -v}
     */
    record Result(MeasuredProcess.Outcome outcome, long documents, long errors, String version) {
    }

    private RecollComparison() {
    }

    static Optional<Path> recollindex() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "recollindex");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Result run(Path recollindex, Path corpus, Path work, Path logs) throws IOException, InterruptedException {
        IndexingBenchmark.deleteTree(work);
        Path conf = Files.createDirectories(work.resolve("conf"));
        Path db = work.resolve("db");
        // noaspell: the spelling dictionary is an extra step Collateral Finder does not have.
        Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + corpus + "\ndbdir = " + db + "\nnoaspell = 1\n");
        Map<String, String> env = new HashMap<>();
        env.put("RECOLL_CONFDIR", conf.toString());
        // Recoll's Python filters start "python3" from the PATH; the system one has the Debian modules they need.
        env.put("PATH", "/usr/bin:/bin:" + System.getenv().getOrDefault("PATH", ""));
        MeasuredProcess.Outcome outcome = MeasuredProcess.run(
                List.of(recollindex.toString(), "-c", conf.toString(), "-z", "--diagsfile", logs.resolve("recoll-diags.txt").toString()),
                env, logs, "recoll-index", true);
        Map<String, String> status = new HashMap<>();
        Path statusFile = conf.resolve("idxstatus.txt");
        if (Files.isRegularFile(statusFile)) {
            for (String line : Files.readAllLines(statusFile)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    status.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        }
        String version = "Recoll";
        try {
            MeasuredProcess.Outcome v = MeasuredProcess.run(List.of(recollindex.resolveSibling("recollq").toString(), "-v"),
                    env, logs, "recoll-version", false);
            version = v.stdout().isBlank() ? v.stderr().strip() : v.stdout().strip();
        } catch (IOException e) {
            // recollq is missing: keep the generic name
        }
        return new Result(outcome, number(status.get("dbtotdocs")), number(status.get("fileerrors")), version);
    }

    private static long number(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
