package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.FileCollection;

/**
 * The logs in a team folder that hold what was recorded on this computer, and putting back what one of them lacks:
 * one rule for the feedback logs, marketing's answers, marketing's curation, the shared collections and the searches
 * that found nothing.
 *
 * <p>Every entry recorded here is remembered after it is published ({@code local_event}, {@code local_response}).
 * When a log is read whole (the first time, after a folder change, or once it no longer begins as it was read, as
 * after a share is restored from a backup), the entries recorded here under that log's name that it does not hold
 * are queued again, and the same sync appends them. A log that lacks nothing gets nothing: switching team folders
 * back and forth writes no line twice.
 *
 * <p>The same entries tell a team folder that lost its marker file (a copy or restore that skips hidden files) from
 * a folder that merely stands where it was (the bare mount point of a share that is not mounted): only the team
 * folder holds a log with an entry recorded here ({@link #recordedHereIn}).
 */
enum OwnLogs {

    FEEDBACK("""
            SELECT l.content_hash, l.event_id, e.user_name FROM local_event l
            JOIN feedback_event e ON e.content_hash = l.content_hash AND e.id = l.event_id
            """, """
            INSERT INTO feedback_outbox (content_hash, event_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM feedback_outbox WHERE content_hash = ? AND event_id = ?)
            """, "", OwnLogs::feedbackId),
    ANSWERS("""
            SELECT l.content_hash, l.response_id, r.responder FROM local_response l
            JOIN feedback_response r ON r.content_hash = l.content_hash AND r.id = l.response_id
            """, """
            INSERT INTO response_outbox (content_hash, response_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM response_outbox WHERE content_hash = ? AND response_id = ?)
            """, ResponderRole.FOLDER_NAME + "/", OwnLogs::answerId),
    CURATION("""
            SELECT l.content_hash, l.curation_id, c.curator FROM local_curation l
            JOIN curation_event c ON c.content_hash = l.content_hash AND c.id = l.curation_id
            """, """
            INSERT INTO curation_outbox (content_hash, curation_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM curation_outbox WHERE content_hash = ? AND curation_id = ?)
            """, CuratorRole.FOLDER_NAME + "/", OwnLogs::curationId),
    /** Versions of shared collections, keyed by their id alone (the first column is null). */
    COLLECTIONS("""
            SELECT CAST(NULL AS CHARACTER VARYING(64)), l.event_id, c.author FROM local_collection l
            JOIN collection_event c ON c.id = l.event_id
            """, """
            INSERT INTO collection_outbox (event_id) SELECT ?
            WHERE NOT EXISTS (SELECT 1 FROM collection_outbox WHERE event_id = ?)
            """, SharerRole.FOLDER_NAME + "/", OwnLogs::collectionId),
    GAPS("""
            SELECT l.query, l.gap_id, g.laptop FROM local_search_gap l
            JOIN search_gap g ON g.query = l.query AND g.id = l.gap_id
            """, """
            INSERT INTO search_gap_outbox (query, gap_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM search_gap_outbox WHERE query = ? AND gap_id = ?)
            """, SubfolderLogSync.FOLDER_GAPS + "/", OwnLogs::gapId);

    private static final EventLogCodec EVENTS = new EventLogCodec();
    private static final ResponseLogCodec ANSWER_LINES = new ResponseLogCodec();
    private static final CurationLogCodec CURATION_LINES = new CurationLogCodec();
    private static final CollectionLogCodec COLLECTION_LINES = new CollectionLogCodec();
    private static final SearchGapLogCodec GAP_LINES = new SearchGapLogCodec();

    /** The id of the entry a line holds when it is a valid entry in the log owner's name, else null. */
    private interface LineId {
        UUID of(byte[] line, String logName);
    }

    private final String localEntries;
    private final String requeue;
    private final String cursorPrefix;
    private final LineId lineId;

    OwnLogs(String localEntries, String requeue, String cursorPrefix, LineId lineId) {
        this.localEntries = localEntries;
        this.requeue = requeue;
        this.cursorPrefix = cursorPrefix;
        this.lineId = lineId;
    }

    private record Local(String contentHash, UUID id, String logName) {
    }

    /** The names of the logs this computer's entries go to ({@code alice.jsonl}), in name order. */
    Set<String> names(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        for (Local local : local(connection)) {
            names.add(local.logName());
        }
        return names;
    }

    /** The names as the folder's cursors know them ({@code responses/maria.jsonl} for an answers log). */
    Set<String> cursorNames(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        for (String name : names(connection)) {
            names.add(cursorPrefix + name);
        }
        return names;
    }

    /**
     * Queues again the entries recorded here that belong in log {@code logName} and are not among {@code inLog}
     * (the ids it holds, read whole; empty for a log that is gone).
     *
     * @return how many were queued again (those waiting in the queue already aside)
     */
    int requeueMissing(Connection connection, String logName, Set<UUID> inLog) throws SQLException {
        List<Local> missing = missing(connection, logName, inLog);
        if (missing.isEmpty()) {
            return 0;
        }
        int queued = 0;
        try (PreparedStatement queue = connection.prepareStatement(requeue)) {
            for (Local local : missing) {
                if (local.contentHash() == null) { // keyed by id alone
                    queue.setObject(1, local.id());
                    queue.setObject(2, local.id());
                } else {
                    queue.setString(1, local.contentHash());
                    queue.setObject(2, local.id());
                    queue.setString(3, local.contentHash());
                    queue.setObject(4, local.id());
                }
                queue.addBatch();
            }
            for (int count : queue.executeBatch()) {
                queued += Math.max(count, 0);
            }
        }
        return queued;
    }

