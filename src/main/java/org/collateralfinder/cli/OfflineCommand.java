package org.collateralfinder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.offline.ByteSize;
import org.collateralfinder.offline.CopyFailure;
import org.collateralfinder.offline.OfflineListing;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.Pin;
import org.collateralfinder.offline.PinResult;
import org.collateralfinder.offline.RefreshSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "offline", mixinStandardHelpOptions = true,
        description = "Keeps local copies of files and folders, so they open when their shared drive cannot be reached.",
        subcommands = {OfflineCommand.PinPath.class, OfflineCommand.UnpinPath.class, OfflineCommand.ListPins.class,
                OfflineCommand.RefreshPins.class, OfflineCommand.Budget.class})
public final class OfflineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static OfflineStore open(DataDirOption dataDir) {
        DataDirectory dir = dataDir.open();
        return new OfflineStore(dir.offlineDir(), dir.settingsFile("offline"));
    }

    @Command(name = "pin", mixinStandardHelpOptions = true,
            description = "Makes a file, or a folder with every file under it, available offline.")
    static final class PinPath implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        public Integer call() {
            OfflineStore store = open(dataDir);
            PinResult r = store.pin(path);
            PrintWriter out = spec.commandLine().getOut();
            Pin pin = r.pin();
            String asked = path.toAbsolutePath().normalize().toString();
            if (!pin.path().equals(asked)) {
                out.println(asked + " is already available offline as part of the pinned folder " + pin.path() + ".");
            } else if (r.alreadyPinned()) {
                out.println(pin.path() + " was already pinned; " + (r.copiedFiles() == 0 ? "nothing needed copying."
                        : "brought " + files(r.copiedFiles()) + " (" + ByteSize.format(r.copiedBytes()) + ") up to date."));
            } else {
                out.println("Pinned " + pin.path() + " for offline use: " + files(r.copiedFiles()) + ", "
                        + ByteSize.format(r.copiedBytes()) + "; " + ByteSize.format(store.list().freeBytes())
                        + " of the offline budget is free.");
            }
            printFailures(out, r.failed());
            out.flush();
            return 0;
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true,
            description = "Deletes the local copies of a pinned file or folder (for a folder, of every pin under it).")
    static final class UnpinPath implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PATH")
        Path path;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Pin pin : open(dataDir).unpin(path)) {
                out.println("Unpinned " + pin.path() + "; removed " + (pin.files() == 1 ? "1 local copy" : pin.files() + " local copies")
                        + " (" + ByteSize.format(pin.size()) + ").");
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists what is pinned and how much of the budget it takes.")
    static final class ListPins implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the pins as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            OfflineListing listing = open(dataDir).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("used_bytes", listing.usedBytes());
                o.put("budget_bytes", listing.budgetBytes());
                List<Map<String, Object>> pins = new ArrayList<>();
                for (Pin pin : listing.pins()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", pin.path());
                    m.put("copy", pin.copy().toString());
                    m.put("size", pin.size());
                    m.put("pinned_at", pin.pinnedAt().toString());
                    m.put("folder", pin.folder());
                    pins.add(m);
                }
                o.put("pins", pins);
                out.println(Json.write(o));
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
            out.flush();
            return 0;
        }
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = "Re-copies changed originals and new files of pinned folders; copies of unreachable originals are kept.")
    static final class RefreshPins implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print what was done as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            RefreshSummary r = open(dataDir).refresh();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("refreshed", r.refreshed());
                o.put("added", r.added());
                o.put("unchanged", r.unchanged());
                o.put("unreachable", r.unreachable());
                List<Map<String, Object>> failed = new ArrayList<>();
                for (CopyFailure f : r.failed()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", f.path());
                    m.put("reason", f.reason());
                    failed.add(m);
                }
                o.put("failed", failed);
                out.println(Json.write(o));
            } else {
                out.printf("Offline copies refreshed: %,d updated, %,d added, %,d unchanged, %,d unreachable (copies kept), %,d failed.%n",
                        r.refreshed().size(), r.added().size(), r.unchanged(), r.unreachable().size(), r.failed().size());
                for (String path : r.unreachable()) {
                    out.println("  unreachable, copy kept: " + path);
                }
                printFailures(out, r.failed());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "budget", mixinStandardHelpOptions = true,
            description = "Shows the most the offline copies may take, or sets it (e.g. 500MB, 2GB).")
    static final class Budget implements Callable<Integer> {
        @Mixin
        DataDirOption dataDir;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "SIZE", arity = "0..1", description = "The new budget, e.g. 500MB or 2GB.")
        String size;

        @Override
        public Integer call() {
            OfflineStore store = open(dataDir);
            if (size != null) {
                store.setBudget(ByteSize.parse(size));
            }
            OfflineListing listing = store.list();
            spec.commandLine().getOut().println("The offline budget is " + (size != null ? "now " : "")
                    + ByteSize.format(listing.budgetBytes()) + "; " + ByteSize.format(listing.usedBytes()) + " of it is used.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static String files(int n) {
        return n == 1 ? "1 file" : String.format("%,d files", n);
    }

    private static void printFailures(PrintWriter out, List<CopyFailure> failed) {
        for (CopyFailure f : failed) {
            out.println("  could not copy " + f.path() + ": " + f.reason());
        }
    }
}
