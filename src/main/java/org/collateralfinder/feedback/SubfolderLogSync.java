package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.FileCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What marketing writes travels through a folder of the team folder the way the feedback travels: marketing's
 * answers in {@code responses/} ({@link #ANSWERS}), its curation in {@code curation/} ({@link #CURATION}), and so do
 * the collections reps share, in {@code collections/} ({@link #COLLECTIONS}). Each
 * author's app appends what was given on its computer to its own log there ({@code responses/<responder>.jsonl}),
 * and every app merges every log there. Merging is idempotent and order-independent (entries are deduplicated by
 * id; the latest wins), a corrupt, overlong or half-written line is skipped with a warning, and each log's cursor is
 * kept and checked as the feedback logs' ({@link TeamLogCursors}); a log read whole gets back the entries given here
 * that it lacks ({@link OwnLogs}).
 *
 * <p>A line's author is the log it is in, as for the feedback logs: a line in {@code maria.jsonl} that claims
 * another author is skipped with a warning, and so is every line of a log the file system says is another's than the
 * author it is named after ({@link LogOwnership}). Only those who may write the folder ({@link ResponderRole},
 * {@link CuratorRole}: the share's permissions) can add a log there at all.
 *
 * <p>The weekly counts of the searches that found nothing travel the same way in {@code gaps/} ({@link #GAPS}), with two
 * differences: their logs are named by a computer's random id, not by a person, so the file's owner is not checked
 * against it; and every rep writes there, so the app makes the folder.
 */
final class SubfolderLogSync<T> {

    private static final Logger LOG = LoggerFactory.getLogger(SubfolderLogSync.class);

    /** What travels in one folder: its name, its lines, its table. */
    interface Kind<T> {
        /** The folder's name in the team folder ({@code responses}). */
        String folderName();

        /** One entry as the warnings name it, with its article ("an answer"). */
        String one();

        /** Entries as the warnings name them ("answers"). */
        String many();

        OwnLogs ownLogs();

        String encode(T entry);

        T decode(byte[] line) throws EventLogCodec.MalformedEventException;

        /** Who gave it: the log it belongs in is theirs. */
        String author(T entry);

        UUID id(T entry);

        List<T> unpublished(Connection connection) throws SQLException;

        void markPublished(Connection connection, List<T> entries) throws SQLException;

        /**
         * Forgets entries given here that can never be written (their author may no longer write the folder, or their
         * log is another's); false when this kind keeps them queued whatever the reason.
         */
        default boolean drop(Connection connection, List<T> entries) throws SQLException {
            return false;
        }

        /** Stores the entries merged from a log into the database; returns how many are news to this computer. */
        int merge(Connection connection, FeedbackDatabase database, List<T> entries) throws SQLException;

        /** Says what of the entries just merged from {@code log} is not taken as it stands, once they are stored. */
        default void warnAfterMerge(Connection connection, String log, List<T> entries, Consumer<String> warnings)
                throws SQLException {
        }

        /**
         * Whether a log's author is a person whose name the file system may know: then a log it says is another's is
         * skipped ({@link LogOwnership}). Not so for logs named by a computer's random id.
         */
        default boolean namedByPeople() {
            return true;
        }

        /**
         * Whether the app makes the folder when the team folder lacks it: only where every rep may write (marketing's
         * folders are made by whoever runs the share, writable by marketing only).
         */
        default boolean madeByTheApp() {
            return false;
        }

        /**
         * Whether every rep may write the folder by default, so that one made narrower than the team folder is said with
         * the command that widens it ({@link EveryRepsFolder}); marketing's folders are narrower by design.
         */
        default boolean everyRepWrites() {
            return madeByTheApp();
        }

        /**
         * Whether a sync that finds the folder gone whole queues this computer's entries for it again (and makes it to
         * write them): the collections a rep shared, lost with a share restored from a backup taken before the first
         * share (issue 16 re-test r25, finding 1). Not marketing's folders, which whoever runs the share makes: answers
         * and curations wait for a folder that has them (a marketing laptop switching to a folder without one).
         */
        default boolean writtenAgainWhenGone() {
            return false;
        }
    }

    /** Marketing's answers to the field's feedback, in {@code responses/}. */
    static final Kind<FeedbackResponse> ANSWERS = new Kind<>() {
        private final ResponseLogCodec codec = new ResponseLogCodec();

        @Override
        public String folderName() {
            return ResponderRole.FOLDER_NAME;
        }

        @Override
        public String one() {
            return "an answer";
        }

        @Override
        public String many() {
            return "answers";
        }

        @Override
        public OwnLogs ownLogs() {
            return OwnLogs.ANSWERS;
        }

        @Override
        public String encode(FeedbackResponse entry) {
            return codec.encode(entry);
        }

        @Override
        public FeedbackResponse decode(byte[] line) throws EventLogCodec.MalformedEventException {
            return codec.decode(line);
        }

        @Override
        public String author(FeedbackResponse entry) {
            return entry.by();
        }

        @Override
        public UUID id(FeedbackResponse entry) {
            return entry.id();
        }

        @Override
        public List<FeedbackResponse> unpublished(Connection connection) throws SQLException {
            return ResponseTable.unpublished(connection);
        }

        @Override
        public void markPublished(Connection connection, List<FeedbackResponse> entries) throws SQLException {
            ResponseTable.markPublished(connection, entries);
        }

        @Override
        public int merge(Connection connection, FeedbackDatabase database, List<FeedbackResponse> entries) throws SQLException {
            // an answer someone gave to their own feedback is no news from marketing
            return (int) ResponseTable.insertNew(connection, entries, false).stream()
                    .filter(response -> !response.ownAnswer()).count();
        }
    };

    /** Marketing's curation (official, draft, retired), in {@code curation/}. */
    static final Kind<Curation> CURATION = new Kind<>() {
        private final CurationLogCodec codec = new CurationLogCodec();

        @Override
        public String folderName() {
            return CuratorRole.FOLDER_NAME;
        }

        @Override
        public String one() {
            return "a curation";
        }

        @Override
        public String many() {
            return "curations";
        }

        @Override
        public OwnLogs ownLogs() {
            return OwnLogs.CURATION;
        }

        @Override
        public String encode(Curation entry) {
            return codec.encode(entry);
        }

        @Override
        public Curation decode(byte[] line) throws EventLogCodec.MalformedEventException {
            return codec.decode(line);
        }

        @Override
        public String author(Curation entry) {
            return entry.curator();
        }

        @Override
        public UUID id(Curation entry) {
            return entry.id();
        }

        @Override
        public List<Curation> unpublished(Connection connection) throws SQLException {
            return CurationTable.unpublished(connection);
        }

        @Override
        public void markPublished(Connection connection, List<Curation> entries) throws SQLException {
            CurationTable.markPublished(connection, entries);
        }

        @Override
        public boolean drop(Connection connection, List<Curation> entries) throws SQLException {
            CurationTable.drop(connection, entries);
            return true;
        }

        @Override
        public int merge(Connection connection, FeedbackDatabase database, List<Curation> entries) throws SQLException {
            return CurationTable.insertNew(connection, entries, false, database.current()).size();
        }
    };

    /** The weekly counts of the searches that found nothing, in {@code gaps/}: every computer writes its own log. */
    static final Kind<SearchGapCount> GAPS = new Kind<>() {
        private final SearchGapLogCodec codec = new SearchGapLogCodec();

        @Override
        public String folderName() {
            return FOLDER_GAPS;
        }

        @Override
        public String one() {
            return "a search count";
        }

        @Override
        public String many() {
            return "search counts";
        }

        @Override
        public OwnLogs ownLogs() {
            return OwnLogs.GAPS;
        }

        @Override
        public String encode(SearchGapCount entry) {
            return codec.encode(entry);
        }

        @Override
        public SearchGapCount decode(byte[] line) throws EventLogCodec.MalformedEventException {
            return codec.decode(line);
        }

        @Override
        public String author(SearchGapCount entry) {
            return entry.laptop();
        }

        @Override
        public UUID id(SearchGapCount entry) {
            return entry.id();
        }

        @Override
        public List<SearchGapCount> unpublished(Connection connection) throws SQLException {
            return SearchGapTable.exists(connection) ? SearchGapTable.unpublished(connection) : List.of();
        }

        @Override
        public void markPublished(Connection connection, List<SearchGapCount> entries) throws SQLException {
            SearchGapTable.markPublished(connection, entries);
        }

        @Override
        public int merge(Connection connection, FeedbackDatabase database, List<SearchGapCount> entries)
                throws SQLException {
            return SearchGapTable.insertNew(connection, entries).size();
        }

        @Override
        public boolean namedByPeople() {
            return false; // a random id: the file system's owner of the log is no author to check it against
        }

        @Override
        public boolean madeByTheApp() {
            return true;
        }
    };

    /** The folder of the gaps logs, inside the team folder. */
    static final String FOLDER_GAPS = "gaps";

    /**
     * The collections reps share, in {@code collections/}. A version that cannot be written waits for the next sync,
     * whatever the reason: the collection stays on this computer meanwhile, and nothing is misleading about that.
     */
    static final Kind<FileCollection> COLLECTIONS = new Kind<>() {
        private final CollectionLogCodec codec = new CollectionLogCodec();

        @Override
        public String folderName() {
            return SharerRole.FOLDER_NAME;
        }

        @Override
        public String one() {
            return "a collection";
        }

        @Override
        public String many() {
            return "collections";
        }

        @Override
        public OwnLogs ownLogs() {
            return OwnLogs.COLLECTIONS;
        }

        @Override
        public String encode(FileCollection entry) {
            return codec.encode(entry);
        }

        @Override
        public FileCollection decode(byte[] line) throws EventLogCodec.MalformedEventException {
            return codec.decode(line);
        }

        @Override
        public String author(FileCollection entry) {
            return entry.author();
        }

        @Override
        public UUID id(FileCollection entry) {
            return entry.id();
        }

        @Override
        public List<FileCollection> unpublished(Connection connection) throws SQLException {
            return CollectionTable.unpublished(connection);
        }

        @Override
        public void markPublished(Connection connection, List<FileCollection> entries) throws SQLException {
            CollectionTable.markPublished(connection, entries);
        }

        @Override
        public int merge(Connection connection, FeedbackDatabase database, List<FileCollection> entries)
                throws SQLException {
            return CollectionTable.insertNew(connection, entries, false, database.current()).size();
        }

        @Override
        public void warnAfterMerge(Connection connection, String log, List<FileCollection> entries,
                                   Consumer<String> warnings) throws SQLException {
            for (CollectionNameClaims.Outnamed outnamed : CollectionTable.outnamedAmong(connection, entries)) {
                FileCollection skipped = outnamed.collection();
                LOG.warn("Skipped {}'s collection \"{}\" (read with {}): {} shares one of that name",
                        skipped.author(), skipped.name(), log, outnamed.holder().author());
                warnings.accept("Skipped " + skipped.author() + "'s collection \"" + skipped.name() + "\" of "
                        + folderName() + "/" + TeamLogFiles.logFileName(skipped.author())
                        + ": " + outnamed.holder().author() + " shares a collection of that name since "
                        + LocalDate.ofInstant(outnamed.since(), ZoneId.systemDefault()) + ", so only that one is listed"
                        + (LogOwnership.isThisUser(skipped.author()) ? " on the other laptops" : "")
                        + "; " + skipped.author() + " can share it under another name.");
            }
        }

        @Override
        public boolean everyRepWrites() {
            return true; // made by the first share (SharerRole), not by a sync
        }

        @Override
        public boolean madeByTheApp() {
            // a sync makes it only when it has shared versions to write: those a share restored from a backup taken
            // before the first share lacks (issue 16 re-test r25, finding 1), as the first share made it
            return true;
        }

        @Override
        public boolean writtenAgainWhenGone() {
            return true;
        }
    };

    /**
     * What one pass did.
     *
     * @param queued       answers given here still waiting to be written
     * @param failedAppend the first answers log that could not be written, or null
     * @param lacking      answers given here that a log read whole lacked while the folder could not be written (not
     *                     queued again: they would go to whichever folder is synced next)
     */
    record Result(int published, int merged, int skipped, int queued, TeamLogFiles.AppendFailure failedAppend,
                  int lacking, int incomplete) {

        Optional<TeamLogFiles.AppendFailure> failure() {
            return Optional.ofNullable(failedAppend);
        }
    }

    private final FeedbackDatabase database;
    private final Kind<T> kind;

    SubfolderLogSync(FeedbackDatabase database, Kind<T> kind) {
        this.database = database;
        this.kind = kind;
    }

    /** Publishes the entries given here (when the team folder can be written), then merges everyone's. */
    Result sync(Path teamFolder, Consumer<String> warnings, boolean writable) {
        Path folder = teamFolder.toAbsolutePath().normalize().resolve(kind.folderName());
        List<TeamLogFiles.AppendFailure> failures = new ArrayList<>();
        int published = writable ? publish(folder, warnings, failures) : 0;
        int[] mergedSkippedMissing = {0, 0, 0, 0};
        if (Files.isDirectory(folder)) {
            mergedSkippedMissing = merge(folder, teamFolder.toAbsolutePath().normalize().toString(), warnings, writable);
        } else if (kind.writtenAgainWhenGone()) { // gone whole: the share restored from a backup taken before it was made
            for (String name : database.read(kind.ownLogs()::names)) {
                mergedSkippedMissing[2] += putBack(name, Set.of(), writable);
            }
        } else if (!kind.madeByTheApp()) {
            sayWhatWaitsForTheFolder(folder, warnings);
        }
        if (mergedSkippedMissing[2] > 0 && writable && failures.isEmpty()) {
            published += publish(folder, warnings, failures);
        }
        int queued = database.read(kind::unpublished).size();
        return new Result(published, mergedSkippedMissing[0], mergedSkippedMissing[1], queued,
                failures.isEmpty() ? null : failures.getFirst(), writable ? 0 : mergedSkippedMissing[2],
                mergedSkippedMissing[3]);
    }

    /**
     * Says how many entries given here wait for a folder whoever runs the share makes and the team folder lacks (a
     * share restored from a backup taken before it was made): they are put back into their logs at the first sync that
     * finds the folder again (issue 16 re-test t16, minor 3).
     */
    private void sayWhatWaitsForTheFolder(Path folder, Consumer<String> warnings) {
        // only a folder this computer's log was read in before: a folder switched to that never had one is no loss
        Map<String, TeamLogCursors.Cursor> cursors = database.read(c -> TeamLogCursors.load(c,
                folder.getParent().toString()));
        int waiting = 0;
        for (String name : database.read(kind.ownLogs()::names)) {
            if (cursors.containsKey(kind.folderName() + "/" + name)) {
                waiting += database.read(c -> kind.ownLogs().countMissing(c, name, Set.of()));
            }
        }
        if (waiting == 0) {
            return;
        }
        String one = kind.one().substring(kind.one().indexOf(' ') + 1);
        warnings.accept((waiting == 1 ? "1 " + one + " waits" : waiting + " " + kind.many() + " wait")
                + " for the next sync: the team folder has no " + kind.folderName() + " folder (a share restored from "
                + "a backup taken before it was made?); whoever runs the share makes " + folder + ", writable by "
                + "marketing only, and " + (waiting == 1 ? "it is" : "they are") + " written there at the first sync after.");
    }

    /**
     * Writes the entries given here that wait to their authors' logs, when the folder is there (only whoever runs the
     * share makes it); returns how many were written.
     */
    int publish(Path folder, Consumer<String> warnings, List<TeamLogFiles.AppendFailure> failures) {
        List<T> queued = database.read(kind::unpublished);
        if (queued.isEmpty()) {
            return 0;
        }
        if (!Files.isDirectory(folder) && kind.madeByTheApp()) {
            try {
                EveryRepsFolder.make(folder);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // by another laptop, or a file of that name: said below
            } catch (IOException e) {
                LOG.warn("Could not make {}; its {} stay queued", folder, kind.many(), e);
                failures.add(new TeamLogFiles.AppendFailure(kind.folderName(), CollateralException.why(e)));
                return 0;
            }
        }
        if (!Files.isDirectory(folder)) {
            warnings.accept("The team folder has no " + kind.folderName() + " folder; "
                    + queued.size() + " " + kind.many() + " stay queued.");
            return 0;
        }
        if (!TeamFolderReach.writable(folder) && kind.everyRepWrites()) { // every rep's folder, made too narrow
            Optional<String> narrower = EveryRepsFolder.narrowerThanTheTeamFolder(folder);
            if (narrower.isPresent()) {
                LOG.warn("Cannot write {}: {}; its {} stay queued", folder, narrower.get(), kind.many());
                failures.add(new TeamLogFiles.AppendFailure(kind.folderName() + "/", "permission denied: "
                        + narrower.get()));
                return 0;
            }
        }
        if (!TeamFolderReach.writable(folder)
                && dropped(queued, "you can no longer write " + folder + " (the share's permissions)", warnings)) {
            return 0;
        }
        Map<String, List<T>> byLog = new LinkedHashMap<>();
        queued.forEach(r -> byLog.computeIfAbsent(TeamLogFiles.logFileName(kind.author(r)), n -> new ArrayList<>()).add(r));
        int published = 0;
        String folderKey = folder.toAbsolutePath().normalize().getParent().toString();
        for (Map.Entry<String, List<T>> log : byLog.entrySet()) {
            TeamLogFiles.Appended appended;
            try {
                appended = TeamLogFiles.append(folder.resolve(log.getKey()), log.getValue().stream().map(kind::encode).toList());
            } catch (AccessDeniedException e) {
                String author = kind.author(log.getValue().getFirst());
                if (kind.namedByPeople() && !LogOwnership.isThisUser(author) && dropped(log.getValue(), kind.folderName() + "/" + log.getKey()
                        + " is " + author + "'s log, which you may not write", warnings)) {
                    continue;
                }
                LOG.warn("Could not append to {} in {}; its {} stay queued", log.getKey(), folder, kind.many(), e);
                failures.add(new TeamLogFiles.AppendFailure(kind.folderName() + "/" + log.getKey(),
                        CollateralException.why(e)));
                continue;
            } catch (IOException e) {
                LOG.warn("Could not append to {} in {}; its {} stay queued", log.getKey(), folder, kind.many(), e);
                failures.add(new TeamLogFiles.AppendFailure(kind.folderName() + "/" + log.getKey(),
                        CollateralException.why(e)));
                continue;
            }
            Path written = folder.resolve(log.getKey());
            database.writeBatch(connection -> {
                kind.markPublished(connection, log.getValue());
                followOwnLines(connection, folderKey, log.getKey(), written, appended, log.getValue().size());
                return null;
            });
            published += log.getValue().size();
        }
        return published;
    }

    /**
     * Moves the log's cursor past the lines this computer just appended when it stood right before them. A curation is
     * written as it is given, between syncs; had the cursor stayed before it, a share restored from a backup taken
     * before that line would hold the log exactly up to the cursor, read as "nothing new", and the line this computer
     * must write again would never be missed (issue 16 re-test r24, finding 2). Past them, the shorter log no longer
     * matches its cursor, is read whole, and gets them back ({@link OwnLogs}). Lines someone else appended meanwhile
     * leave the cursor where it is: the next merge reads them.
     */
    private void followOwnLines(Connection connection, String folderKey, String logName, Path log,
                                TeamLogFiles.Appended appended, int lines) throws SQLException {
        String cursorKey = kind.folderName() + "/" + logName;
        TeamLogCursors.Cursor at = TeamLogCursors.load(connection, folderKey).getOrDefault(cursorKey, TeamLogCursors.Cursor.START);
        if (at.offset() != appended.from()) {
            return;
        }
        try {
            TeamLogCursors.save(connection, folderKey, cursorKey, TeamLogCursors.readTo(log, appended.to(), at.lines() + lines));
        } catch (IOException e) {
            LOG.debug("Could not read back {}; its cursor stays before the lines written", log, e);
        }
    }

    /**
     * Forgets entries given here that can never be written, where this kind does, with a warning saying why; false
     * when it keeps them queued.
     */
    private boolean dropped(List<T> entries, String why, Consumer<String> warnings) {
        if (!database.writeBatch(connection -> kind.drop(connection, entries))) {
            return false;
        }
        database.curationsChanged();
        LOG.warn("Dropped {} {} given here: {}", entries.size(), kind.many(), why);
        int n = entries.size();
        warnings.accept((n == 1 ? "1 " + kind.one().substring(kind.one().indexOf(' ') + 1) + " given on this computer "
                + "could not reach the team and was dropped: " : n + " " + kind.many() + " given on this computer could "
                + "not reach the team and were dropped: ") + why + ".");
        return true;
    }

    /**
     * Merges the lines every log gained; returns {merged, skipped, answers given here that a log read whole lacked
     * (queued again when the folder can be written, else only counted), incomplete last lines}.
     */
    private int[] merge(Path folder, String folderKey, Consumer<String> warnings, boolean writable) {
        Map<String, TeamLogCursors.Cursor> cursors = database.read(c -> TeamLogCursors.load(c, folderKey));
        Set<String> own = database.read(kind.ownLogs()::names);
        Map<String, Path> logs;
        try {
            logs = TeamLogFiles.logsIn(folder);
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            warnings.accept("The " + kind.folderName() + " folder could not be listed; no " + kind.many() + " were merged.");
            return new int[] {0, 0, 0, 0};
        }
        int merged = 0;
        int skipped = 0;
        int missing = 0;
        int incomplete = 0;
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            String cursorKey = kind.folderName() + "/" + log.getKey();
            LogLines lines;
            TeamLogCursors.Cursor read;
            try {
                TeamLogCursors.Cursor remembered = cursors.getOrDefault(cursorKey, TeamLogCursors.Cursor.START);
                Optional<String> owner = kind.namedByPeople() ? LogOwnership.otherOwner(log.getValue(), log.getKey())
                        : Optional.empty();
                if (owner.isPresent()) { // its cursor stays: once the file is its author's, its lines are merged
                    skipped += skipForeignLog(log.getKey(), log.getValue(), owner.get(), remembered, warnings);
                    continue;
                }
                long size = Files.size(log.getValue());
                TeamLogCursors.Cursor from = TeamLogCursors.resume(log.getValue(), size, remembered);
                if (from != remembered && !remembered.atStart()) {
                    LOG.warn("{} in {} no longer holds what was merged from it (restored from a backup?); reading "
                            + "it again from its start", cursorKey, folder.getParent());
                }
                if (size == from.offset() && !from.atStart()) {
                    continue; // nothing new
                }
                lines = new LogLines(log.getKey(), warnings, from);
                TeamLogReader.read(log.getValue(), from.offset(), size, lines);
                read = TeamLogCursors.readTo(log.getValue(), lines.offset, lines.count);
            } catch (IOException e) {
                LOG.warn("Could not read {} in {}", log.getKey(), folder, e);
                warnings.accept("Could not read " + cursorKey + "; it will be tried again at the next sync.");
                continue;
            }
            merged += database.writeBatch(connection -> {
                int fresh = kind.merge(connection, database, lines.entries);
                kind.warnAfterMerge(connection, kind.folderName() + "/" + log.getKey(), lines.entries, warnings);
                TeamLogCursors.save(connection, folderKey, cursorKey, read);
                return fresh;
            });
            skipped += lines.skipped;
            incomplete += lines.incomplete;
            if (lines.whole && own.contains(log.getKey())) {
                missing += putBack(log.getKey(), lines.ids(), writable);
            }
        }
        for (String name : own) {
            if (!logs.containsKey(name)) { // gone, as when the share was restored from a backup taken before it
                missing += putBack(name, Set.of(), writable);
            }
        }
        return new int[] {merged, skipped, missing, incomplete};
    }

    /**
     * Skips the lines a log gained when the file system says it is another's than its author's; returns how many, and
     * says so in a warning.
     */
    private int skipForeignLog(String name, Path log, String owner, TeamLogCursors.Cursor from, Consumer<String> warnings)
            throws IOException {
        long size = Files.size(log);
        TeamLogCursors.Cursor start = TeamLogCursors.resume(log, size, from);
        int[] lines = {0};
        TeamLogReader.read(log, start.offset(), size, new TeamLogReader.LineConsumer() {
            @Override
            public void line(byte[] line, long endOffset) {
                lines[0]++;
            }

            @Override
            public void fragment(byte[] fragment, long endOffset) {
            }
        });
        if (lines[0] > 0) {
            String author = name.substring(0, name.length() - TeamLogFiles.SUFFIX.length());
            LOG.warn("Skipped {} lines of {}/{}: the file is {}'s, not {}'s", lines[0], kind.folderName(), name, owner,
                    author);
            warnings.accept("Skipped " + (lines[0] == 1 ? "the line" : "the " + lines[0] + " lines") + " of "
                    + kind.folderName() + "/" + name + ": the file system says the file is " + owner + "'s, not "
                    + author + "'s.");
        }
        return lines[0];
    }

    /** Queues again the answers given here that log {@code name}, read whole, lacks (counts them, if unwritable). */
    private int putBack(String name, Set<UUID> inLog, boolean writable) {
        return writable ? database.writeBatch(c -> kind.ownLogs().requeueMissing(c, name, inLog))
                : database.read(c -> kind.ownLogs().countMissing(c, name, inLog));
    }

    /** The entries of one log, with its new cursor; lines that are not a valid entry by its owner skipped. */
    private final class LogLines implements TeamLogReader.LineConsumer {
        private final String name;
        private final Consumer<String> warnings;
        private final List<T> entries = new ArrayList<>();
        /** Whether the log is read from its start. */
        final boolean whole;
        long offset;
        long count;
        int skipped;
        /** Lines not complete yet (a log being written, or cut short): read again at the next sync. */
        int incomplete;

        LogLines(String name, Consumer<String> warnings, TeamLogCursors.Cursor from) {
            this.name = name;
            this.warnings = warnings;
            this.whole = from.atStart();
            this.offset = from.offset();
            this.count = from.lines();
        }

        /** The ids of the entries read. */
        Set<UUID> ids() {
            Set<UUID> ids = new HashSet<>();
            entries.forEach(entry -> ids.add(kind.id(entry)));
            return ids;
        }

        @Override
        public void line(byte[] line, long endOffset) {
            count++;
            offset = endOffset;
            if (line != null && new String(line, StandardCharsets.UTF_8).isBlank()) {
                return;
            }
            if (line == null) {
                skip("longer than any " + kind.one().substring(kind.one().indexOf(' ') + 1));
                return;
            }
            try {
                T entry = kind.decode(line);
                if (!name.equals(TeamLogFiles.logFileName(kind.author(entry)))) {
                    skip(kind.one() + " in " + kind.author(entry) + "'s name, but the file is " + name + "'s");
                    return;
                }
                entries.add(entry);
            } catch (EventLogCodec.MalformedEventException e) {
                skip(e.getMessage());
            }
        }

        @Override
        public void fragment(byte[] fragment, long endOffset) {
            incomplete++;
            LOG.warn("{}/{} ends with an incomplete line; it will be read again at the next sync",
                    kind.folderName(), name);
        }

        private void skip(String why) {
            skipped++;
            String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            LOG.warn("Skipped line {} of {}/{}: {}", count, kind.folderName(), name, reason);
            warnings.accept("Skipped line " + count + " of " + kind.folderName() + "/" + name + ": "
                    + Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
    }
}
