package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FileCollections;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.FileCollection;
import org.collateralfinder.model.Plural;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.sources.SourceRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code collection}: named, ordered sets of files ("Healthcare pitch kit"), personal until shared with the team
 * through the team folder's {@code collections/}; only their author changes them. A subcommand of the top-level
 * command, whose {@code --data-dir} it and its subcommands take.
 */
@Command(name = "collection", mixinStandardHelpOptions = true,
        description = "Named, ordered sets of files (\"Healthcare pitch kit\"), personal until shared with the team.",
        subcommands = {CollectionCommand.Create.class, CollectionCommand.Add.class, CollectionCommand.Remove.class,
                CollectionListCommand.class, CollectionPinCommand.class, CollectionCommand.Share.class,
                CollectionCommand.Delete.class})
public class CollectionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GroupJson groupJson;

    /** Without a subcommand: the usage, on stderr, and exit code 2 (as {@code feedback}). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return FeedbackSubcommand.REFUSED;
    }

    /** What the collection subcommands share: who runs them, the collection named, the team folder. */
    abstract static class CollectionSubcommand extends FeedbackSubcommand {

        /** Whoever runs the command: a collection is changed by its author only. */
        static String user() {
            return System.getProperty("user.name");
        }

        /** The team folder a shared collection's change goes to, or null when none is set. */
        Path teamFolder() {
            return new FeedbackPreferences(dataDirectory()).teamFolder().orElse(null);
        }

        /** Which file each member of every collection is now, over the index as it is. */
        static CollectionFiles now(FileCollections collections, List<KnownFile> indexed) {
            return collections.byFile(IndexedContents.of(indexed));
        }

        /**
         * Marketing's curation of each member found in the index, by path (those curated only): {@code collection list}
         * shows it, {@code collection pin} warns of a retired or expired one.
         */
        static Map<String, ShownCuration> curationOf(FeedbackDatabase database, List<KnownFile> indexed,
                                                     List<CollectionFiles.Shown> files) {
            CurationByFile curations = new Curations(database).byFile(IndexedContents.of(indexed));
            Map<String, ShownCuration> shown = new HashMap<>();
            files.stream().filter(CollectionFiles.Shown::found).forEach(file -> ShownCuration.of(curations,
                    new KnownFile(file.contentHash(), file.path())).ifPresent(curation -> shown.put(file.path(), curation)));
            return shown;
        }

        /** " It reaches every laptop at its next sync." for a shared collection whose change was written, else "". */
        static String travels(FileCollections.Outcome outcome) {
            return outcome.collection().shared() && outcome.written() ? " It reaches every laptop at its next sync." : "";
        }

        /** Says what the person should know, and, on stderr, why a shared collection's change waits. */
        void tell(FileCollections.Outcome outcome) {
            outcome.notes().forEach(out()::println);
            if (!outcome.written()) {
                err().println(outcome.waiting());
            }
        }

        /** The file as the index holds it; refuses one that does not exist or that no index run has read yet. */
        KnownFile indexedFile(Path named, List<KnownFile> indexed) {
            TargetFile target = identify(named);
            Optional<KnownFile> held = indexed.stream().filter(known -> known.path().equals(target.path())).findFirst();
            if (held.isEmpty()) {
                Optional<String> outside = SourceRegistry.notInASource(dataDir.registry().list(), Path.of(target.path()));
                if (outside.isPresent()) {
                    throw new InvalidFeedbackException("The file " + outside.get() + ", so no index run reads it and "
                            + "the team could not find it.");
                }
            }
            return held.orElseThrow(() -> new InvalidFeedbackException("The file " + target.path() + " is not in the "
                    + "index, so the team could not find it; add it once an index run has read it (collateral-finder "
                    + "index)."));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make a collection, personal until shared.")
    static final class Create extends CollectionSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "Its name, e.g. \"Healthcare pitch kit\".")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", description = "What it is for (found by search too).")
        String description;

        @Override
        int run() {
            FileCollection made;
            try (FeedbackDatabase database = openDatabase()) {
                made = new FileCollections(database).create(name, description, user()).collection();
            }
            out().println("Made the collection \"" + made.name() + "\", yours alone until you share it (collection "
                    + "share). Add files with collection add " + ShellWord.of(made.name()) + " FILE...");
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add indexed files at the end of one of your collections, in the order given.")
    static final class Add extends CollectionSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Indexed files (found by content).")
        List<Path> files;

        @Override
        int run() {
            List<KnownFile> indexed = indexedFiles();
            List<KnownFile> adding = new ArrayList<>();
            files.forEach(file -> adding.add(indexedFile(file, indexed)));
            FileCollections.Outcome outcome;
            int before;
            try (FeedbackDatabase database = openDatabase()) {
                FileCollections collections = new FileCollections(database);
                FileCollection collection = collections.named(name, null, user());
                before = collection.files().size();
                outcome = collections.add(collection, adding, now(collections, indexed), user(), teamFolder());
            }
            int added = outcome.collection().files().size() - before;
            out().println((added == 0 ? "Added no file to \"" : "Added " + Plural.of(added, "file", "files") + " to \"")
                    + outcome.collection().name() + "\", which holds " + Plural.of(outcome.collection().files().size(),
                    "file", "files") + " now." + (added == 0 ? "" : travels(outcome)));
            tell(outcome);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a file out of one of your collections.")
    static final class Remove extends CollectionSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE",
                description = "The file (found by its content; a file gone since, by the path the collection shows).")
        Path file;

        @Override
        int run() {
            List<KnownFile> indexed = indexedFiles();
            KnownFile known = null;
            String path;
            try {
                TargetFile target = identify(file);
                known = target.asKnown();
                path = target.path();
            } catch (InvalidFeedbackException gone) { // a file gone since: the member shown at that path
                path = file.toAbsolutePath().normalize().toString();
            }
            FileCollections.Outcome outcome;
            try (FeedbackDatabase database = openDatabase()) {
                FileCollections collections = new FileCollections(database);
                FileCollection collection = collections.named(name, null, user());
                outcome = collections.remove(collection, known, path, now(collections, indexed), user(), teamFolder());
            }
            out().println("Took " + path + " out of \"" + outcome.collection().name() + "\", which holds "
                    + Plural.of(outcome.collection().files().size(), "file", "files") + " now." + travels(outcome));
            tell(outcome);
            return 0;
        }
    }

    @Command(name = "share", mixinStandardHelpOptions = true,
            description = "Share one of your collections with the team, through the team folder's collections/.")
    static final class Share extends CollectionSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
        String name;

        @Override
        int run() {
            FileCollections.Outcome outcome;
            Path team = teamFolder();
            try (FeedbackDatabase database = openDatabase()) {
                FileCollections collections = new FileCollections(database);
                FileCollection collection = collections.named(name, null, user());
                outcome = collections.share(collection, now(collections, indexedFiles()), user(), team);
            }
            if (outcome.notes().isEmpty()) {
                out().println("Shared \"" + outcome.collection().name() + "\" with the team." + travels(outcome));
            }
            tell(outcome);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete one of your collections (from every laptop, once shared); its files stay.")
    static final class Delete extends CollectionSubcommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The collection.")
        String name;

        @Override
        int run() {
            FileCollections.Outcome outcome;
            try (FeedbackDatabase database = openDatabase()) {
                FileCollections collections = new FileCollections(database);
                outcome = collections.delete(collections.named(name, null, user()), user(), teamFolder());
            }
            out().println("Deleted the collection \"" + outcome.collection().name() + "\"; its files stay where they "
                    + "are." + (outcome.collection().shared() && outcome.written()
                            ? " It leaves every laptop at its next sync." : ""));
            tell(outcome);
            return 0;
        }
    }
}
