package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "Lists, adds or removes source folders.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.AddSource.class, SourcesCommand.RemoveSource.class,
                SourcesCommand.AliasSource.class})
public final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the source folders.")
    static final class ListSources implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the sources as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<SourceRegistry.SourceFolder> sources = dataDir.registry().list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Object> list = new ArrayList<>();
                for (SourceRegistry.SourceFolder s : sources) {
                    list.add(java.util.Map.of("path", s.path(), "reachable", Files.isDirectory(Path.of(s.path())),
                            "excludes", s.excludes()));
                }
                out.println(Json.write(list));
            } else if (sources.isEmpty()) {
                out.println("No sources yet; add one with 'sources add DIR'.");
            } else {
                for (SourceRegistry.SourceFolder s : sources) {
                    out.println(s.path() + (Files.isDirectory(Path.of(s.path())) ? "" : "  (unreachable)")
                            + (s.excludes().isEmpty() ? "" : "  excludes: " + String.join(" ", s.excludes())));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a folder (local or a mounted shared drive).")
    static final class AddSource implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR")
        Path folder;
        @Option(names = "--exclude", paramLabel = "PATTERN", description = "Extra wildcard to leave out, e.g. *.tmp or Archive/ (repeatable).")
        List<String> excludes = new ArrayList<>();

        @Override
        public Integer call() {
            boolean added = dataDir.registry().add(folder, excludes);
            spec.commandLine().getOut().println((added ? "Added " : "Already a source: ") + SourceRegistry.normalise(folder)
                    + (added ? "; run 'index' to index it." : ""));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a folder; its files leave the index on the next 'index' run.")
    static final class RemoveSource implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DIR")
        Path folder;

        @Override
        public Integer call() {
            if (!dataDir.registry().remove(folder)) {
                throw new CollateralException(SourceRegistry.normalise(folder) + " is not a source; 'sources list' shows them.");
            }
            spec.commandLine().getOut().println("Removed " + SourceRegistry.normalise(folder) + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = {"Records another path the same share is mounted at (a drive letter, UNC path or mount point).",
                    "Documents and feedback follow the share to whichever path is reachable; nothing is read again."})
    static final class AliasSource implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SOURCE")
        Path folder;
        @Parameters(index = "1", paramLabel = "OTHER_PATH")
        String alias;

        @Override
        public Integer call() {
            dataDir.registry().addAlias(folder, alias);
            spec.commandLine().getOut().println(SourceRegistry.normalise(folder) + " is also reached at " + alias + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
