package org.collateralfinder.gui.collections;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.Plural;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.search.CollectionMatch;
import org.collateralfinder.search.FoundCollection;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.task.BackgroundTask;

/**
 * The window's collections: the sidebar's list (those answering the search first), the chosen collection's files in
 * order, which collections hold the selected file, and the commands the sidebar, the result menu and the file's detail
 * give (make a collection, add the selected file to one or take it out, share, keep offline). Everything that reads or
 * writes the database, the index or the disk runs on the background executor ({@link UiWork}); state changes on the
 * UI executor only.
 */
public final class CollectionsViewModel {

    /**
     * A collection as the sidebar lists it.
     *
     * @param mine    whether this user made it (and so may change it)
     * @param matches whether its name or description answers the search typed ({@link CollectionMatch})
     */
    public record Row(FoundCollection found, boolean mine, boolean matches) {

        public FileCollection collection() {
            return found.collection();
        }

        public String name() {
            return found.collection().name();
        }

        /** "3 files · shared by maria", "2 files · personal", "1 file · shared by you". */
        public String detail() {
            String files = Plural.of(found.files().size(), "file", "files");
            if (!mine) {
                return files + " · shared by " + found.collection().author();
            }
            return files + (found.collection().shared() ? " · shared by you" : " · personal");
        }

        boolean sameCollection(FileCollection other) {
            return found.collection().collection().equals(other.collection())
                    && found.collection().author().equals(other.author());
        }
    }

    /**
     * A file of the chosen collection, numbered from 1 in its order, with marketing's word on it (null: not curated).
     */
    public record FileRow(int number, String path, boolean found, boolean editedSince, ShownCuration curation) {

        /** "1. deck.pptx", "2. sheet.pdf (no longer found)", "3. old.pdf · Retired — use new.pdf (maria, 2026-12-06)". */
        public String text() {
            return nameLine() + (curation == null ? "" : " \u00b7 " + curationLine());
        }

        /** "1. deck.pptx", "2. sheet.pdf (no longer found)". */
        public String nameLine() {
            return number + ". " + Formats.lastName(path) + (found ? "" : " (no longer found)")
                    + (editedSince ? " (edited since it was added)" : "");
        }

        /**
         * The member's second line in the sidebar, under its name (which a long name cuts short: "(no longer found)"
         * after it was cut off, issue 16 re-test r24 finding 5): "No longer found", "Edited since it was added",
         * marketing's word ({@link #curationLine}), or "" for none of them.
         */
        public String noteLine() {
            List<String> notes = new ArrayList<>();
            if (!found) {
                notes.add("No longer found");
            }
            if (editedSince) {
                notes.add("Edited since it was added");
            }
            if (!curationLine().isEmpty()) {
                notes.add(curationLine());
            }
            return String.join(" \u00b7 ", notes);
        }

        /** The member's first line in the sidebar: "1. deck.pptx". */
        public String numberedName() {
            return number + ". " + Formats.lastName(path);
        }

        /** "Retired — use new.pdf (maria, 2026-12-06)", or "" when marketing has not curated it: its second line. */
        public String curationLine() {
            return curation == null ? "" : curation.summary(Formats::lastName);
        }
    }

