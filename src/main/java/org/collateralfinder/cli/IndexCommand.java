package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.datadir.InstanceLock;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.index.EarlyListings;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Indexer;
import org.collateralfinder.index.RunSummary;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PathChanges;
import org.collateralfinder.model.Plural;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.teamindex.SourcesRun;
import org.collateralfinder.teamindex.TeamIndexCopier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Adds the given folders as sources, then indexes all sources (only new and changed files are read).")
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "A folder to add as a source before indexing (repeatable).")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--json", description = "Print the run's counts as one JSON object on the last line.")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest time one file may take (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction worker processes (default: one per core).")
    Integer workers;

    @Option(names = "--commit-every", paramLabel = "SECONDS", hidden = true, description = "Commit interval.")
    int commitSeconds = 15;

    @Option(names = "--confirm-deletions", description = "Remove files even when most of a source disappeared at once "
            + "(otherwise they are kept, in case the share is only half-mounted).")
    boolean confirmDeletions;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be at least 1 second (it was " + timeoutSeconds + ").");
        }
        if (workers != null && workers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1 (it was " + workers + ").");
        }
        for (Path source : sources) {
            SourceRegistry.refuseDataFolder(source, dataDir.path()); // before the data folder is created or locked down
        }
        DataDirectory dir = dataDir.open();
        SourceRegistry registry = dataDir.registry();
        for (Path source : sources) {
            registry.add(source, List.of());
        }
        List<SourceRegistry.SourceFolder> all = registry.list();
        if (all.isEmpty() && !holdsDocuments(dir)) {
            // with none left but documents of removed ones, the run takes those out
            throw new CollateralException("There are no sources yet; add one with --source DIR or 'sources add DIR'.");
        }
        ExtractionLimits limits = ExtractionLimits.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds));
        if (workers != null) {
            limits = limits.withWorkers(workers);
        }
        PrintWriter out = spec.commandLine().getOut();
        ProgressPrinter progress = new ProgressPrinter(System.err, System.console() != null);
        Cancellation cancellation = new Cancellation();
        SourcesRun.Result run;
        String rebuilding;
        Indexer.Options options = Indexer.Options.defaults().withCommitInterval(Duration.ofSeconds(commitSeconds))
                .withConfirmDeletions(confirmDeletions)
                .withTeamFolders(new FeedbackPreferences(dir).teamFolder().stream().toList());
        // the folders are listed while the index opens (on a run over unchanged files the two took as long)
        try (EarlyListings listed = EarlyListings.start(all, options, dir.root(), cancellation);
             InstanceLock lock = InstanceLock.acquire(dir, "index");
             IndexService index = IndexService.openForWriting(dir.indexDir());
             IsolatedExtractor extractor = new IsolatedExtractor(limits, dir.logsDir().resolve("extract-worker-output.log"),
                     dir.cacheDir().resolve("extract-worker.jsa"))) {
            Thread hook = new Thread(cancellation::cancel);
            Runtime.getRuntime().addShutdownHook(hook);
            run = SourcesRun.run(all, index, new Indexer(index, extractor, options, dir.root(), listed),
                    options.reachability(), dir.root(), progress, cancellation);
            PrintWriter err = spec.commandLine().getErr();
            run.copied().notes().forEach(err::println);
            // a source out of reach keeps its files searchable, and the run says so (not only 'status')
            IndexReport.read(dir.root()).sources().stream().filter(r -> !r.reachable() && r.note() != null)
                    .forEach(r -> err.println("Source " + r.path() + ": " + r.note()));
            err.flush();
            followChanges(dir, run.changes());
            rebuilding = index.rebuildStatus();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the run was cancelled by Ctrl+C; what was done is committed
            }
            Path suggest = dir.cacheDir().resolve(SuggestionService.FOLDER);
            if (!cancellation.isCancelled() && SuggestionService.staleAfter(run.stats(), suggest)) {
                try (SuggestionService suggestions = new SuggestionService(index, suggest)) {
                    suggestions.rebuild();
                }
            }
        } finally {
            progress.end();
        }
        IndexRunStats stats = run.stats();
        TeamIndexCopier.Result copied = run.copied();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("files", stats.files());
            o.put("added", stats.added());
            o.put("updated", stats.updated());
            o.put("removed", stats.removed());
            o.put("unchanged", stats.unchanged());
            o.put("failed", stats.failed());
            o.put("seconds", Json.seconds(run.seconds())); // the copy is part of the run
            o.put("copied_files", copied.copiedFiles());
            o.put("copied_bytes", copied.copiedBytes());
            out.println(Json.write(o));
        } else {
            if (copied.copiedFiles() > 0) {
                out.printf("Copied %s (%,.1f MB) of team indexes from the shares.%n",
                        Plural.of(copied.copiedFiles(), "file", "files"), copied.copiedBytes() / 1e6);
            }
            out.println(RunSummary.sentence(stats, IndexReport.read(dir.root()).keptFiles(), " (see 'status')"));
            if (rebuilding != null) {
                String waits = IndexReport.read(dir.root()).rebuildNote();
                out.println(rebuilding + (waits == null ? "" : " " + waits));
            }
        }
        out.flush();
        return 0;
    }

    private static boolean holdsDocuments(DataDirectory dir) {
        if (!IndexService.exists(dir.indexDir())) {
            return false;
        }
        try (IndexService index = IndexService.openForReading(dir.indexDir())) {
            return index.searchedDocumentsPerSource().values().stream().anyMatch(count -> count > 0);
        } catch (IOException e) {
            throw new CollateralException("The index in " + dir.indexDir() + " could not be read: "
                    + CollateralException.why(e) + ".", e);
        }
    }

    /** Feedback follows files edited in place or moved; the index is right either way, so a failure here is only said. */
    private static void followChanges(DataDirectory dir, PathChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (FeedbackDatabase database = FeedbackDatabase.open(dir)) {
            new FeedbackRepository(database).recordChanges(changes);
        } catch (CollateralException e) {
            LoggerFactory.getLogger(IndexCommand.class).warn("Could not carry feedback over to edited or moved files", e);
            System.err.println(e.userMessage() + " Feedback given before " + Plural.of(changes.size(), "file was", "files were")
                    + " edited or moved may not follow " + (changes.size() == 1 ? "it" : "them") + ".");
        }
    }
}
