package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.datadir.InstanceLock;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.teamindex.PublishTarget;
import org.collateralfinder.teamindex.TeamIndexPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Indexes a shared folder in a data folder of its own and publishes the index into the share "
                + "(SHARE_FOLDER/.collateral-index), so laptops copy it instead of reading every file.",
                "Only files changed since the last publication are read, and only new index files are written; "
                        + "the manifest is replaced last, so laptops never see half a publication.",
                "--data-dir DIR: the folder for this share's index, logs and settings (it must index nothing but "
                        + "SHARE_FOLDER); by default publish/<name>-<hash> in the per-user data folder."})
public final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHARE_FOLDER", description = "The shared folder to index and publish.")
    Path share;

    @Option(names = "--to", paramLabel = "DIR", description = "Publish into DIR instead of SHARE_FOLDER/.collateral-index "
            + "(for instance the same folder reached through a writable mount).")
    Path to;

    @Option(names = "--json", description = "Print what was published as one JSON object on the last line.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest time one file may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction worker processes (default: one per core).")
    Integer workers;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Path folder = SourceRegistry.normalise(share);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RefusedInputException("Cannot publish " + folder + ": " + (Files.isRegularFile(folder)
                    ? "it is a file, not a folder; give the shared folder it is in."
                    : "it is not a folder (a device or another special file); give the shared folder to publish."));
        }
        if (!Files.isDirectory(folder)) {
            throw new RefusedInputException("Cannot publish " + folder + ": it does not exist (check the path, and that "
                    + "the share is mounted).");
        }
        Path dataDir = DataDirOption.chosen(spec);
        Path dataFolder = dataDir != null ? dataDir
                : TeamIndexPublisher.defaultDataFolder(DataDirectory.resolve(null, System.getenv()), folder);
        Path target = to != null ? SourceRegistry.normalise(to) : TeamIndexPublisher.defaultTarget(folder);
        // refused before anything is created, read or has its permissions changed
        PublishTarget.checkDataFolder(dataFolder, folder, target);
        PublishTarget.check(folder, target);
        DataDirectory dir = DataDirectory.open(dataFolder);
        if (System.getProperty("collateralfinder.logdir") == null) {
            System.setProperty("collateralfinder.logdir", dir.logsDir().toString());
        }
        List<SourceRegistry.SourceFolder> sources = TeamIndexPublisher.sourcesFor(new SourceRegistry(dir.sourcesFile()), folder);
        ExtractionLimits limits = ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (workers != null) {
            limits = limits.withWorkers(Math.max(1, workers));
        }
        ProgressPrinter progress = new ProgressPrinter(System.err, System.console() != null);
        Cancellation cancellation = new Cancellation();
        IndexRunStats stats;
        TeamIndexPublisher.Result result;
        try (InstanceLock lock = InstanceLock.acquire(dir, "publish");
             IndexService index = IndexService.openForWriting(dir.indexDir());
             IsolatedExtractor extractor = new IsolatedExtractor(limits, dir.logsDir().resolve("extract-worker-output.log"),
                     dir.cacheDir().resolve("extract-worker.jsa"))) {
            Thread hook = new Thread(cancellation::cancel);
            Runtime.getRuntime().addShutdownHook(hook);
            // a link in the share to a folder outside it is not followed: everyone reading the share reads the index
            Indexer indexer = new Indexer(index, extractor, Indexer.Options.defaults().withLinksStayingInside(), dir.root());
            stats = indexer.run(sources, progress, cancellation);
            progress.end();
            if (cancellation.isCancelled()) {
                throw new CollateralException("Publishing was stopped before the share was indexed; nothing was published.");
            }
            // text reached through a link out of the share was published before: the generations holding it go now,
            // not after the hour a copy under way may need (a laptop copying one then copies the new generation)
            TeamIndexPublisher.Options keep = indexer.removedThroughLinksOut() > 0
                    ? new TeamIndexPublisher.Options(0, Duration.ZERO) : TeamIndexPublisher.Options.defaults();
            result = new TeamIndexPublisher(keep).publish(index, folder, target);
            String deleted = deletedAtOnce(result, indexer.removedThroughLinksOut());
            if (deleted != null) {
                spec.commandLine().getErr().println(deleted); // stdout keeps its last line for --json
                spec.commandLine().getErr().flush();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // stopped by Ctrl+C after the manifest was written: the generation is published
            }
        } finally {
            progress.end();
        }
        double seconds = Math.round((System.nanoTime() - start) / 1e6) / 1000.0;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("generation", result.generation());
            o.put("documents", result.documents());
            o.put("files_published", result.filesPublished());
            o.put("bytes_published", result.bytesPublished());
            o.put("seconds", seconds);
            out.println(Json.write(o));
        } else if (result.published()) {
            out.printf("Published generation %d of %s into %s: %s (%s read), %s (%,.1f MB) written in %.1f s.%n",
                    result.generation(), folder, target, Plural.of(result.documents(), "document", "documents"),
                    Plural.of(stats.added() + stats.updated(), "file", "files"),
                    Plural.of(result.filesPublished(), "index file", "index files"), result.bytesPublished() / 1e6, seconds);
        } else {
            out.printf("Nothing changed in %s since generation %d (%s); nothing was published.%n", folder,
                    result.generation(), Plural.of(result.documents(), "document", "documents"));
        }
        out.flush();
        return 0;
    }

    /**
     * The sentence for older generations deleted at once rather than kept for copies under way, or null: they held text
     * read through links out of the share, or this data folder did not publish them (so nothing tells what they hold).
     */
    static String deletedAtOnce(TeamIndexPublisher.Result result, int removedThroughLinks) {
        List<Long> generations = removedThroughLinks > 0 ? result.deleted() : result.foreign();
        if (generations.isEmpty()) {
            return null;
        }
        String which = generations.size() == 1 ? "generation " + generations.getFirst()
                : "generations " + String.join(", ", generations.subList(0, generations.size() - 1).stream()
                        .map(String::valueOf).toList()) + " and " + generations.getLast();
        String why = removedThroughLinks > 0
                ? (generations.size() == 1 ? "it" : "they") + " held the text of " + Plural.of(removedThroughLinks, "file", "files") + " read through symbolic "
                        + "links out of the share, which everyone who can read the share could read"
                : "this data folder did not publish " + (generations.size() == 1 ? "it" : "them") + " (another data "
                        + "folder, another computer or a version from before did), so nothing tells that "
                        + (generations.size() == 1 ? "it holds" : "they hold") + " only the share's files";
        String then = removedThroughLinks > 0
                ? " Laptops that copied " + (generations.size() == 1 ? "it" : "them") + " delete their copies at their next "
                        + "run; check who can write the share's folders."
                : " Publish each share from one data folder: publishers taking turns replace each other's whole index, "
                        + "and every laptop copies it all again.";
        return "Deleted " + which + " of the team index at once instead of keeping " + (generations.size() == 1 ? "it"
                : "them") + " an hour for copies under way: " + why + "." + then;
    }
}
