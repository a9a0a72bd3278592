package org.collateralfinder.gui.search;

import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.collateralfinder.app.SettingsFile;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.task.BackgroundTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deal the rep works on, set in the window's header: industry, stage and competitor as typed, the deal in effect
 * (search ranks for it, feedback given meanwhile records its industry and stage), and a sentence when what was typed
 * cannot be a deal. Remembered in the data folder's settings across starts. Properties change on the UI executor.
 */
public final class DealViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DealViewModel.class);
    private static final String KEY = "deal";

    private final SettingsFile settings;
    private final UiWork work;
    private final StringProperty industry = new SimpleStringProperty(this, "industry", "");
    private final StringProperty stage = new SimpleStringProperty(this, "stage", "");
    private final StringProperty competitor = new SimpleStringProperty(this, "competitor", "");
    private final ReadOnlyObjectWrapper<DealContext> deal = new ReadOnlyObjectWrapper<>(this, "deal", DealContext.none());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");
    /** Whether the rep set a deal before the remembered one was read: that one is then not put back. */
    private boolean chosen;

    /** @param settings where the deal is remembered (read and written in the background) */
    public DealViewModel(SettingsFile settings, UiWork work) {
        this.settings = settings;
        this.work = work;
        BackgroundTask.of(() -> settings.load().getProperty(KEY, ""))
                .onSuccess(this::remembered)
                .onFailure(e -> LOG.warn("The deal set last time could not be read", e))
                .runOn(work.background(), work.ui());
    }

    private void remembered(String spec) {
        if (chosen) {
            return;
        }
        try {
            show(DealContext.parse(spec));
        } catch (CollateralException e) {
            LOG.warn("The deal remembered in the settings cannot be read ({}); starting without one", e.userMessage());
        }
    }

    /** Sets the deal typed in the three fields; a deal that cannot be one leaves the one in effect and says why. */
    public void apply() {
        DealContext typed;
        try {
            typed = new DealContext(industry.get(), stage.get(), competitor.get());
        } catch (CollateralException e) {
            error.set(e.userMessage());
            return;
        }
        chosen = true;
        show(typed);
        editing.set(false);
        Properties values = new Properties();
        values.setProperty(KEY, typed.spec());
        BackgroundTask.of(() -> {
                    settings.save(values);
                    return null;
                })
                .onFailure(e -> LOG.warn("The deal could not be remembered", e))
                .runOn(work.background(), work.ui());
    }

    /** No deal: search ranks as before, feedback records none. */
    public void clear() {
        industry.set("");
        stage.set("");
        competitor.set("");
        apply();
    }

    /** Leaves the fields as the deal in effect has them (the rep closed them without applying). */
    public void cancel() {
        show(deal.get());
        editing.set(false);
    }

    private void show(DealContext value) {
        deal.set(value);
        industry.set(value.industry() == null ? "" : value.industry());
        stage.set(value.stage() == null ? "" : value.stage());
        competitor.set(value.competitor() == null ? "" : value.competitor());
        error.set("");
    }

    public StringProperty industryProperty() {
        return industry;
    }

    public StringProperty stageProperty() {
        return stage;
    }

    public StringProperty competitorProperty() {
        return competitor;
    }

    /** The deal in effect, never null ({@link DealContext#none()}). */
    public ReadOnlyObjectProperty<DealContext> dealProperty() {
        return deal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the deal's fields are open in the header. */
    public BooleanProperty editingProperty() {
        return editing;
    }
}
