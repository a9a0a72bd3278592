package org.collateralfinder.app;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index's health at start. Damage found when the index was opened (it was moved aside and a new
 * one started) is told in a notice and the new index is filled. Otherwise every index file's checksum
 * is checked in the background after the window shows; damage found there is told in a notice, the
 * index is closed, moved aside and replaced by a new one between indexing runs, and every source is
 * indexed again while the window keeps working. Nothing here waits on the UI executor.
 */
public final class IndexHealth {

    private static final Logger LOG = LoggerFactory.getLogger(IndexHealth.class);

    private final LiveIndex live;
    private final BackgroundIndexer indexer;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> notice;
    private final Consumer<UserError> errors;
    private final Runnable rebuild;

    /**
     * @param notice  hears the sentence to show in a non-blocking banner (on the UI executor)
     * @param rebuild starts indexing every source into the (new) index (on the UI executor)
     */
    public IndexHealth(LiveIndex live, BackgroundIndexer indexer, UiWork work, Consumer<String> notice, Runnable rebuild) {
        this.live = live;
        this.indexer = indexer;
        this.background = work.background();
        this.ui = work.ui();
        this.notice = notice;
        this.errors = work.errors();
        this.rebuild = rebuild;
    }

    /** Whether the index was found damaged when it was opened (and has been started afresh). */
    public boolean wasRecoveredAtOpen() {
        return live.index().wasRecoveredFromDamage();
    }

    /**
     * Checks the index: tells and rebuilds an index recovered at open, else verifies every file in the
     * background and replaces a damaged index. Call on the UI executor once the window shows.
     */
    public void check() {
        if (wasRecoveredAtOpen()) {
            notice.accept("The index was damaged, so it was moved aside and a new one is being built from your "
                    + "folders. Search works meanwhile and finds more files as it fills.");
            rebuild.run();
            return;
        }
        BackgroundTask.of(() -> live.index().verifyIntegrity())
                .onSuccess(problem -> {
                    if (problem != null) {
                        replace(problem);
                    } else {
                        LOG.info("The index passed its integrity check");
                    }
                })
                .onFailure(e -> LOG.warn("The index could not be checked", e))
                .runOn(background, ui);
    }

    private void replace(String problem) {
        notice.accept(problem + " Search works meanwhile and finds more files as the new index fills.");
        indexer.runBetweenRuns(() -> {
            try {
                live.replaceDamaged();
                ui.execute(rebuild);
            } catch (RuntimeException e) {
                ui.execute(() -> errors.accept(UserError.of("Rebuilding the damaged index", e)));
            }
        });
    }
}