    private final ReadOnlyObjectProperty<ResultItem> selected;
    private final ObservableStringValue query;
    private final FeedbackStore store;
    private final Supplier<SearchService> search;
    private final Supplier<Optional<Path>> teamFolder;
    private final OfflineStore offline;
    private final UiWork work;
    private final Consumer<String> showFile;
    private final BiConsumer<String, Boolean> pinnedChanged;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Row> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<String> holding = FXCollections.observableArrayList();
    /** Whether the collections were read once: until then the sidebar says it reads them, not that there are none. */
    private final ReadOnlyBooleanWrapper listRead = new ReadOnlyBooleanWrapper(this, "listRead", false);
    /** Whether {@link #holding} is the selected file's: false while its collections are being read. */
    private final ReadOnlyBooleanWrapper holdingRead = new ReadOnlyBooleanWrapper(this, "holdingRead", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Every collection as last read, before the search orders them. */
    private List<FoundCollection> all = List.of();
    /** Marketing's curation of the members found, by path. */
    private Map<String, ShownCuration> curated = Map.of();

    /**
     * @param query         the search typed: collections answering it come first
     * @param teamFolder    where a shared collection's changes go (the remembered team folder), read in the background
     * @param showFile      shows a file of a collection among the results (selects it, or searches for it)
     * @param pinnedChanged told, on the UI executor, of each file kept offline with its collection
     */
    public CollectionsViewModel(ReadOnlyObjectProperty<ResultItem> selected, ObservableStringValue query,
                                FeedbackStore store, Supplier<SearchService> search, Supplier<Optional<Path>> teamFolder,
                                OfflineStore offline, UiWork work, Consumer<String> showFile,
                                BiConsumer<String, Boolean> pinnedChanged) {
        this.selected = selected;
        this.query = query;
        this.store = store;
        this.search = search;
        this.teamFolder = teamFolder;
        this.offline = offline;
        this.work = work;
        this.showFile = showFile;
        this.pinnedChanged = pinnedChanged;
        query.addListener((obs, old, now) -> order());
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.hit().path().equals(now.hit().path())) {
                message.set("");
                holding.clear(); // not the last file's collections while this one's are read (r23, finding 8)
                holdingRead.set(false);
            }
            readHolding();
        });
    }

    /** The read of the collections under way, cancelled by the next reload (FX thread). */
    private BackgroundTask<?> reading;

    /** Reads the collections again (at start, after a sync, after the index changed). */
    public void reload() {
        if (reading != null) {
            reading.cancel(); // its result could land after this one's, and show what was there before
        }
        reading = BackgroundTask.of(() -> {
                    SearchService service = search.get();
                    List<FoundCollection> found = service.collections();
                    Map<String, String> contentAt = new HashMap<>();
                    found.forEach(collection -> collection.files().stream().filter(CollectionFiles.Shown::found)
                            .forEach(file -> contentAt.put(file.path(), file.contentHash())));
                    return Map.entry(found, service.curationAt(contentAt)); // members' curation: retired ones flagged
                })
                .onSuccess(read -> {
                    all = read.getKey();
                    curated = read.getValue();
                    listRead.set(true);
                    order();
                    readHolding();
                })
                .onFailure(e -> work.errors().accept(UserError.of("Reading the collections", e)))
                .runOn(work.background(), work.ui());
    }

    /** Whether a collection's name or description answers {@code query} ({@link CollectionMatch}). */
    public boolean answers(String query) {
        return all.stream().anyMatch(found -> CollectionMatch.matches(query, found.collection()));
    }

    /** Lists the collections: those answering the search first, then by name; the chosen one stays chosen. */
    private void order() {
        String typed = query.get();
        List<Row> listed = new ArrayList<>();
        for (FoundCollection found : all) {
            listed.add(new Row(found, FileCollections.isOf(found.collection(), store.user()),
                    CollectionMatch.matches(typed, found.collection())));
        }
        listed.sort(Comparator.comparing((Row row) -> !row.matches()));
        Row was = chosen.get(); // before the rows change: a list showing them may choose none meanwhile
        if (!rows.equals(listed)) {
            rows.setAll(listed);
        }
        choose(was == null ? null : listed.stream().filter(row -> row.sameCollection(was.collection())).findFirst()
                .orElse(null));
    }

    /** Shows a collection's files in order (null: none). */
    public void choose(Row row) {
        chosen.set(row);
        List<FileRow> shown = new ArrayList<>();
        if (row != null) {
            List<CollectionFiles.Shown> members = row.found().files();
            for (int i = 0; i < members.size(); i++) {
                CollectionFiles.Shown member = members.get(i);
                shown.add(new FileRow(i + 1, member.path(), member.found(), member.editedSince(),
                        member.found() ? curated.get(member.path()) : null));
            }
        }
        files.setAll(shown);
    }

    /** Chooses the collection of that name (a link in the file's detail), the user's own first. */
    public void chooseNamed(String name) {
        rows.stream().filter(row -> row.name().equals(name)).min(Comparator.comparing((Row row) -> !row.mine()))
                .ifPresent(this::choose);
    }

    /** Shows a file of the chosen collection among the results; one no longer found is said. */
    public void open(FileRow file) {
        if (file == null) {
            return;
        }
        if (!file.found()) {
            message.set(Formats.lastName(file.path()) + " is no longer found: it was at " + file.path() + ".");
            return;
        }
        showFile.accept(file.path());
    }

    /** Makes a personal collection, as {@code collection create} does, and chooses it. */
    public void create(String name, String description) {
        BackgroundTask.of(() -> store.collections().create(name, description, store.user()))
                .onSuccess(outcome -> {
                    message.set("Made the collection \"" + outcome.collection().name() + "\", yours alone until you "
                            + "share it.");
                    chosen.set(new Row(new FoundCollection(outcome.collection(), List.of()), true, false));
                    reload();
                })
                .onFailure(this::refused)
                .runOn(work.background(), work.ui());
    }

    /** Adds the selected file at the end of one of the user's collections. */
    public void addSelectedTo(Row row) {
        ResultItem item = selected.get();
        if (item == null || item.hit().contentHash() == null) {
            message.set("Select a file to add to \"" + row.name() + "\".");
            return;
        }
        KnownFile file = new KnownFile(item.hit().contentHash(), item.hit().path());
        change(collections -> {
            FileCollection now = collections.now(row.collection());
            return collections.add(now, List.of(file), files(collections), store.user(), teamFolder.get().orElse(null));
        }, outcome -> outcome.notes().isEmpty() ? "Added " + item.hit().fileName() + " to \"" + row.name() + "\"."
                : outcome.notes().getFirst());
    }

    /** Takes the selected file out of one of the user's collections. */
    public void removeSelectedFrom(Row row) {
        ResultItem item = selected.get();
        if (item == null) {
            return;
        }
        KnownFile file = item.hit().contentHash() == null ? null : new KnownFile(item.hit().contentHash(), item.hit().path());
        change(collections -> collections.remove(collections.now(row.collection()), file, item.hit().path(),
                        files(collections), store.user(), teamFolder.get().orElse(null)),
                outcome -> "Took " + item.hit().fileName() + " out of \"" + row.name() + "\".");
    }

    /** Shares one of the user's collections with the team, as {@code collection share} does. */
    public void share(Row row) {
        change(collections -> collections.share(collections.now(row.collection()), files(collections), store.user(),
                teamFolder.get().orElse(null)), outcome -> outcome.notes().isEmpty()
                ? "Shared \"" + row.name() + "\" with the team; it reaches every laptop at its next sync."
                : outcome.notes().getFirst());
    }

    /** Keeps a collection's files offline as a unit, within the offline budget, as {@code collection pin} does. */
    public void pin(Row row) {
        List<String> paths = row.found().foundPaths();
        if (paths.isEmpty()) {
            message.set("\"" + row.name() + "\" holds no file the index has, so there is nothing to keep offline.");
            return;
        }
        String what = "the " + Plural.of(paths.size(), "file", "files") + " of \"" + row.name() + "\"";
        BackgroundTask.of(() -> offline.pinAll(what, paths.stream().map(p -> Path.of(IndexedPaths.fileOnDisk(p))).toList()))
                .onSuccess(pinned -> {
                    message.set("Kept " + what + " offline.");
                    pinned.forEach(result -> pinnedChanged.accept(result.pin().path(), true));
                })
                .onFailure(this::refused)
                .runOn(work.background(), work.ui());
    }

    /** Records a change to a collection in the background, then says it and reads the collections again. */
    private void change(Function<FileCollections, FileCollections.Outcome> change,
                        Function<FileCollections.Outcome, String> said) {
        BackgroundTask.of(() -> change.apply(store.collections()))
                .onSuccess(outcome -> {
                    message.set(said.apply(outcome) + (outcome.written() ? "" : " " + outcome.waiting()));
                    reload();
                })
                .onFailure(this::refused)
                .runOn(work.background(), work.ui());
    }

    /** Which file each member of every collection is in the index searched now (background). */
    private CollectionFiles files(FileCollections collections) {
        return search.get().withIndexedContents(collections::byFile);
    }

    /** A refusal is said beside the collections; anything else is an error of the window. */
    private void refused(Throwable e) {
        if (e instanceof InvalidFeedbackException refused) {
            message.set(refused.userMessage());
        } else if (e instanceof CollateralException failed && failed.getCause() == null) {
            message.set(failed.userMessage());
        } else {
            work.errors().accept(UserError.of("Changing the collection", e));
        }
    }

    /** Reads which collections hold the selected file (background). */
    private void readHolding() {
        ResultItem item = selected.get();
        if (item == null) {
            holding.clear();
            holdingRead.set(true);
            return;
        }
        BackgroundTask.of(() -> search.get().collectionsOf(List.of(item.hit())).getOrDefault(item.hit().path(), List.of()))
                .onSuccess(names -> {
                    ResultItem now = selected.get();
                    if (now != null && now.hit().path().equals(item.hit().path())) {
                        holding.setAll(names);
                        holdingRead.set(true);
                    }
                })
                .onFailure(e -> work.errors().accept(UserError.of("Reading the collections of the file", e)))
                .runOn(work.background(), work.ui());
    }

    /** The user's own collections, those the selected file can be added to or taken out of. */
    public List<Row> own() {
        return rows.stream().filter(Row::mine).toList();
    }

    /** The user's own collections that do not hold the selected file: those it can be added to. */
    public List<Row> addable() {
        return own().stream().filter(row -> !holding.contains(row.name())).toList();
    }

    /** The user's own collections that hold the selected file. */
    public List<Row> ownHolding() {
        return own().stream().filter(row -> holding.contains(row.name())).toList();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Row> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The chosen collection's files, in its order. */
    public ObservableList<FileRow> files() {
        return files;
    }

    /**
     * Whether the collections were read once (the sidebar said "No collection yet" for ~25 s at start-up while the rep
     * had four: issue 16 re-test r24, finding 6).
     */
    public ReadOnlyBooleanProperty listReadProperty() {
        return listRead.getReadOnlyProperty();
    }

    /** Whether {@link #holding()} is known for the selected file (false while it is read). */
    public ReadOnlyBooleanProperty holdingReadProperty() {
        return holdingRead.getReadOnlyProperty();
    }

    /** The names of the collections holding the selected file. */
    public ObservableList<String> holding() {
        return holding;
    }

    /** What the last command did or why it was refused, as a sentence; "" before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
