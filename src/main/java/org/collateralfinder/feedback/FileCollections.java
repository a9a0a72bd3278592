package org.collateralfinder.feedback;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FileCollection;

/**
 * Collections: named, ordered sets of files ("Healthcare pitch kit"), made by a rep, personal until shared; once
 * shared, each change travels through the team folder's {@code collections/<author>.jsonl} and reaches every laptop
 * at its next sync, which keeps it in its own database for offline use ({@link SubfolderLogSync}). Only a collection's
 * author changes it. The window and the command line both go through here; which file each member is now is
 * {@link CollectionFiles}'s.
 */
public final class FileCollections {

    private final FeedbackDatabase database;
    private final Clock clock;
    private final CollectionLogCodec codec = new CollectionLogCodec();
    private volatile View view;

    /** The collections as of one count of the database's collection writes. */
    private record View(long version, List<FileCollection> current) {
    }

    /**
     * What a change did.
     *
     * @param collection the collection as it is now
     * @param notes      what the person should know, each a sentence (files already in it, files not found)
     * @param waiting    for a shared collection whose change could not be written to the team folder now, the
     *                   sentence why (it waits for the next sync); else null
     */
    public record Outcome(FileCollection collection, List<String> notes, String waiting) {

        public Outcome {
            notes = List.copyOf(notes);
        }

        Outcome withNotes(List<String> more) {
            List<String> all = new ArrayList<>(more);
            all.addAll(notes);
            return new Outcome(collection, all, waiting);
        }

        /** Whether the change reached the team folder, or needed not (a personal collection). */
        public boolean written() {
            return waiting == null;
        }
    }

