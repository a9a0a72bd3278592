package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.index.IndexedPaths;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.Plural;
import org.collateralfinder.offline.ByteSize;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.offline.PinResult;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code collection pin NAME}: keeps a collection's files offline as a unit, as {@code offline pin} keeps one file:
 * all of them within the offline budget, or none ({@link OfflineStore#pinAll}). A file the index no longer has is left
 * out and said.
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
        description = "Keep a collection's files offline, all of them within the offline budget or none.")
class CollectionPinCommand extends CollectionCommand.CollectionSubcommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
    String name;

    @Option(names = "--by", paramLabel = "NAME", description = "Whose collection, when several share one name.")
    String by;

    @Override
    int run() {
        FileCollection collection;
        List<CollectionFiles.Shown> files;
        Map<String, ShownCuration> curation;
        try (FeedbackDatabase database = openDatabase()) {
            FileCollections collections = new FileCollections(database);
            collection = collections.named(name, by, user());
            List<KnownFile> indexed = indexedFiles();
            files = now(collections, indexed).filesOf(collection);
            curation = curationOf(database, indexed, files);
        }
        List<Path> onDisk = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (CollectionFiles.Shown file : files) {
            if (file.found()) {
                onDisk.add(Path.of(IndexedPaths.fileOnDisk(file.path()))); // a file inside an archive: its archive
            } else {
                lost.add(file.path());
            }
        }
        if (onDisk.isEmpty()) {
            throw new InvalidFeedbackException("\"" + collection.name() + "\" holds no "
                    + "file the index has, so there is nothing to keep offline.");
        }
        String what = "the " + Plural.of(onDisk.size(), "file", "files") + " of \"" + collection.name() + "\"";
        DataDirectory dir = dataDirectory();
        OfflineStore store = new OfflineStore(dir.offlineDir(), dir.settingsFile("offline"))
                .followingAliases(new SourceRegistry(dir.sourcesFile())::list);
        List<PinResult> pinned = store.pinAll(what, onDisk);
        long copied = pinned.stream().mapToLong(PinResult::copiedBytes).sum();
        long already = pinned.stream().filter(PinResult::alreadyPinned).count();
        out().println("Kept " + what + " offline: " + Plural.of(pinned.size() - already, "file", "files") + " copied ("
                + ByteSize.format(copied) + ")" + (already == 0 ? "" : ", " + already + " offline already") + "; "
                + ByteSize.format(store.list().freeBytes()) + " of the offline budget is free.");
        for (String path : lost) {
            out().println("Left out " + FeedbackListCommand.printableLine(path) + ": the index no longer has it.");
        }
        // kept all the same (a kit is pinned as a unit), but never silently: the window's detail flags it as well
        files.stream().filter(file -> curation.containsKey(file.path()) && curation.get(file.path()).discouraged())
                .forEach(file -> err().println("Warning: " + FeedbackListCommand.printableLine(file.path()) + " \u2014 "
                        + FeedbackListCommand.printableLine(curation.get(file.path()).summary(path -> path))
                        + ": marketing advises against sending it."));
        return 0;
    }
}
