package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.AnswerNotice;
import org.collateralfinder.gui.common.FolderLabels;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;

/**
 * Tells the rep, once, that marketing answered their feedback: "Marketing answered your feedback on
 * Pricing Deck v1: addressed — use Pricing Deck v2", with the fixing file one click away. Both files are
 * named and linked as the index has them now ({@link org.collateralfinder.feedback.FeedbackResponses#notices}),
 * a file whose name another file with feedback shares with its folder too ("price-list in apac/2025",
 * {@link FolderLabels}); the file the feedback is on is one click away as well.
 * The notice stays until it is read (dismissed, or its file opened: a file that could not be opened leaves
 * it unread, and the error says why); several answers are told one after another.
 */
public final class AnswerNoticesViewModel {

    private final FeedbackStore store;
    private final Supplier<SearchService> search;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final BiConsumer<String, Runnable> openPath;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper fixPath = new ReadOnlyStringWrapper(this, "fixPath", "");
    private final ReadOnlyStringWrapper fixName = new ReadOnlyStringWrapper(this, "fixName", "");
    private final ReadOnlyStringWrapper aboutPath = new ReadOnlyStringWrapper(this, "aboutPath", "");
    private final ReadOnlyStringWrapper aboutName = new ReadOnlyStringWrapper(this, "aboutName", "");
    private final List<AnswerNotice> waiting = new ArrayList<>();
    private Map<String, String> names = Map.of();

    /** The unread answers, and how each path they name is said. */
    private record Unread(List<AnswerNotice> notices, Map<String, String> names) {
    }

    /**
     * @param search   the search over the index the files are named from
     * @param openPath opens a file by its path (the fixing file), running the second argument on the UI executor
     *                 once it opened (a failure is told as an error and does not run it)
     */
    public AnswerNoticesViewModel(FeedbackStore store, Supplier<SearchService> search, UiWork work,
                                  BiConsumer<String, Runnable> openPath) {
        this.store = store;
        this.search = search;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        this.openPath = openPath;
    }

    /** Looks for answers to this rep's feedback they have not read (at start, and after each sync). */
    public void check() {
        BackgroundTask.of(() -> {
                    List<AnswerNotice> unread = search.get().withIndexedContents(index -> store.responses().unread(store.user(), index));
                    // a name is told apart from the other files with feedback (the rep's two price lists)
                    List<String> paths = new ArrayList<>();
                    unread.forEach(n -> {
                        paths.add(n.aboutPath());
                        if (n.fixPath() != null) {
                            paths.add(n.fixPath());
                        }
                    });
                    if (!unread.isEmpty()) {
                        store.repository().list(Optional.empty()).forEach(entry -> paths.add(entry.path()));
                    }
                    return new Unread(unread, FolderLabels.names(paths, AnswerNotice::name));
                })
                .onSuccess(unread -> {
                    waiting.clear();
                    waiting.addAll(unread.notices());
                    names = unread.names();
                    showFirst();
                })
                .onFailure(e -> errors.accept(UserError.of("Reading marketing's answers", e)))
                .runOn(background, ui);
    }

    private void showFirst() {
        AnswerNotice first = waiting.isEmpty() ? null : waiting.getFirst();
        notice.set(first == null ? "" : first.sentence(this::named));
        fixPath.set(first == null || first.fixPath() == null ? "" : first.fixPath());
        fixName.set(fixPath.get().isEmpty() ? "" : named(fixPath.get()));
        aboutPath.set(first == null || !first.aboutKnown() ? "" : first.aboutPath());
        aboutName.set(aboutPath.get().isEmpty() ? "" : named(aboutPath.get()));
    }

    private String named(String path) {
        return names.getOrDefault(path, AnswerNotice.name(path));
    }

    /** The rep has read the notice shown: it is not told again; the next one, if any, shows. */
    public void dismiss() {
        if (!waiting.isEmpty()) {
            read(waiting.getFirst().response().id());
        }
    }

    /** Opens the file that fixes it; once it opened, the notice counts as read. */
    public void openFix() {
        String path = fixPath.get();
        if (waiting.isEmpty() || path.isEmpty()) {
            return;
        }
        UUID shown = waiting.getFirst().response().id();
        openPath.accept(path, () -> read(shown));
    }

    /** Opens the file the feedback was on; once it opened, the notice counts as read. */
    public void openAbout() {
        String path = aboutPath.get();
        if (waiting.isEmpty() || path.isEmpty()) {
            return;
        }
        UUID shown = waiting.getFirst().response().id();
        openPath.accept(path, () -> read(shown));
    }

    private void read(UUID id) {
        if (!waiting.removeIf(notice -> notice.response().id().equals(id))) {
            return;
        }
        showFirst();
        BackgroundTask.of(() -> {
                    store.responses().markRead(List.of(id));
                    return id;
                })
                .onFailure(e -> errors.accept(UserError.of("Saving that the answer was read", e)))
                .runOn(background, ui);
    }

    /** The sentence to show, or "" when there is nothing unread. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How the notice names the fixing file ("pricing-deck-v2", "price-list in apac/2025"), or "". */
    public ReadOnlyStringProperty fixNameProperty() {
        return fixName.getReadOnlyProperty();
    }

    /** Where the file the feedback was on is on this computer, or "" (no link then). */
    public ReadOnlyStringProperty aboutPathProperty() {
        return aboutPath.getReadOnlyProperty();
    }

    /** How the notice names the file the feedback was on, or "". */
    public ReadOnlyStringProperty aboutNameProperty() {
        return aboutName.getReadOnlyProperty();
    }

    /** Where the fixing file is on this computer, or "" (no link then). */
    public ReadOnlyStringProperty fixPathProperty() {
        return fixPath.getReadOnlyProperty();
    }
}