    /**
     * How many entries recorded here belong in log {@code logName} and are not among {@code inLog}, for a folder
     * that cannot be written now (they are not queued: they would go to whichever folder is synced next).
     */
    int countMissing(Connection connection, String logName, Set<UUID> inLog) throws SQLException {
        return missing(connection, logName, inLog).size();
    }

    private List<Local> missing(Connection connection, String logName, Set<UUID> inLog) throws SQLException {
        List<Local> missing = new ArrayList<>();
        for (Local local : local(connection)) {
            if (local.logName().equals(logName) && !inLog.contains(local.id())) {
                missing.add(local);
            }
        }
        return missing;
    }

    /**
     * The first log of this computer's in {@code teamFolder} (as the folder shows it: {@code alice.jsonl},
     * {@code responses/maria.jsonl}) that holds an entry recorded here, feedback logs first; empty when none does.
     */
    static Optional<String> recordedHereIn(FeedbackDatabase database, Path teamFolder) throws IOException {
        for (OwnLogs kind : values()) {
            List<Local> local = database.read(kind::local);
            for (String name : new TreeSet<>(local.stream().map(Local::logName).toList())) {
                Path log = teamFolder.resolve(kind.cursorPrefix + name);
                if (!TeamLogFiles.isLog(log)) {
                    continue;
                }
                Set<UUID> inLog = kind.idsIn(log, name);
                if (local.stream().anyMatch(entry -> entry.logName().equals(name) && inLog.contains(entry.id()))) {
                    return Optional.of(kind.cursorPrefix + name);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reads this computer's logs of this kind in {@code teamFolder} whole and queues again the entries recorded here
     * that they lack (all of a log's, when it is not there): what a folder needs when this computer synced with
     * another one since it last wrote there.
     *
     * @return how many were queued again
     */
    int requeueMissingIn(FeedbackDatabase database, Path teamFolder) throws IOException {
        int queued = 0;
        for (String name : database.read(this::names)) {
            Path log = teamFolder.resolve(cursorPrefix + name);
            if (!Files.isDirectory(log.getParent()) && this != GAPS) {
                continue; // no responses folder: nothing can be written there (only its owner makes it)
            }
            Set<UUID> inLog = Files.exists(log) ? idsIn(log, name) : Set.of();
            queued += database.writeBatch(connection -> requeueMissing(connection, name, inLog));
        }
        return queued;
    }

    /** The ids of the entries a log holds in its owner's name ({@code logName}); other lines are passed over. */
    private Set<UUID> idsIn(Path log, String logName) throws IOException {
        Set<UUID> ids = new HashSet<>();
        TeamLogReader.read(log, 0, Files.size(log), new TeamLogReader.LineConsumer() {
            @Override
            public void line(byte[] line, long endOffset) {
                add(line);
            }

            @Override
            public void fragment(byte[] fragment, long endOffset) {
                add(fragment);
            }

            private void add(byte[] line) {
                UUID id = line == null ? null : lineId.of(line, logName);
                if (id != null) {
                    ids.add(id);
                }
            }
        });
        return ids;
    }

    private static UUID feedbackId(byte[] line, String logName) {
        try {
            FeedbackEvent event = EVENTS.decode(line);
            return TeamLogFiles.logFileName(event.user()).equals(logName) ? event.id() : null;
        } catch (EventLogCodec.MalformedEventException e) {
            return null;
        }
    }

    private static UUID answerId(byte[] line, String logName) {
        try {
            FeedbackResponse answer = ANSWER_LINES.decode(line);
            return TeamLogFiles.logFileName(answer.by()).equals(logName) ? answer.id() : null;
        } catch (EventLogCodec.MalformedEventException e) {
            return null;
        }
    }

    private static UUID curationId(byte[] line, String logName) {
        try {
            Curation curation = CURATION_LINES.decode(line);
            return TeamLogFiles.logFileName(curation.curator()).equals(logName) ? curation.id() : null;
        } catch (EventLogCodec.MalformedEventException e) {
            return null;
        }
    }

    private static UUID collectionId(byte[] line, String logName) {
        try {
            FileCollection version = COLLECTION_LINES.decode(line);
            return TeamLogFiles.logFileName(version.author()).equals(logName) ? version.id() : null;
        } catch (EventLogCodec.MalformedEventException e) {
            return null;
        }
    }

    private static UUID gapId(byte[] line, String logName) {
        try {
            SearchGapCount count = GAP_LINES.decode(line);
            return TeamLogFiles.logFileName(count.laptop()).equals(logName) ? count.id() : null;
        } catch (EventLogCodec.MalformedEventException e) {
            return null;
        }
    }

    private List<Local> local(Connection connection) throws SQLException {
        if (this == CURATION && !TeamLogRows.tableExists(connection, "LOCAL_CURATION")
                || this == COLLECTIONS && !TeamLogRows.tableExists(connection, "LOCAL_COLLECTION")
                || this == GAPS && !TeamLogRows.tableExists(connection, "LOCAL_SEARCH_GAP")) {
            return List.of(); // a database of an earlier version, opened read-only: nothing of this kind was given here
        }
        List<Local> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(localEntries);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new Local(rows.getString(1), rows.getObject(2, UUID.class),
                        TeamLogFiles.logFileName(rows.getString(3))));
            }
        }
        return entries;
    }
}
