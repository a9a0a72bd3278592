package org.collateralfinder.gui.feedback;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.FeedbackByFile;
import org.collateralfinder.feedback.FeedbackResponses;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.ResponseStatus;
import org.collateralfinder.feedback.SyncResult;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.task.BackgroundTask;

/**
 * Marketing's answer form (status, note, the file that fixes it), in the Report tab and the feedback
 * panel. Whether this user may answer comes from the team folder's permissions ({@link FeedbackResponses#whyNotAnswer});
 * anyone else sees the form disabled with the sentence why, and gets it again if they try.
 */
public final class AnswerFormViewModel {

    private static final String NO_TEAM_FOLDER = "Choose the team folder first: answers travel through it.";

    private final FeedbackStore store;
    private final Supplier<FeedbackByFile> files;
    private final Supplier<Optional<Path>> teamFolder;
    private final Supplier<IndexedPaths> paths;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final Runnable answered;

    private final ObjectProperty<ResponseStatus> status = new SimpleObjectProperty<>(this, "status",
            ResponseStatus.ACKNOWLEDGED);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty fixedBy = new SimpleStringProperty(this, "fixedBy", "");
    private final ReadOnlyBooleanWrapper mayAnswer = new ReadOnlyBooleanWrapper(this, "mayAnswer");
    /** Why this user cannot answer now, for a reason that passes, or "". */
    private final ReadOnlyStringWrapper notNow = new ReadOnlyStringWrapper(this, "notNow", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canAnswer;
    /** The sentence the last check gave for why this user may not answer, or null. */
    private String refusal;
    /** "Answered alice's feedback on Deck.pptx: addressed." of the last answer given here, or null. */
    private String answeredText;

    /**
     * @param files      which feedback belongs to which file, for the files this form answers (asked in the background)
     * @param teamFolder the team folder answers travel through (the remembered one), read in the background
     * @param paths      the indexed files and the sources, to know the file that fixes it as the command line
     *                   does (called in the background)
     * @param answered   called on the UI executor after an answer was saved
     */
    public AnswerFormViewModel(FeedbackStore store, Supplier<FeedbackByFile> files, Supplier<Optional<Path>> teamFolder,
                               Supplier<IndexedPaths> paths, UiWork work, Runnable answered) {
        this.store = store;
        this.files = files;
        this.teamFolder = teamFolder;
        this.paths = paths;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        this.answered = answered;
        // a rep may try (and is told why not): the share's permissions decide, when the answer is saved
        this.canAnswer = Bindings.createBooleanBinding(() -> !note.get().isBlank()
                && (status.get() == ResponseStatus.ADDRESSED || fixedBy.get().isBlank()), note, status, fixedBy);
    }

    /** Finds out (in the background) whether this user may answer, and says why not when they may not. */
    public void checkRole() {
        // without a team folder nothing is answered from this computer: the form says to choose one, a file's
        // Feedback tab shows neither form nor line (a rep working alone is not told about answering)
        BackgroundTask.of(() -> teamFolder.get().map(store.responses()::standing)
                        .orElse(new FeedbackResponses.Standing(FeedbackResponses.Standing.Kind.READ_ONLY, NO_TEAM_FOLDER)))
                .onSuccess(standing -> {
                    Optional<String> whyNot = Optional.ofNullable(standing.why());
                    mayAnswer.set(standing.kind() == FeedbackResponses.Standing.Kind.MAY_ANSWER);
                    notNow.set(standing.kind() == FeedbackResponses.Standing.Kind.NOT_NOW ? standing.why() : "");
                    if (whyNot.isPresent()) {
                        message.set(whyNot.get());
                    } else if (message.get().equals(refusal)) {
                        message.set(""); // allowed now; what the last answer did stays
                    }
                    refusal = whyNot.orElse(null);
                })
                .onFailure(e -> errors.accept(UserError.of("Checking who may answer feedback", e)))
                .runOn(background, ui);
    }

    /**
     * A sync with the team folder happened: when it could write the folder, the answers given here are in it now,
     * and "It reaches them at the next sync." becomes "Sent to the team folder." (it stayed after later syncs).
     */
    public void synced(SyncResult result) {
        if (answeredText != null && result.reachable() && result.writable()
                && message.get().equals(answeredText + " It reaches them at the next sync.")) {
            message.set(answeredText + " Sent to the team folder.");
        }
    }

    /** Whether the form shows on a file: it has feedback to answer, and this user may answer now. */
    public BooleanBinding shownFor(ObservableBooleanValue hasFeedback) {
        return Bindings.createBooleanBinding(() -> hasFeedback.get() && mayAnswer.get(), hasFeedback, mayAnswer);
    }

    /**
     * Why a file's feedback cannot be answered now, in one line (the team folder cannot be reached, or has no
     * responses folder yet), or "": a file without feedback, and a rep (who never answers), get no line.
     */
    public StringBinding unavailableFor(ObservableBooleanValue hasFeedback) {
        return Bindings.createStringBinding(() -> hasFeedback.get() ? notNow.get() : "", hasFeedback, notNow);
    }

    /**
     * Answers the current feedback on a file, as the command line's {@code feedback respond FILE} does (also
     * feedback given before it was edited in place): one rep's, or everyone's when {@code rep} is empty.
     *
     * @param aboutName the file's name for the sentence saying it is done
     */
    public void answer(KnownFile file, Optional<String> rep, String aboutName) {
        ResponseStatus chosen = status.get();
        String text = note.get();
        String fix = fixedBy.get().isBlank() ? null : fixedBy.get().strip();
        BackgroundTask.of(() -> {
                    Path folder = teamFolder.get().orElseThrow(() -> new InvalidFeedbackException(NO_TEAM_FOLDER));
                    IndexedPaths.Identified fixing = fix == null ? null : paths.get().identifyFix(Path.of(fix));
                    FeedbackResponses.Answer answer = new FeedbackResponses.Answer(file, rep, chosen, text,
                            fixing == null ? null : fixing.path(), fixing == null ? null : fixing.contentHash(), store.user());
                    return store.responses().respond(answer, files.get(), folder);
                })
                .onSuccess(given -> {
                    note.set("");
                    fixedBy.set("");
                    answeredText = "Answered " + (given.size() == 1 ? given.getFirst().rep() + "'s" : given.size() + " reps'")
                            + " feedback on " + aboutName + ": " + chosen.label() + ".";
                    message.set(answeredText + " It reaches them at the next sync.");
                    answered.run();
                })
                .onFailure(e -> {
                    if (e instanceof InvalidFeedbackException refused) {
                        message.set(refused.userMessage());
                    } else if (e instanceof IndexedPaths.RefusedPath refused) {
                        message.set(refused.userMessage());
                    } else {
                        errors.accept(UserError.of("Answering the feedback", e));
                    }
                })
                .runOn(background, ui);
    }

    /** The answer's status; a fixing file only goes with addressed. */
    public ObjectProperty<ResponseStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The path of the file that fixes it, or "". */
    public StringProperty fixedByProperty() {
        return fixedBy;
    }

    public ReadOnlyBooleanProperty mayAnswerProperty() {
        return mayAnswer.getReadOnlyProperty();
    }

    /** What the last answer did, or why this user may not answer. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canAnswerBinding() {
        return canAnswer;
    }
}
