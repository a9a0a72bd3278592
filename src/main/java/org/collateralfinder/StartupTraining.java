package org.collateralfinder;

import java.nio.file.Path;
import org.collateralfinder.cli.CommandLineRunner;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.model.IndexRunStats;

/**
 * The class-data training run of the packaged app (the {@code package} Maven profile runs it once with
 * {@code -XX:AOTCacheOutput}): it runs what a rep runs most — the version, indexing and a re-run over unchanged
 * files, searches, status,
 * diagnostics — and then opens the window once, so the JVM records the classes they load, linked, into
 * the app's AOT cache. It also checks that extraction works inside the app image (every sample file
 * read). Not for people: it refuses to run unless {@code $COLLATERAL_FINDER_HOME} names a scratch folder.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** @param args the folder of sample files to index */
    public static void main(String[] args) {
        String home = System.getenv(DataDirectory.HOME_VARIABLE);
        if (args.length != 1 || home == null || home.isBlank()) {
            System.err.println("Usage: COLLATERAL_FINDER_HOME=SCRATCH_DIR java ... " + StartupTraining.class.getName()
                    + " SAMPLE_FOLDER");
            System.exit(2);
        }
        String data = Path.of(home).toAbsolutePath().toString();
        run("--version");
        run("index", "--data-dir", data, "--source", args[0], "--json");
        IndexRunStats stats = IndexReport.read(Path.of(data)).lastRun();
        if (stats == null || stats.failed() > 0 || stats.files() == 0) {
            System.err.println("Extraction does not work in this app image: " + stats
                    + "; see the logs in " + Path.of(data, "logs") + ".");
            System.exit(1);
        }
        run("index", "--data-dir", data); // again, with nothing changed: what most runs are (the index opened, the walk)
        run("search", "--data-dir", data, "--json", "--limit", "5", "pricing");
        run("search", "--data-dir", data, "type:pdf", "brochure");
        run("status", "--data-dir", data, "--json");
        run("sources", "list", "--data-dir", data);
        run("diagnostics", "--data-dir", data);
        if (System.getProperty("collateralfinder.startup.probe") == null) {
            System.setProperty("collateralfinder.startup.probe", "exit");
        }
        Main.main(new String[0]); // the window, from the same data folder; returns when it closes
    }

    private static void run(String... args) {
        int code = CommandLineRunner.run(args);
        if (code != 0) {
            System.err.println("Training step failed (exit " + code + "): " + String.join(" ", args));
            System.exit(code);
        }
    }
}
