package org.collateralfinder.gui.sources;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.collateralfinder.app.TeamIndexPublishing;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.task.Cancellation;

/**
 * Publishing a source's team index from the Sources tab (for the marketing PC or the rep with write
 * access to the share): asked first in the source's row — what is written where, and who can read it —
 * then run in the background with its progress and a Stop, and the publisher's own sentence at the end.
 * One publication at a time.
 */
public final class PublishViewModel {

    private final TeamIndexPublishing publishing;
    private final UiWork work;
    private final ReadOnlyStringWrapper asked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper running = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultFor = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper();
    private Cancellation stop = new Cancellation();

    public PublishViewModel(TeamIndexPublishing publishing, UiWork work) {
        this.publishing = publishing;
        this.work = work;
    }

    /** The question asked before publishing {@code source}: what is written where, and who may read it. */
    public static String question(String source) {
        return "Publish a team index of " + source + "? Its files are read here and their index is written into "
                + Path.of(source).resolve(".collateral-index") + ", so laptops copy it instead of reading every file. "
                + "The index holds the text of every file: everyone who can read the share can read it.";
    }

    /** Shows the question in the source's row. */
    public void ask(String source) {
        if (running.get().isEmpty()) {
            asked.set(source);
        }
    }

    /** The source whose publication is being asked about, or "". */
    public ReadOnlyStringProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    public void notNow() {
        asked.set("");
    }

    /** The rep confirmed: publishes the asked-about source in the background. */
    public void confirm() {
        String source = asked.get();
        asked.set("");
        if (source.isEmpty() || !running.get().isEmpty()) {
            return;
        }
        stop = new Cancellation();
        Cancellation thisRun = stop;
        running.set(source);
        progress.set("Starting…");
        resultFor.set("");
        result.set("");
        CompletableFuture.supplyAsync(() -> publishing.publish(Path.of(source),
                        line -> work.ui().execute(() -> progress.set(line)), thisRun), work.background())
                .whenCompleteAsync((outcome, failure) -> {
                    running.set("");
                    progress.set("");
                    resultFor.set(source);
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        succeeded.set(false);
                        result.set(cause instanceof CollateralException ce ? ce.userMessage()
                                : "Publishing failed: " + cause.getMessage());
                        if (!(cause instanceof CollateralException)) {
                            work.errors().accept(UserError.of("Publishing the team index", cause));
                        }
                    } else {
                        succeeded.set(outcome.succeeded());
                        result.set(outcome.sentence());
                    }
                }, work.ui());
    }

    /** Stops the running publication: nothing half-published stays visible to laptops. */
    public void stop() {
        stop.cancel();
        progress.set("Stopping…");
    }

    /** The source being published, or "". */
    public ReadOnlyStringProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The publication's last progress line, while it runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The source the last publication was of, or "". */
    public ReadOnlyStringProperty resultForProperty() {
        return resultFor.getReadOnlyProperty();
    }

    /** How the last publication ended, in the publisher's own words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }
}
