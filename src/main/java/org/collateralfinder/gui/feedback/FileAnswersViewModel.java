package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.collateralfinder.app.FeedbackStore;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.feedback.AnswerNotice;
import org.collateralfinder.feedback.FeedbackHistoryItem;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.gui.search.ResultItem;
import org.collateralfinder.search.SearchService;
import org.collateralfinder.task.BackgroundTask;

/**
 * Marketing's answers on the selected file, for its feedback history: who answered whom, the status and
 * the note, and the file that fixes it as a link (where the index has it now). Also the answers on feedback
 * the file carries from before an edit in place. Follows the search's selection like the feedback form.
 */
public final class FileAnswersViewModel {

    /** One answer as the history shows it; {@code fixPath} is "" when there is no fixing file. */
    public record Line(String text, String fixPath) {
    }

    private final ReadOnlyObjectProperty<ResultItem> item;
    private final FeedbackStore store;
    private final Supplier<SearchService> search;
    private final Executor background;
    private final Executor ui;
    private final Consumer<UserError> errors;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanBinding hasFeedback;
    private long generation;

    /**
     * @param history the selected file's feedback history, as its Feedback tab shows it
     * @param search  the search over the index the files are named from
     */
    public FileAnswersViewModel(ReadOnlyObjectProperty<ResultItem> selected, ObservableList<FeedbackHistoryItem> history,
                                FeedbackStore store, Supplier<SearchService> search, UiWork work) {
        this.item = selected;
        this.hasFeedback = Bindings.createBooleanBinding(
                () -> history.stream().anyMatch(FeedbackHistoryItem::current), history);
        this.store = store;
        this.search = search;
        this.background = work.background();
        this.ui = work.ui();
        this.errors = work.errors();
        selected.addListener((obs, old, now) -> reload());
        reload();
    }

    /** Reads the answers on the selected file again (after a sync or an answer). */
    public void reload() {
        long asked = ++generation;
        ResultItem current = item.get();
        if (current == null || current.hit().contentHash() == null) {
            lines.clear();
            return;
        }
        KnownFile file = new KnownFile(current.hit().contentHash(), current.hit().path());
        BackgroundTask.of(() -> {
                    List<Line> found = new ArrayList<>();
                    for (AnswerNotice notice : search.get().withIndexedContents(index -> store.responses().onFile(file, index))) {
                        found.add(new Line(line(notice.response(), notice), notice.fixPath() == null ? "" : notice.fixPath()));
                    }
                    return found;
                })
                .onSuccess(found -> {
                    if (asked == generation) {
                        lines.setAll(found);
                    }
                })
                .onFailure(e -> errors.accept(UserError.of("Reading marketing's answers", e)))
                .runOn(background, ui);
    }

    /** "maria answered alice · 6 Mar 2025: addressed — New pricing slide. (use Pricing Deck v2)". */
    static String line(FeedbackResponse response, AnswerNotice notice) {
        return response.by() + " answered " + response.rep() + " · " + Formats.dateTime(response.at()) + ": "
                + response.status().label() + " — " + response.note()
                + (notice.fixPath() == null ? "" : " (use " + AnswerNotice.name(notice.fixPath()) + ")");
    }

    /** Whether the selected file has feedback to answer: a current entry in its history. */
    public BooleanBinding hasFeedbackBinding() {
        return hasFeedback;
    }

    /** The answers on the selected file, newest first. */
    public ObservableList<Line> lines() {
        return lines;
    }
}
