package org.collateralfinder.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackReporter;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackResponses;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.SavedSearches;
import org.collateralfinder.feedback.SearchGaps;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 feedback store as the window uses it: opened (and migrated) on a background thread at start so
 * the window does not wait for it, then shared. Every accessor may wait for the opening to finish, so
 * call them on background threads only; if opening failed they throw its sentence.
 */
public final class FeedbackStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackStore.class);

    private record Opened(FeedbackDatabase database, FeedbackRepository repository, FeedbackReporter reporter,
                          TeamFolderSync sync, FeedbackResponses responses, SearchGaps searchGaps,
                          SavedSearches savedSearches) {
    }

    private final CompletableFuture<Opened> opened;
    private final String user;

    private FeedbackStore(CompletableFuture<Opened> opened, String user) {
        this.opened = opened;
        this.user = user;
    }

    /**
     * Starts opening the database whose file is {@code base} + ".mv.db" on {@code executor}.
     *
     * @param user whose feedback this window records (the login name)
     */
    public static FeedbackStore openInBackground(Path base, Executor executor, String user) {
        return openInBackground(base, executor, user, () -> true);
    }

    /**
     * As {@link #openInBackground(Path, Executor, String)}.
     *
     * @param sharesSearchGaps whether the rep lets the searches that found nothing be counted for the team now
     *                         (asked at each sync: off, what waits is forgotten)
     */
    public static FeedbackStore openInBackground(Path base, Executor executor, String user,
                                                 BooleanSupplier sharesSearchGaps) {
        return new FeedbackStore(CompletableFuture.supplyAsync(() -> open(base, sharesSearchGaps), executor), user);
    }

    private static Opened open(Path base, BooleanSupplier sharesSearchGaps) {
        long start = System.nanoTime();
        FeedbackDatabase database = FeedbackDatabase.open(base);
        LOG.info("Feedback store opened in {} ms", (System.nanoTime() - start) / 1_000_000);
        return new Opened(database, new FeedbackRepository(database), new FeedbackReporter(database),
                new TeamFolderSync(database, Clock.systemDefaultZone(), sharesSearchGaps), new FeedbackResponses(database),
                new SearchGaps(database), new SavedSearches(database));
    }

    private Opened get() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CollateralException ce) {
                throw ce;
            }
            throw new CollateralException("The feedback store could not be opened.", e.getCause());
        }
    }

    public FeedbackRepository repository() {
        return get().repository();
    }

    /** The repository if the store is open already; never waits (for ranking, which must not stall on it). */
    public Optional<FeedbackRepository> repositoryIfOpen() {
        return opened.isDone() && !opened.isCompletedExceptionally()
                ? Optional.of(opened.join().repository()) : Optional.empty();
    }

    public FeedbackReporter reporter() {
        return get().reporter();
    }

    /** Marketing's answers: giving them, and telling the rep. */
    public FeedbackResponses responses() {
        return get().responses();
    }

    /** Marketing's curation: official, draft, retired. */
    public Curations curations() {
        return get().repository().curations();
    }

    /** The reps' collections of files. */
    public FileCollections collections() {
        return get().repository().collections();
    }

    public TeamFolderSync teamSync() {
        return get().sync();
    }

    /** The searches that found nothing: counting them, and forgetting what waits. */
    public SearchGaps searchGaps() {
        return get().searchGaps();
    }

    /** The searches the rep saved. */
    public SavedSearches savedSearches() {
        return get().savedSearches();
    }

    /** The rep using this window, whose entries supersede their own earlier ones. */
    public String user() {
        return user;
    }

    /** Closes the database once it is open (waits for a start still in progress). Not on the FX thread. */
    @Override
    public void close() {
        try {
            get().database().close();
        } catch (RuntimeException e) {
            LOG.debug("The feedback store was not open", e);
        }
    }
}
