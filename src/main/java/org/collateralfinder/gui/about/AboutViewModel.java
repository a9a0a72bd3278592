package org.collateralfinder.gui.about;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.diagnostics.AppVersion;
import org.collateralfinder.diagnostics.Diagnostics;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.BackgroundTask;

/**
 * What the About window shows, and its one command: gather the diagnostics in the background (the
 * sources' reachability can take seconds), hand the text to the clipboard and keep it on show, so the
 * rep sees exactly what they are about to send.
 */
public final class AboutViewModel {

    private final DataDirectory dir;
    private final SourceRegistry registry;
    private final TeamDefaults team;
    private final Reachability reachability;
    private final Supplier<IndexService> index;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> clipboard;
    private final Consumer<UserError> errors;
    private final StringProperty diagnostics = new SimpleStringProperty(this, "diagnostics", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty gathering = new SimpleBooleanProperty(this, "gathering");

    /**
     * @param index     the index the window has open (its counts go into the diagnostics)
     * @param clipboard puts text on the system clipboard (FX thread)
     */
    public AboutViewModel(DataDirectory dir, SourceRegistry registry, TeamDefaults team, Reachability reachability,
            Supplier<IndexService> index, UiWork work, Consumer<String> clipboard) {
        this.dir = dir;
        this.registry = registry;
        this.team = team;
        this.reachability = reachability;
        this.index = index;
        this.background = work.background();
        this.ui = work.ui();
        this.clipboard = clipboard;
        this.errors = work.errors();
    }

    public String version() {
        return AppVersion.current();
    }

    /** "Java 25.0.1 (Eclipse Adoptium) on Linux 6.1 (amd64)". */
    public String platform() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ") on "
                + System.getProperty("os.name", "") + " " + System.getProperty("os.version", "")
                + " (" + System.getProperty("os.arch", "") + ")";
    }

    public Path dataFolder() {
        return dir.root();
    }

    public Path logFolder() {
        return dir.logsDir();
    }

    /** The source folders as the rep configured them (or the team set them). */
    public List<String> sources() {
        return registry.list().stream().map(SourceRegistry.SourceFolder::path).toList();
    }

    /** Where the team's defaults come from, and whether they lock the sources; empty without any. */
    public String teamDefaults() {
        if (!team.present()) {
            return "";
        }
        return team.origin() + (registry.isLocked() ? " (sources set by the team)" : "");
    }

    /** Gathers the diagnostics off the FX thread, then copies them to the clipboard and shows them. */
    public void copyDiagnostics() {
        if (gathering.get()) {
            return;
        }
        gathering.set(true);
        status.set("Gathering diagnostics (checking the sources can take a few seconds)…");
        BackgroundTask.of(() -> {
                    Map<String, Object> facts = new Diagnostics(dir, registry.list(), team, reachability).gather(index.get());
                    return Diagnostics.toText(facts);
                })
                .onSuccess(text -> {
                    gathering.set(false);
                    diagnostics.set(text);
                    clipboard.accept(text);
                    status.set("Copied " + text.lines().count() + " lines to the clipboard: versions, folders, sources, "
                            + "index size and logs; no document names or contents. Paste them into your message to support.");
                })
                .onFailure(e -> {
                    gathering.set(false);
                    status.set("");
                    errors.accept(UserError.of("Gathering diagnostics", e));
                })
                .runOn(background, ui);
    }

    public ReadOnlyStringProperty diagnosticsProperty() {
        return diagnostics;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty gatheringProperty() {
        return gathering;
    }
}
