package org.collateralfinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the {@code feedback} subcommands share: the data folder, opening the database, identifying
 * a file by its content, and turning failures into one sentence on stderr with an exit code
 * (2 for refused input, 1 for anything else), whichever command line they are run from.
 */
abstract class FeedbackSubcommand implements Callable<Integer> {

    static final int REFUSED = 2;
    static final int FAILED = 1;

    /**
     * Not a static field: picocli creates every command before {@code --data-dir} is read, and the first
     * logger fixes where the log file goes (the data folder's logs/, see {@link CommandLineRunner}).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(FeedbackSubcommand.class);
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    /**
     * A file refused because no file is at its path now (deleted, replaced by a folder: see
     * {@link IndexedPaths.RefusedPath#noFileThere}); the feedback given on the file that was there is found by the
     * path it was last seen at.
     */
    static final class NoFileThere extends InvalidFeedbackException {

        private static final long serialVersionUID = 1L;

        NoFileThere(String userMessage) {
            super(userMessage);
        }
    }

    /** A file as feedback knows it: where it is and what it contains. */
    record TargetFile(String path, String contentHash) {

        KnownFile asKnown() {
            return new KnownFile(contentHash, path);
        }
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (InvalidFeedbackException e) {
            err().println(e.userMessage());
            return REFUSED;
        } catch (CollateralException e) {
            if (e.getCause() != null) {
                log().warn("{}", e.userMessage(), e.getCause());
            }
            err().println(e.userMessage());
            return FAILED;
        } catch (RuntimeException e) {
            log().error("The feedback command failed unexpectedly", e);
            err().println("The feedback command failed unexpectedly; the log has the details.");
            return FAILED;
        }
    }

    /** The command's work; returns the exit code. */
    abstract int run();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The data folder, for a command that changes feedback. */
    DataDirectory dataDirectory() {
        return dataDir.open();
    }

    /** The database, read-only (nothing in the data folder changes); empty when no feedback was ever recorded. */
    Optional<FeedbackDatabase> openDatabaseForReading() {
        return FeedbackDatabase.openForReading(dataDir.openForReading());
    }

    /** Whether JSON was asked for, on the subcommand ({@code own}) or on {@code feedback}. */
    boolean json(boolean own) {
        return GroupJson.requested(spec, own);
    }

    FeedbackDatabase openDatabase() {
        FeedbackDatabase db = FeedbackDatabase.open(dataDirectory());
        if (db.restoreNotice() != null) {
            err().println(db.restoreNotice());
            err().flush();
        }
        return db;
    }

    /** The files the index knows (path and content), sorted by path; none before the first index. */
    List<KnownFile> indexedFiles() {
        DataDirectory dir = dataDir.openForReading();
        try (IndexService index = IndexService.openForReading(dir.indexDir())) {
            return index.contentHashes().entrySet().stream()
                    .map(e -> new KnownFile(e.getValue(), e.getKey()))
                    .sorted(Comparator.comparing(KnownFile::path))
                    .toList();
        } catch (CollateralException nothingIndexedYet) {
            return List.of();
        } catch (IOException e) {
            throw new CollateralException("The index could not be read: " + CollateralException.why(e) + ".", e);
        }
    }

    /**
     * Which feedback belongs to the target file, for the index as it is with the file as it is on disk now
     * (edited since the last index run, what the index still holds for it is its previous content).
     */
    FeedbackByFile byFile(FeedbackRepository repository, TargetFile target) {
        return repository.byFile(IndexedContents.of(indexedWith(target)));
    }

    /** The indexed files, the target file as it is now in place of what the index holds at its path. */
    List<KnownFile> indexedWith(TargetFile target) {
        List<KnownFile> files = new ArrayList<>(indexedFiles());
        files.removeIf(file -> file.path().equals(target.path()));
        files.add(target.asKnown());
        return files;
    }

    /**
     * The file's path as the index holds it (named through a link, an alias or as an archive member: see
     * {@link IndexedPaths}) and its content; refuses what is neither on disk nor in the index, and folders
     * ({@link NoFileThere} when no file is at the path now).
     */
    TargetFile identify(Path file) {
        return identify(file, paths -> paths.identify(file));
    }

    /** The file that fixes the feedback answered, as {@link #identify}; one in no source is refused too. */
    TargetFile identifyFix(Path file) {
        return identify(file, paths -> paths.identifyFix(file));
    }

    private TargetFile identify(Path file, Function<IndexedPaths, IndexedPaths.Identified> how) {
        try {
            IndexedPaths.Identified found = dataDir.withIndexedPaths(how);
            return new TargetFile(found.path(), found.contentHash());
        } catch (IndexedPaths.RefusedPath e) {
            throw e.noFileThere() ? new NoFileThere(e.userMessage()) : new InvalidFeedbackException(e.userMessage());
        }
    }

    /** The path the index holds (or would hold) for a file, also one that is gone ({@link IndexedPaths#indexedPath}). */
    String indexedPath(Path file) {
        return dataDir.withIndexedPaths(paths -> paths.indexedPath(file));
    }
}
