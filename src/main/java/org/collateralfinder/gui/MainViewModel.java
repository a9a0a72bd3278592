package org.collateralfinder.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.gui.common.FileActions;
import org.collateralfinder.gui.common.UserError;
import org.collateralfinder.gui.feedback.FeedbackViewModel;
import org.collateralfinder.gui.preview.PreviewViewModel;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.gui.search.SearchViewModel;
import org.collateralfinder.gui.sources.SourcesViewModel;
import org.collateralfinder.search.TitleSuggestions;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.BackgroundTask;

/**
 * The window's state: the feature view models wired together (selection drives preview and feedback,
 * saved feedback updates the result badges, indexing refreshes the results), the latest error, a
 * status line, the theme, and whether to offer adding the rep's own folders.
 */
public final class MainViewModel {

    private final AppContext context;
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty offerOwnFolders = new SimpleBooleanProperty(this, "offerOwnFolders");
    private final SearchViewModel search;
    private final PreviewViewModel preview;
    private final FeedbackViewModel feedback;
    private final SourcesViewModel sources;
    private final FileActions fileActions;

    public MainViewModel(AppContext context, boolean darkTheme) {
        this.context = context;
        this.dark.set(darkTheme);
        var ui = context.ui();
        Debouncer debouncer = context.options().debounce().isZero() ? Debouncer.immediate()
                : new Debouncer(context.scheduler(), context.options().debounce(), ui);
        search = new SearchViewModel(context.search(), context.feedback(), context.availability(),
                () -> TitleSuggestions.build(context.index(), 100_000), context.background(), ui, debouncer, error::set);
        preview = new PreviewViewModel(context.search(), context.pictures(), context.background(),
                context.pictureExecutor(), ui);
        feedback = new FeedbackViewModel(context.feedback(), context.background(), ui, context.clock(),
                search::updateFeedback, error::set);
        sources = new SourcesViewModel(context.registry(), context.search(), context.availability(), context.indexer(),
                context.dataDirectory().root(), context.background(), ui, error::set);
        fileActions = new FileActions(context.background(), ui, error::set, status::set);
        context.indexer().addChangeListener(() -> ui.execute(search::refresh));
        sources.addRunFinishedListener(() -> {
            search.refresh();
            search.reloadSuggestions();
            checkOwnFolders();
        });
        dark.addListener((obs, old, now) -> BackgroundTask.of(() -> {
            ThemeSettings.saveDark(context.settings("appearance"), now);
            return true;
        }).runOn(context.background(), ui));
    }

    /** First search, suggestions, and an incremental indexing run to catch up with the folders. */
    public void start(String lastQuery) {
        search.setQueryQuietly(lastQuery);
        search.refresh();
        search.reloadSuggestions();
        sources.reload();
        checkOwnFolders();
        BackgroundTask.of(() -> !context.registry().list().isEmpty())
                .onSuccess(any -> {
                    if (any && context.options().indexOnStart()) {
                        sources.reindex();
                    }
                })
                .onFailure(e -> error.set(UserError.of("Reading the sources", e)))
                .runOn(context.background(), context.ui());
        if (context.samplesInstalled() > 0) {
            status.set("Welcome! Indexing " + context.samplesInstalled() + " sample files so you can try a search now.");
        }
    }

    /** The file the rep selected in the results (or null). */
    public void select(ResultItem item) {
        preview.show(item, search.queryProperty().get());
        feedback.show(item);
    }

    private void checkOwnFolders() {
        Path samples = AppContext.sampleFolder(context.dataDirectory());
        BackgroundTask.of(() -> {
                    List<SourceRegistry.SourceFolder> all = context.registry().list();
                    return all.isEmpty() || all.stream().allMatch(s -> Path.of(s.path()).equals(samples));
                })
                .onSuccess(offerOwnFolders::set)
                .runOn(context.background(), context.ui());
    }

    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyBooleanProperty offerOwnFoldersProperty() {
        return offerOwnFolders;
    }

    public void dismissOwnFoldersOffer() {
        offerOwnFolders.set(false);
    }

    public SearchViewModel search() {
        return search;
    }

    public PreviewViewModel preview() {
        return preview;
    }

    public FeedbackViewModel feedback() {
        return feedback;
    }

    public SourcesViewModel sources() {
        return sources;
    }

    public FileActions fileActions() {
        return fileActions;
    }
}