    public FileCollections(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock the time changes are recorded at */
    public FileCollections(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Every collection this computer knows: its own (personal or shared) and those shared by the team, not deleted,
     * by name (then author). Served from memory until one changes.
     */
    public List<FileCollection> current() {
        View seen = view;
        long version = database.collectionVersion();
        if (seen != null && seen.version() == version) {
            return seen.current();
        }
        List<FileCollection> current = new ArrayList<>(database.read(CollectionTable::latest));
        current.removeIf(FileCollection::deleted);
        current.sort(Comparator.comparing((FileCollection c) -> c.name().toLowerCase(Locale.ROOT))
                .thenComparing(FileCollection::author).thenComparing(FileCollection.ORDER));
        List<FileCollection> listed = List.copyOf(current);
        view = new View(version, listed);
        return listed;
    }

    /** Which file of an index each member of every collection is now. */
    public CollectionFiles byFile(IndexedContents index) {
        long version = database.collectionVersion(); // before reading: a change meanwhile makes the snapshot out of date
        return new CollectionFiles(database, version, current(), Objects.requireNonNull(index));
    }

    /** Whether {@code user} made the collection (and so may change it). */
    public static boolean isOf(FileCollection collection, String user) {
        return user != null && TeamLogFiles.logFileName(collection.author()).equals(TeamLogFiles.logFileName(user));
    }

    /**
     * The collection a person names: {@code user}'s own of that name (names compare regardless of case), else the one
     * shared by the team; with {@code by}, that author's. Refused with a sentence when there is none, or when several
     * authors share one of that name and {@code by} does not say whose.
     */
    public FileCollection named(String name, String by, String user) {
        String asked = CollectionRules.name(name);
        List<FileCollection> named = current().stream().filter(c -> CollectionRules.sameName(c.name(), asked)).toList();
        if (by != null) {
            named = named.stream().filter(c -> isOf(c, by)).toList();
            if (named.isEmpty()) {
                throw new InvalidFeedbackException(by.strip() + " has no collection named \"" + asked + "\" on this "
                        + "computer; collection list shows the collections there are.");
            }
            return latest(named);
        }
        if (named.isEmpty()) {
            throw noneNamed(asked);
        }
        List<FileCollection> own = named.stream().filter(c -> isOf(c, user)).toList();
        if (!own.isEmpty()) {
            return latest(own);
        }
        List<String> authors = named.stream().map(FileCollection::author).distinct().sorted().toList();
        if (authors.size() > 1) {
            throw new InvalidFeedbackException(authors.size() + " collections are named \"" + asked + "\": "
                    + String.join(", ", authors.stream().map(a -> a + "'s").toList()) + "; say whose with --by NAME.");
        }
        return latest(named);
    }

    /**
     * The collection as it is now (its latest version, another's change merged meanwhile included): what the window
     * changes, since the version it shows may be an older one. Refused with a sentence when it was deleted.
     */
    public FileCollection now(FileCollection shown) {
        return current().stream().filter(c -> c.collection().equals(shown.collection())
                        && TeamLogFiles.logFileName(c.author()).equals(TeamLogFiles.logFileName(shown.author())))
                .findFirst().orElseThrow(() -> noneNamed(shown.name()));
    }

    /** The sentence for a name no collection has. */
    public static InvalidFeedbackException noneNamed(String name) {
        return new InvalidFeedbackException("There is no collection named \"" + CollectionRules.name(name) + "\"; "
                + "collection list shows the collections there are.");
    }

    private static FileCollection latest(List<FileCollection> collections) {
        return collections.stream().max(FileCollection.ORDER).orElseThrow();
    }

    /** Makes a personal collection, empty; refused when the name is taken by one of the author's or the team's. */
    public Outcome create(String name, String description, String author) {
        String checkedName = CollectionRules.name(name);
        String checkedDescription = CollectionRules.description(description);
        String checkedAuthor = FeedbackLimits.checkLabel("author's name", author, FeedbackLimits.MAX_USER_CHARS, true);
        for (FileCollection existing : current()) {
            if (CollectionRules.sameName(existing.name(), checkedName)) {
                throw new InvalidFeedbackException(isOf(existing, checkedAuthor)
                        ? "You have a collection named \"" + existing.name() + "\" already; add files to it with "
                                + "collection add, or choose another name."
                        : existing.author() + " shares a collection named \"" + existing.name() + "\" already; choose "
                                + "another name, so the team can tell them apart.");
            }
        }
        FileCollection made = new FileCollection(UUID.randomUUID(), UUID.randomUUID(), checkedAuthor, clock.instant(),
                checkedName, checkedDescription, false, false, List.of());
        return record(made, null);
    }

    /**
     * Adds files at the end of the author's collection, in the order given; a file in it already (or an identical
     * copy of one) is said and left where it is.
     *
     * @param files      the files as the index holds them
     * @param teamFolder where a shared collection's change goes, or null when none is set
     */
    public Outcome add(FileCollection collection, List<KnownFile> files, CollectionFiles now, String user,
                       Path teamFolder) {
        mustBeTheirs(collection, user, "changes it");
        List<FileCollection.Member> members = healed(collection, now);
        List<String> notes = new ArrayList<>();
        int added = 0;
        for (KnownFile file : files) {
            FeedbackLimits.checkContentHash(file.contentHash());
            FeedbackLimits.checkPath(file.path());
            FileCollection sofar = collection.withFiles(members);
            if (now.positionOf(sofar, file).isPresent()
                    || members.stream().anyMatch(m -> m.contentHash().equals(file.contentHash()))) {
                notes.add(file.path() + " is in the collection already.");
                continue;
            }
            members.add(new FileCollection.Member(file.contentHash(), file.path()));
            added++;
        }
        if (members.size() > CollectionRules.MAX_FILES) {
            throw new InvalidFeedbackException("A collection holds at most " + CollectionRules.MAX_FILES + " files; \""
                    + collection.name() + "\" would hold " + members.size() + ". Make a second collection for the rest.");
        }
        if (added == 0) {
            return new Outcome(collection, notes, null);
        }
        return record(next(collection, collection.name(), collection.description(), collection.shared(), false,
                members), teamFolder).withNotes(notes);
    }

    /**
     * Takes a file out of the author's collection: the member that is {@code file} now (found by its content, as
     * {@link CollectionFiles#positionOf} finds it), else the member last seen at {@code path} (a file gone since).
     *
     * @param file the file as the index holds it, or null when neither the disk nor the index has it any more
     */
    public Outcome remove(FileCollection collection, KnownFile file, String path, CollectionFiles now, String user,
                          Path teamFolder) {
        mustBeTheirs(collection, user, "changes it");
        List<FileCollection.Member> members = healed(collection, now);
        Optional<Integer> at = file == null ? Optional.empty() : now.positionOf(collection, file);
        if (at.isEmpty()) {
            List<CollectionFiles.Shown> shown = now.filesOf(collection);
            for (int i = 0; i < shown.size() && at.isEmpty(); i++) {
                if (shown.get(i).path().equals(path)) {
                    at = Optional.of(i);
                }
            }
        }
        if (at.isEmpty()) {
            throw new InvalidFeedbackException(path + " is not in the collection \"" + collection.name() + "\".");
        }
        members.remove((int) at.get());
        return record(next(collection, collection.name(), collection.description(), collection.shared(), false,
                members), teamFolder);
    }

    /**
     * Shares the author's collection with the team: from now on it, and every change to it, travels through the team
     * folder's collections folder. Refused with a sentence when there is no team folder, it cannot be reached, or this
     * user may not write its collections folder ({@link SharerRole}).
     */
    public Outcome share(FileCollection collection, CollectionFiles now, String user, Path teamFolder) {
        mustBeTheirs(collection, user, "shares it");
        if (teamFolder == null) {
            throw new InvalidFeedbackException("No team folder is set, and shared collections travel through it; set it "
                    + "with feedback sync --team-folder DIR.");
        }
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            throw new CollateralException(reach.problem() + "; share the collection once it is back.");
        }
        SharerRole.whyNot(teamFolder).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        if (collection.shared()) {
            return new Outcome(collection, List.of("\"" + collection.name() + "\" is shared already."), null);
        }
        return record(next(collection, collection.name(), collection.description(), true, false,
                healed(collection, now)), teamFolder);
    }

    /** Deletes the author's collection (on every laptop, once it was shared); its files stay where they are. */
    public Outcome delete(FileCollection collection, String user, Path teamFolder) {
        mustBeTheirs(collection, user, "deletes it");
        return record(next(collection, collection.name(), collection.description(), collection.shared(), true,
                collection.files()), teamFolder);
    }

    private static void mustBeTheirs(FileCollection collection, String user, String doing) {
        if (!isOf(collection, user)) {
            throw new InvalidFeedbackException("\"" + collection.name() + "\" is " + collection.author() + "'s "
                    + "collection, and only " + collection.author() + " " + doing + "; make one of your own with "
                    + "collection create.");
        }
    }

    /** The members as they are now: each found file at its path now, with its content now; the others as they were. */
    private static List<FileCollection.Member> healed(FileCollection collection, CollectionFiles now) {
        List<FileCollection.Member> members = new ArrayList<>();
        now.filesOf(collection).forEach(shown -> members.add(shown.asMember()));
        return members;
    }

    /** The next version of a collection, dated after the one it replaces. */
    private FileCollection next(FileCollection collection, String name, String description, boolean shared,
                                boolean deleted, List<FileCollection.Member> members) {
        Instant at = EventTimes.after(clock.instant(), collection.at());
        return new FileCollection(UUID.randomUUID(), collection.collection(), collection.author(), at, name, description,
                shared, deleted, members);
    }

    /** Records a version (durable when this returns) and, for a shared collection, writes it to the team folder. */
    private Outcome record(FileCollection version, Path teamFolder) {
        int bytes = codec.encode(version).getBytes(StandardCharsets.UTF_8).length + 1;
        if (bytes > TeamLogReader.MAX_LINE_BYTES) {
            throw new InvalidFeedbackException("\"" + version.name() + "\" would be too large to travel through the team "
                    + "folder (its paths take more than 1 MB); make a second collection for the rest.");
        }
        database.write(connection -> CollectionTable.insertNew(connection, List.of(version), true, database.current()));
        database.collectionsChanged();
        return new Outcome(version, List.of(), version.shared() ? publish(teamFolder) : null);
    }

    /** Writes the shared versions that wait to the team folder; the sentence why they still wait, or null. */
    private String publish(Path teamFolder) {
        if (teamFolder == null) {
            return "No team folder is set, so the change waits until one is (feedback sync --team-folder DIR).";
        }
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            return reach.problem() + "; the change waits for the next sync.";
        }
        List<String> warnings = new ArrayList<>();
        List<TeamLogFiles.AppendFailure> failures = new ArrayList<>();
        new SubfolderLogSync<>(database, SubfolderLogSync.COLLECTIONS)
                .publish(SharerRole.collectionsFolder(teamFolder), warnings::add, failures);
        if (failures.isEmpty() && warnings.isEmpty()) {
            return null;
        }
        return failures.isEmpty() ? warnings.getFirst() : "Writing " + failures.getFirst().log() + " failed ("
                + failures.getFirst().why() + "); the change waits for the next sync.";
    }

    /** A change never makes the team folder: the first sync with it does. */
    private TeamFolderReach.Reach reach(Path teamFolder) {
        return TeamFolderReach.reach(database, teamFolder.toAbsolutePath().normalize(), false);
    }
}
