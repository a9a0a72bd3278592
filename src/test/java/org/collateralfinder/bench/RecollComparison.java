package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recoll on the same corpus, in the same run, as the reference the issue names: a fresh index
 * ({@code recollindex -z}) in its own configuration folder and database, no-change re-runs
 * ({@code recollindex} again), and the complete queries, one {@code recollq} process each (Recoll
 * answers from a new process; its time is the process's, start included), ten results with their
 * abstracts. Recoll is not a dependency of the project: the benchmark installs Debian's package when
 * it can (never the tests), and leaves Recoll out when it cannot.
 */
final class RecollComparison {

    /** The packages: Recoll's command-line tools and the helpers its filters call for office files. */
    static final List<String> PACKAGES = List.of("recollcmd", "poppler-utils", "antiword", "catdoc", "unrtf", "python3-lxml");

    /**
     * @param index     the fresh index run
     * @param reruns    the no-change re-runs
     * @param documents documents in its database ({@code dbtotdocs} of its status file), -1 if unknown
     * @param errors    files it could not index ({@code fileerrors}), -1 if unknown
     * @param version   the version line of {@code recollq -v}
     * @param queryMs   each complete query's {@code recollq} process, start to exit, in ms
     * @param dbBytes   its database on disk
     */
    record Result(MeasuredProcess.Outcome index, List<MeasuredProcess.Outcome> reruns, long documents, long errors,
                  String version, List<Double> queryMs, long dbBytes) {

        double rerunMedianWall() {
            double[] w = reruns.stream().mapToDouble(MeasuredProcess.Outcome::wallSeconds).sorted().toArray();
            return w.length == 0 ? Double.NaN : w.length % 2 == 1 ? w[w.length / 2] : (w[w.length / 2 - 1] + w[w.length / 2]) / 2;
        }

        double rerunMedianCpu() {
            double[] c = reruns.stream().mapToDouble(MeasuredProcess.Outcome::cpuSeconds).sorted().toArray();
            return c.length == 0 ? Double.NaN : c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
        }
    }

    private RecollComparison() {
    }

    static Optional<Path> recollindex() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : (path + ":/usr/bin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "recollindex");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Installs Recoll with apt-get (directly as root, else through sudo without a password); says what happened. */
    static String install(Path logs) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return "there is no apt-get to install it with";
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> command = new ArrayList<>(root ? List.of() : List.of("sudo", "-n"));
        command.addAll(List.of("apt-get", "install", "-y", "--no-install-recommends"));
        command.addAll(PACKAGES);
        MeasuredProcess.Outcome apt = MeasuredProcess.run(command, Map.of("DEBIAN_FRONTEND", "noninteractive"), logs,
                "recoll-install", false);
        return apt.exit() == 0 ? "installed with apt-get" : "apt-get install failed (exit " + apt.exit() + ", see "
                + logs.resolve("recoll-install.err") + ")";
    }

    static Result run(Path recollindex, Path corpus, Path work, Path logs, String name, int reruns, List<String> queries)
            throws IOException, InterruptedException {
        IndexingBenchmark.deleteTree(work);
        Path conf = Files.createDirectories(work.resolve("conf"));
        Path db = work.resolve("db");
        // noaspell: the spelling dictionary is an extra step Collateral Finder does not have.
        // idxniceprio: recollindex lowers its own priority to 19 by default; on a machine shared with other work that
        // starves it, and the comparison would be with a process the others run ahead of (ours runs at 0)
        Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + corpus + "\ndbdir = " + db + "\nnoaspell = 1\n"
                + "idxniceprio = 0\n");
        Map<String, String> env = new HashMap<>();
        env.put("RECOLL_CONFDIR", conf.toString());
        // Recoll's Python filters start "python3" from the PATH; the system one has the Debian modules they need.
        env.put("PATH", "/usr/bin:/bin:" + System.getenv().getOrDefault("PATH", ""));
        MeasuredProcess.Outcome index = MeasuredProcess.run(List.of(recollindex.toString(), "-c", conf.toString(), "-z",
                "--diagsfile", logs.resolve("recoll-diags-" + name + ".txt").toString()), env, logs, "recoll-index-" + name, true);
        List<MeasuredProcess.Outcome> again = new ArrayList<>();
        for (int i = 1; i <= reruns; i++) {
            again.add(MeasuredProcess.run(List.of(recollindex.toString(), "-c", conf.toString()), env, logs,
                    "recoll-rerun-" + name + "-" + i, true));
        }
        Path recollq = recollindex.resolveSibling("recollq");
        List<Double> queryMs = new ArrayList<>();
        for (String q : queries) {
            MeasuredProcess.Outcome answer = MeasuredProcess.run(List.of(recollq.toString(), "-c", conf.toString(), "-n", "10",
                    "-A", "-q", q), env, logs, "recoll-query-" + name, false);
            queryMs.add(answer.wallSeconds() * 1000);
        }
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
        MeasuredProcess.Outcome v = MeasuredProcess.run(List.of(recollq.toString(), "-v"), env, logs, "recoll-version", false);
        if (v.exit() == 0) {
            version = (v.stdout().isBlank() ? v.stderr() : v.stdout()).strip().lines().findFirst().orElse("Recoll");
        }
        long dbBytes = IndexingBenchmark.treeBytes(db);
        return new Result(index, again, number(status.get("dbtotdocs")), number(status.get("fileerrors")), version, queryMs, dbBytes);
    }

    private static long number(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
