package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.RefusedInputException;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true, description = "Lists, adds or removes source folders.",
        subcommands = {SourcesCommand.ListSources.class, SourcesCommand.AddSource.class, SourcesCommand.RemoveSource.class,
                SourcesCommand.AliasSource.class})
public final class SourcesCommand extends CommandGroup {

    @Mixin
    GroupJson groupJson;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the source folders.")
    static final class ListSources extends DataDirCommand {
        @Option(names = "--json", description = "Print the sources as JSON.")
        boolean json;

        @Override
        int run(PrintWriter out) {
            dataDir.openForReading();
            List<SourceRegistry.SourceFolder> sources = dataDir.registry().list();
            if (GroupJson.requested(spec, json)) {
                List<Object> list = new ArrayList<>();
                for (SourceRegistry.SourceFolder s : sources) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", s.path());
                    m.put("reachable", StatusCommand.checkMountPoints(s).state().available());
                    m.put("excludes", s.excludes());
                    m.put("aliases", s.aliases());
                    list.add(m);
                }
                out.println(Json.write(list));
            } else if (sources.isEmpty()) {
                out.println("No sources yet; add one with 'sources add DIR'.");
            } else {
                for (SourceRegistry.SourceFolder s : sources) {
                    out.println(s.path() + (StatusCommand.checkMountPoints(s).state().available() ? "" : "  (unreachable)")
                            + (s.excludes().isEmpty() ? "" : "  excludes: " + String.join(" ", s.excludes()))
                            + (s.aliases().isEmpty() ? "" : "  also at: " + String.join(" ", s.aliases())));
                }
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a folder (local or a mounted shared drive).")
    static final class AddSource extends DataDirCommand {
        @Parameters(paramLabel = "DIR")
        Path folder;
        @Option(names = "--exclude", paramLabel = "PATTERN", description = "Extra wildcard to leave out, e.g. *.tmp or Archive/ (repeatable).")
        List<String> excludes = new ArrayList<>();

        @Override
        int run(PrintWriter out) {
            SourceRegistry registry = dataDir.registry();
            Path absolute = SourceRegistry.normalise(folder);
            if (registry.add(folder, excludes)) {
                out.println("Added " + absolute + "; run 'index' to index it.");
            } else if (excludes.isEmpty()) {
                out.println("Already a source: " + absolute);
            } else {
                List<String> added = registry.addExcludes(folder, excludes);
                out.println("Already a source: " + absolute + (added.isEmpty()
                        ? "; it already leaves out " + String.join(" ", excludes) + "."
                        : "; it now also leaves out " + String.join(" ", added)
                        + " (files that match leave the index at the next 'index' run)."));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a folder; its files leave the index on the next 'index' run.")
    static final class RemoveSource extends DataDirCommand {
        @Parameters(paramLabel = "DIR")
        Path folder;

        @Override
        int run(PrintWriter out) {
            if (!dataDir.registry().remove(folder)) {
                throw new RefusedInputException(SourceRegistry.normalise(folder) + " is not a source; 'sources list' shows them.");
            }
            out.println("Removed " + SourceRegistry.normalise(folder) + "; its files leave the index at the next 'index' run.");
            return 0;
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = {"Records another path the same share is mounted at (a drive letter, UNC path or mount point).",
                    "Documents and feedback follow the share to whichever path is reachable; nothing is read again."})
    static final class AliasSource extends DataDirCommand {
        @Parameters(index = "0", paramLabel = "SOURCE")
        Path folder;
        @Parameters(index = "1", paramLabel = "OTHER_PATH")
        String alias;

        @Override
        int run(PrintWriter out) {
            dataDir.registry().addAlias(folder, alias);
            out.println(SourceRegistry.normalise(folder) + " is also reached at " + alias + ".");
            return 0;
        }
    }
}
