package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.Plural;
import org.collateralfinder.offline.ByteSize;
import org.collateralfinder.offline.CopyFailure;
import org.collateralfinder.offline.OfflineListing;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.Pin;
import org.collateralfinder.offline.PinResult;
import org.collateralfinder.offline.RefreshSummary;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "offline", mixinStandardHelpOptions = true,
        description = "Keeps local copies of files and folders, so they open when their shared drive cannot be reached.",
        subcommands = {OfflineCommand.PinPath.class, OfflineCommand.UnpinPath.class, OfflineCommand.ListPins.class,
                OfflineCommand.RefreshPins.class, OfflineCommand.Budget.class})
public final class OfflineCommand extends CommandGroup {

    @Mixin
    GroupJson groupJson;

    /** What the offline subcommands share: the offline store of the data folder. */
    abstract static class OfflineSubcommand extends DataDirCommand {
        OfflineStore store() {
            DataDirectory dir = dataDir.open();
            return new OfflineStore(dir.offlineDir(), dir.settingsFile("offline"))
                    .followingAliases(new SourceRegistry(dir.sourcesFile())::list);
        }

        /** The store, for a subcommand that only reads it: nothing is created. */
        OfflineStore storeForReading() {
            DataDirectory dir = dataDir.openForReading();
            return new OfflineStore(dir.offlineDir(), dir.settingsFile("offline"))
                    .followingAliases(new SourceRegistry(dir.sourcesFile())::list);
        }
    }

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = "Makes a file, or a folder with every file under it, in a source available offline.")
    static final class PinPath extends OfflineSubcommand {
        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        int run(PrintWriter out) {
            IndexedPaths.OfflineTarget target = dataDir.withIndexedPaths(paths -> paths.offlineTarget(path));
            String onDisk = target.fileOnDisk();
            OfflineStore store = store();
            PinResult r = store.pin(Path.of(onDisk));
            Pin pin = r.pin();
            if (target.insideArchive()) {
                out.println(target.path() + " is a file inside the archive " + onDisk + ", which is kept offline whole.");
            }
            if (!pin.path().equals(onDisk) && !pin.folder()) {
                // pinned already at another mount of its share (a source's alias)
                out.println(onDisk + " is already available offline: it was pinned as " + pin.path() + "; "
                        + (r.copiedFiles() == 0 ? "nothing needed copying." : "brought " + files(r.copiedFiles()) + " ("
                        + ByteSize.format(r.copiedBytes()) + ") up to date."));
            } else if (!pin.path().equals(onDisk)) {
                out.println(onDisk + " is already available offline as part of the pinned folder " + pin.path() + ".");
            } else if (r.alreadyPinned()) {
                out.println(pin.path() + " was already pinned; " + (r.copiedFiles() == 0 ? "nothing needed copying."
                        : "brought " + files(r.copiedFiles()) + " (" + ByteSize.format(r.copiedBytes()) + ") up to date."));
            } else {
                out.println("Pinned " + pin.path() + " for offline use: " + files(r.copiedFiles()) + ", "
                        + ByteSize.format(r.copiedBytes()) + "; " + ByteSize.format(store.list().freeBytes())
                        + " of the offline budget is free.");
            }
            printFailures(out, r.failed());
            return 0;
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true,
            description = "Deletes the local copies of a pinned file or folder (for a folder, of every pin under it).")
    static final class UnpinPath extends OfflineSubcommand {
        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        int run(PrintWriter out) {
            String asked = path.toAbsolutePath().normalize().toString();
            OfflineStore store = store();
            // a pin made by another path before pins were recorded at the indexed path is unpinned by that path
            boolean pinnedAsAsked = store.list().pins().stream().anyMatch(pin -> pin.path().equals(asked));
            String onDisk = pinnedAsAsked ? asked
                    : IndexedPaths.fileOnDisk(dataDir.withIndexedPaths(paths -> paths.indexedPath(path)));
            for (Pin pin : store.unpin(Path.of(onDisk))) {
                out.println("Unpinned " + pin.path() + "; removed " + Plural.of(pin.files(), "local copy", "local copies")
                        + " (" + ByteSize.format(pin.size()) + ").");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists what is pinned and how much of the budget it takes.")
    static final class ListPins extends OfflineSubcommand {
        @Option(names = "--json", description = "Print the pins as one JSON object.")
        boolean json;

        @Override
        int run(PrintWriter out) {
            OfflineListing listing = storeForReading().list();
            if (GroupJson.requested(spec, json)) {
                out.println(Json.write(Json.offlineListing(listing)));
            } else if (listing.pins().isEmpty()) {
                out.println("Nothing is pinned for offline use yet; pin a file or folder with 'offline pin PATH'.");
            } else {
                out.println("Offline copies take " + ByteSize.format(listing.usedBytes()) + " of the "
                        + ByteSize.format(listing.budgetBytes()) + " budget.");
                for (Pin pin : listing.pins()) {
                    out.println("  " + pin.path() + "  " + (pin.folder() ? "folder, " + files(pin.files()) + ", " : "")
                            + ByteSize.format(pin.size()));
                }
            }
            return 0;
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = "Re-copies changed originals and new files of pinned folders; copies of unreachable originals are kept.")
    static final class RefreshPins extends OfflineSubcommand {
        @Option(names = "--json", description = "Print what was done as one JSON object.")
        boolean json;

        @Override
        int run(PrintWriter out) {
            // nothing pinned: nothing to refresh, and no data folder to create for it
            RefreshSummary r = storeForReading().list().pins().isEmpty()
                    ? new RefreshSummary(List.of(), List.of(), 0, List.of(), List.of(), false) : store().refresh();
            if (GroupJson.requested(spec, json)) {
                out.println(Json.write(Json.refreshSummary(r)));
            } else {
                out.printf("Offline copies refreshed: %,d updated, %,d added, %,d unchanged, %,d unreachable (copies kept), %,d failed.%n",
                        r.refreshed().size(), r.added().size(), r.unchanged(), r.unreachable().size(), r.failed().size());
                for (String path : r.unreachable()) {
                    out.println("  unreachable, copy kept: " + path);
                }
                printFailures(out, r.failed());
            }
            return 0;
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true,
            description = "Shows the most the offline copies may take, or sets it (e.g. 500MB, 2GB).")
    static final class Budget extends OfflineSubcommand {
        @Parameters(paramLabel = "SIZE", arity = "0..1", description = "The new budget, e.g. 500MB or 2GB.")
        String size;

        @Override
        int run(PrintWriter out) {
            OfflineStore store = size != null ? store() : storeForReading(); // showing it changes nothing
            if (size != null) {
                store.setBudget(ByteSize.parse(size));
            }
            OfflineListing listing = store.list();
            out.println("The offline budget is " + (size != null ? "now " : "")
                    + ByteSize.format(listing.budgetBytes()) + "; " + ByteSize.format(listing.usedBytes()) + " of it is used.");
            return 0;
        }
    }

    private static String files(int n) {
        return Plural.of(n, "file", "files");
    }

    private static void printFailures(PrintWriter out, List<CopyFailure> failed) {
        for (CopyFailure f : failed) {
            out.println("  could not copy " + f.path() + ": " + f.reason());
        }
    }
}
