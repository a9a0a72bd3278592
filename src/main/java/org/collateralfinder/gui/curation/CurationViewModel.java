package org.collateralfinder.gui.curation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.task.BackgroundTask;

/**
 * The selected file's curation in its detail: what marketing says it is, and the form that sets it (state, expiry,
 * owner, replaced by) for whoever may write the team folder's {@code curation/}. Anyone else sees it read-only; the
 * share's permissions decide ({@link Curations#standing}), as for {@code curate} on the command line. Also flags an
 * offline copy kept of a retired file and offers its replacement for keeping offline instead.
 */
public final class CurationViewModel {

    private final ReadOnlyObjectProperty<ResultItem> selected;
    private final FeedbackStore store;
    private final Supplier<Optional<Path>> teamFolder;
    private final Supplier<IndexedPaths> paths;
    private final Supplier<SearchService> search;
    private final UiWork work;
    private final Runnable curated;
    private final Predicate<String> keptOffline;

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper pinnedNote = new ReadOnlyStringWrapper(this, "pinnedNote", "");
    private final ReadOnlyBooleanWrapper mayCurate = new ReadOnlyBooleanWrapper(this, "mayCurate");
    private final ReadOnlyBooleanWrapper replacementPinnable = new ReadOnlyBooleanWrapper(this, "replacementPinnable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<CurationState> state = new SimpleObjectProperty<>(this, "state", CurationState.OFFICIAL);
    private final ObjectProperty<LocalDate> expires = new SimpleObjectProperty<>(this, "expires");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty replacedBy = new SimpleStringProperty(this, "replacedBy", "");
    /** The sentence refusing the expiry date last typed, until a date is chosen again; null when none is refused. */
    private String expiryRefused;
    /** The expiry date as typed when it was refused, what the field keeps showing beside the sentence; "" when none. */
    private final ReadOnlyStringWrapper refusedExpiry = new ReadOnlyStringWrapper(this, "refusedExpiry", "");

    /**
     * @param teamFolder the team folder curation travels through (the remembered one), read in the background
     * @param paths      the indexed files and the sources, to know a file named as the replacement (background)
     * @param search     the search over this computer's index, to say which identical copies a curation reaches too
     * @param curated    called on the UI executor after a curation was saved (the results show it)
     */
    public CurationViewModel(ReadOnlyObjectProperty<ResultItem> selected, FeedbackStore store,
                             Supplier<Optional<Path>> teamFolder, Supplier<IndexedPaths> paths,
                             Supplier<SearchService> search, Predicate<String> keptOffline, UiWork work,
                             Runnable curated) {
        this.selected = selected;
        this.keptOffline = keptOffline;
        this.store = store;
        this.teamFolder = teamFolder;
        this.paths = paths;
        this.search = search;
        this.work = work;
        this.curated = curated;
        show(selected.get());
        expires.addListener((obs, old, now) -> forgetRefusedExpiry());
        selected.addListener((obs, old, now) -> {
            boolean otherFile = old == null || now == null || !old.hit().path().equals(now.hit().path());
            if (otherFile) {
                message.set("");
                forgetRefusedExpiry();
            }
            show(now);
        });
    }

    private void show(ResultItem item) {
        // without a team folder no curation can reach this laptop: "Not curated" on every file would only be noise
        summary.set(item == null || item.curation() == null && teamFolder.get().isEmpty() ? "" : summaryOf(item.curation()));
        pinnedNote.set(item == null ? "" : pinnedNoteOf(item));
        replacementPinnable.set(replacementOf(item).isPresent());
        replacementOf(item).ifPresent(replacement -> checkKeptOffline(item, replacement));
        ShownCuration shown = item == null ? null : item.curation();
        Curation curation = shown == null ? null : shown.curation();
        state.set(curation == null ? CurationState.OFFICIAL : curation.state());
        expires.set(curation == null ? null : curation.expires());
        owner.set(curation == null || curation.owner() == null ? "" : curation.owner());
        replacedBy.set(shown == null || shown.replacedBy() == null ? "" : shown.replacedBy());
    }

    /**
     * "Official · expires after 2027-01-31 · owner Maria Lopez (maria, 2026-12-06)", "Retired — use price-sheet-2026.txt
     * (…) · edited since" (the file was edited after it was curated, and keeps its curation), or "Not curated".
     */
    static String summaryOf(ShownCuration shown) {
        return shown == null ? "Not curated by marketing." : shown.summary(Formats::lastName);
    }

    /** The flag on an offline copy of a retired file, or "". */
    static String pinnedNoteOf(ResultItem item) {
        if (!item.pinned() || !item.discouraged()) {
            return "";
        }
        return "The copy kept offline is of a " + (item.curation().state() == CurationState.RETIRED ? "retired"
                : "expired") + " file" + (item.curation().replacedBy() == null ? "."
                : "; keep " + Formats.lastName(item.curation().replacedBy()) + " offline instead.");
    }

    /**
     * A replacement kept offline already is said so, with no button to keep it again (issue 16 re-test r23, finding 4:
     * the offer stayed after it was taken). Whether it is kept is read off the FX thread (the pins' list is a file).
     */
    private void checkKeptOffline(ResultItem item, String replacement) {
        BackgroundTask.of(() -> keptOffline.test(replacement))
                .onSuccess(kept -> {
                    if (kept && selected.get() == item) {
                        pinnedNote.set("The copy kept offline is of a " + (item.curation().state() == CurationState.RETIRED
                                ? "retired" : "expired") + " file; its replacement " + Formats.lastName(replacement)
                                + " is kept offline too.");
                        replacementPinnable.set(false);
                    }
                })
                .onFailure(e -> work.errors().accept(UserError.of("Reading the offline copies", e)))
                .runOn(work.background(), work.ui());
    }

    /** The replacement to keep offline instead of the selected (pinned, retired) file, if there is one. */
    public Optional<String> replacementToPin() {
        return replacementOf(selected.get());
    }

    private static Optional<String> replacementOf(ResultItem item) {
        return item != null && item.pinned() && item.discouraged() && item.curation().replacedBy() != null
                ? Optional.of(item.curation().replacedBy()) : Optional.empty();
    }

    /**
     * The expiry date typed in the form, read as the command line reads {@code --expires} (YYYY-MM-DD, a day of the
     * calendar: 2027-02-30 is refused, never read as another day). A refused date is said in the message, the field
     * keeps showing it as typed ({@link #expiryText}), and saving is refused until it is corrected or cleared (the field
     * going back to the earlier date left Save failing on a date no longer shown: curation re-test 21, finding 4).
     *
     * @throws DateTimeParseException when it is refused
     */
    public LocalDate typedExpiry(String text) {
        try {
            LocalDate day = Curations.expiryDate(text);
            forgetRefusedExpiry();
            return day;
        } catch (InvalidFeedbackException refused) {
            expiryRefused = refused.userMessage();
            refusedExpiry.set(text);
            message.set(expiryRefused);
            throw new DateTimeParseException(expiryRefused, text, 0);
        }
    }

    /** What the expiry field shows for this date: the refused text while a refusal stands, else the date (or ""). */
    public String expiryText(LocalDate value) {
        if (!refusedExpiry.get().isEmpty()) {
            return refusedExpiry.get();
        }
        return value == null ? "" : value.toString();
    }

    /**
     * The field's text as the curator edits it: once it differs from the refused text, the refusal is over (what is
     * typed now is read when the field is left, or saved; a field emptied is no expiry date).
     */
    public void expiryEdited(String text) {
        if (!refusedExpiry.get().isEmpty() && !refusedExpiry.get().equals(text)) {
            expiryRefused = null;
            refusedExpiry.set("");
        }
    }

    private void forgetRefusedExpiry() {
        expiryRefused = null;
        refusedExpiry.set("");
    }

    /** The expiry date as typed when it was refused, "" when none is refused. */
    public ReadOnlyStringProperty refusedExpiryProperty() {
        return refusedExpiry.getReadOnlyProperty();
    }

    /** Finds out (in the background) whether this user may curate; the form shows only for them. */
    public void checkRole() {
        BackgroundTask.of(() -> store.curations().standing(teamFolder.get().orElse(null)))
                .onSuccess(standing -> mayCurate.set(standing.mayCurate()))
                .onFailure(e -> work.errors().accept(UserError.of("Checking who may curate files", e)))
                .runOn(work.background(), work.ui());
    }

    /** Curates the selected file with the form's values, as {@code curate FILE} does. */
    public void save() {
        ResultItem item = selected.get();
        if (item == null || item.hit().contentHash() == null) {
            message.set("Select a file to curate.");
            return;
        }
        if (expiryRefused != null) {
            message.set(expiryRefused);
            return;
        }
        CurationState chosen = state.get();
        LocalDate lastDay = expires.get();
        String ownerName = owner.get();
        String replacement = replacedBy.get() == null || replacedBy.get().isBlank() ? null : replacedBy.get().strip();
        KnownFile file = new KnownFile(item.hit().contentHash(), item.hit().path());
        List<Curation> replacing = item.curation() == null ? List.of() : List.of(item.curation().curation());
        BackgroundTask.of(() -> {
                    Path folder = teamFolder.get().orElseThrow(() -> new InvalidFeedbackException(Curations.noTeamFolder()));
                    IndexedPaths.Identified instead = replacement == null ? null : paths.get().identifyReplacement(Path.of(replacement));
                    Curations.Request request = new Curations.Request(List.of(file), chosen, lastDay, ownerName,
                            instead == null ? null : new KnownFile(instead.contentHash(), instead.path()), store.user(),
                            replacing);
                    // the index tells the identical copies the curation reaches too (curation follows the content)
                    return search.get().withIndexedContents(index -> store.curations().curate(request, folder, index));
                })
                .onSuccess(outcome -> {
                    message.set("Curated " + item.hit().fileName() + " as " + chosen.code() + "."
                            + (outcome.written() ? " It reaches every laptop at its next sync." : " " + outcome.waiting())
                            + Stream.concat(outcome.notes().stream(), outcome.warnings().stream())
                                    .map(note -> " " + note).collect(Collectors.joining()));
                    curated.run();
                })
                .onFailure(e -> {
                    if (e instanceof InvalidFeedbackException refused) {
                        message.set(refused.userMessage());
                    } else if (e instanceof IndexedPaths.RefusedPath refused) {
                        message.set(refused.userMessage());
                    } else {
                        work.errors().accept(UserError.of("Curating the file", e));
                    }
                })
                .runOn(work.background(), work.ui());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinnedNoteProperty() {
        return pinnedNote.getReadOnlyProperty();
    }

    /** Whether the selected file is a retired (or expired) one kept offline whose replacement can be kept instead. */
    public ReadOnlyBooleanProperty replacementPinnableProperty() {
        return replacementPinnable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayCurateProperty() {
        return mayCurate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObjectProperty<CurationState> stateProperty() {
        return state;
    }

    public ObjectProperty<LocalDate> expiresProperty() {
        return expires;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    /** The path of the file to use instead, or "". */
    public StringProperty replacedByProperty() {
        return replacedBy;
    }
}
