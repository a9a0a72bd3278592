package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The logs in a team folder that hold what was recorded on this computer, and putting back what one of them lacks:
 * one rule for the feedback logs and for marketing's answers.
 *
 * <p>Every entry recorded here is remembered after it is published ({@code local_event}, {@code local_response}).
 * When a log is read whole (the first time, after a folder change, or once it no longer begins as it was read, as
 * after a share is restored from a backup), the entries recorded here under that log's name that it does not hold
 * are queued again, and the same sync appends them. A log that lacks nothing gets nothing: switching team folders
 * back and forth writes no line twice.
 */
enum OwnLogs {

    FEEDBACK("""
            SELECT l.content_hash, l.event_id, e.user_name FROM local_event l
            JOIN feedback_event e ON e.content_hash = l.content_hash AND e.id = l.event_id
            """, """
            INSERT INTO feedback_outbox (content_hash, event_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM feedback_outbox WHERE content_hash = ? AND event_id = ?)
            """, ""),
    ANSWERS("""
            SELECT l.content_hash, l.response_id, r.responder FROM local_response l
            JOIN feedback_response r ON r.content_hash = l.content_hash AND r.id = l.response_id
            """, """
            INSERT INTO response_outbox (content_hash, response_id) SELECT ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM response_outbox WHERE content_hash = ? AND response_id = ?)
            """, ResponderRole.FOLDER_NAME + "/");

    private final String localEntries;
    private final String requeue;
    private final String cursorPrefix;

    OwnLogs(String localEntries, String requeue, String cursorPrefix) {
        this.localEntries = localEntries;
        this.requeue = requeue;
        this.cursorPrefix = cursorPrefix;
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
        List<Local> missing = new ArrayList<>();
        for (Local local : local(connection)) {
            if (local.logName().equals(logName) && !inLog.contains(local.id())) {
                missing.add(local);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        int queued = 0;
        try (PreparedStatement queue = connection.prepareStatement(requeue)) {
            for (Local local : missing) {
                queue.setString(1, local.contentHash());
                queue.setObject(2, local.id());
                queue.setString(3, local.contentHash());
                queue.setObject(4, local.id());
                queue.addBatch();
            }
            for (int count : queue.executeBatch()) {
                queued += Math.max(count, 0);
            }
        }
        return queued;
    }

    private List<Local> local(Connection connection) throws SQLException {
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
