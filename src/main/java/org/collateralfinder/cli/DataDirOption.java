package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The data folder of a command: the {@code --data-dir} given anywhere on the command line (the option
 * belongs to the top-level command and is inherited by every group and subcommand, so
 * {@code feedback --data-dir D add F} and {@code feedback add F --data-dir D} mean the same), else
 * {@code $COLLATERAL_FINDER_HOME}, else the platform's default. Commands that change something
 * {@link #open()} it (created owner-only, the team's defaults applied); commands that only read
 * {@link #openForReading()} it, which writes nothing.
 */
@Command // a mixin without options of its own (the option is the top-level command's)
public final class DataDirOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private DataDirectory opened;
    private TeamDefaults team;
    private SourceRegistry registry;

    /** The folder given with --data-dir on this command line, or null. */
    static Path chosen(CommandSpec anyCommand) {
        return anyCommand.root().userObject() instanceof RootCommand root ? root.dataDir : null;
    }

    /** The data folder this command uses, without opening (creating or changing) it. */
    public Path path() {
        return root();
    }

    private Path root() {
        return DataDirectory.resolve(chosen(command), System.getenv());
    }

    /** Opens the data directory for changes (created owner-only if needed) and applies the team's defaults (once). */
    public DataDirectory open() {
        if (opened != null) {
            return opened;
        }
        DataDirectory dir = DataDirectory.open(root());
        team = TeamDefaults.forInstallation(System.getenv());
        registry = team.applyTo(dir);
        opened = dir;
        return dir;
    }

    /** The data directory for a command that only reads: nothing is created or changed. */
    public DataDirectory openForReading() {
        if (opened != null) {
            return opened;
        }
        DataDirectory dir = DataDirectory.forReading(root());
        team = TeamDefaults.forInstallation(System.getenv());
        registry = new SourceRegistry(dir.sourcesFile(), null, dir.root());
        opened = dir;
        return dir;
    }

    /** The source folders of the opened data directory (locked when the team's defaults are); opens it for changes if need be. */
    public SourceRegistry registry() {
        open();
        return registry;
    }

    /** The team's defaults of this installation. */
    public TeamDefaults teamDefaults() {
        open();
        return team;
    }

    /**
     * Runs {@code work} with the rule from a file a person names to the path the index holds for it
     * ({@link IndexedPaths}), over the index as it is now (none before the first index run); changes nothing.
     */
    public <T> T withIndexedPaths(Function<IndexedPaths, T> work) {
        DataDirectory dir = opened != null ? opened : openForReading();
        IndexService index;
        try {
            index = IndexService.openForReading(dir.indexDir());
        } catch (CollateralException nothingIndexedYet) {
            index = null;
        }
        try {
            return work.apply(new IndexedPaths(index, registry.list()));
        } finally {
            if (index != null) {
                index.close();
            }
        }
    }
}
