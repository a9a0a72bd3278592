package org.collateralfinder.gui.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.model.SavedSearch;
import org.collateralfinder.search.SavedSearchService;
import org.collateralfinder.task.BackgroundTask;

/**
 * The rep's saved searches in the window: saving the search as set up in the box (query, filters, order), the list of
 * them with how many files are new or changed since each was last opened, and opening one (the box, filters and order
 * are set as saved and the search runs; what it matches now is what later changes are counted against). The saved
 * searches and their counts are read on the background executor.
 */
public final class SavedSearchesViewModel {

    /**
     * A saved search in the list.
     *
     * @param badge "3 new, 1 changed", or "" when nothing is
     * @param about what it searches for ("pricing · type: pdf · newest first") and how many files match
     */
    public record Item(SavedSearch search, String badge, String about) {

        public String name() {
            return search.name();
        }
    }

    private final SearchViewModel searchBox;
    private final Supplier<SavedSearchService> saved;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param saved the saved searches over the index as it is (asked for on the background executor) */
    public SavedSearchesViewModel(SearchViewModel searchBox, Supplier<SavedSearchService> saved, UiWork work) {
        this.searchBox = searchBox;
        this.saved = saved;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
    }

    /** The saved searches, by name, each with its badge. */
    public ObservableList<Item> items() {
        return items;
    }

    /** What the last save, opening or removal did ("Saved “Pricing kit”."), or "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The read of the saved searches under way, cancelled by the next reload (FX thread). */
    private BackgroundTask<?> reading;

    /** Reads the saved searches and their counts again (at start, after an indexing run). */
    public void reload() {
        if (reading != null) {
            reading.cancel(); // its result could land after this one's, and show what was there before
        }
        reading = BackgroundTask.of(() -> saved.get().list())
                .onSuccess(this::show)
                .onFailure(e -> errors.accept(UserError.of("Reading the saved searches", e)))
                .runOn(background, ui);
    }

    private void show(List<SavedSearchService.Listed> all) {
        items.setAll(all.stream().map(listed -> new Item(listed.search(), listed.since().badge(),
                describe(listed.search()) + " \u00b7 " + String.format(Locale.ROOT, "%,d %s", listed.matching(),
                        listed.matching() == 1 ? "file" : "files"))).toList());
    }

    /** "pricing · type: pdf · newest first": what a saved search searches for, as the list says it. */
    static String describe(SavedSearch search) {
        StringBuilder text = new StringBuilder(search.query().isEmpty() ? "(no words)" : "\u201c" + search.query() + "\u201d");
        search.filters().forEach((dimension, values) -> text.append(" \u00b7 ").append(values.stream()
                .map(value -> ChosenFilters.label(dimension, value)).reduce((a, b) -> a + ", " + b).orElse("")));
        return switch (search.sort()) {
            case "newest" -> text + " \u00b7 newest first";
            case "name" -> text + " \u00b7 by name";
            case "rating" -> text + " \u00b7 by rating";
            default -> text.toString();
        };
    }

    /**
     * The saved search that saving under {@code name} would replace (names compare regardless of case), if any: the
     * window asks before replacing it.
     */
    public Optional<Item> replacedBy(String name) {
        String key = SavedSearch.key(name);
        return items.stream().filter(item -> SavedSearch.key(item.name()).equals(key)).findFirst();
    }

    /** Saves the search as set up in the box under {@code name} (replacing one of that name). */
    public void save(String name) {
        SearchViewModel.Setup setup = searchBox.setup();
        if (setup == null) {
            errors.accept(UserError.of("\u201cMore like this\u201d cannot be saved; type words or choose filters to save "
                    + "a search."));
            return;
        }
        BackgroundTask.of(() -> saved.get().save(name, setup.query(), setup.filters(),
                        setup.order().name().toLowerCase(Locale.ROOT), true))
                .onSuccess(done -> {
                    status.set((done.replaced().isPresent() ? "Replaced the saved search \u201c"
                            + done.replaced().get().shownName() + "\u201d." : "Saved the search \u201c" + done.search().shownName()
                            + "\u201d.") + " Its badge counts the files new or changed from now on.");
                    reload();
                })
                .onFailure(e -> errors.accept(UserError.of("Saving the search", e)))
                .runOn(background, ui);
    }

    /** Opens a saved search: the box, filters and order as saved, and it runs; its badge starts again from now. */
    public void open(Item item) {
        SavedSearch search = item.search();
        searchBox.setUp(new SearchViewModel.Setup(search.query(), search.filters(),
                ResultOrder.valueOf(search.sort().toUpperCase(Locale.ROOT))));
        BackgroundTask.of(() -> saved.get().markOpened(search))
                .onSuccess(since -> {
                    searchBox.markSinceOpened(search.query(), since.added(), since.changed()); // the rows say it too
                    status.set("\u201c" + search.shownName() + "\u201d: " + since.sentence()
                            + (since.added().isEmpty() ? "" : " New: " + names(since.added()) + ".")
                            + (since.changed().isEmpty() ? "" : " Changed: " + names(since.changed()) + "."));
                    reload();
                })
                .onFailure(e -> errors.accept(UserError.of("Opening the saved search", e)))
                .runOn(background, ui);
    }

    /** Forgets a saved search. */
    public void remove(Item item) {
        BackgroundTask.of(() -> {
                    saved.get().remove(item.name());
                    return item.search().shownName();
                })
                .onSuccess(name -> {
                    status.set("Forgot the saved search \u201c" + name + "\u201d.");
                    reload();
                })
                .onFailure(e -> errors.accept(UserError.of("Forgetting the saved search", e)))
                .runOn(background, ui);
    }

    /** The files' names, the first five, then how many more. */
    private static String names(List<String> paths) {
        List<String> names = paths.stream().limit(5).map(Formats::lastName).toList();
        return String.join(", ", names) + (paths.size() > 5 ? " and " + (paths.size() - 5) + " more" : "");
    }
}
