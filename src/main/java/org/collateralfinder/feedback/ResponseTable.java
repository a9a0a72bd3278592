package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of marketing's answers: inserting them once (deduplicated by content hash and id, like the
 * feedback events), the queue of answers to publish, and which answers the rep here has read. Every
 * method runs on the caller's connection and transaction.
 */
final class ResponseTable {

    private static final String COLUMNS = """
            r.id, r.content_hash, r.answers, r.rep, r.responder, r.at, r.status, r.note, r.fixed_by, r.fixed_by_hash
            """;
    private static final String INSERT = """
            INSERT INTO feedback_response (id, content_hash, answers, rep, responder, at, status, note, fixed_by,
                                           fixed_by_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_OUTBOX = """
            INSERT INTO response_outbox (content_hash, response_id) VALUES (?, ?)
            """;
    private static final String INSERT_LOCAL = """
            INSERT INTO local_response (content_hash, response_id) VALUES (?, ?)
            """;
    private static final String ALL = """
            SELECT %s FROM feedback_response r
            """.formatted(COLUMNS);
    private static final String OF_HASH = """
            SELECT %s FROM feedback_response r WHERE r.content_hash = ?
            """.formatted(COLUMNS);
    private static final String UNPUBLISHED = """
            SELECT %s FROM response_outbox o
            JOIN feedback_response r ON r.content_hash = o.content_hash AND r.id = o.response_id
            ORDER BY r.at, r.id
            """.formatted(COLUMNS);
    private static final String MARK_PUBLISHED = """
            DELETE FROM response_outbox WHERE content_hash = ? AND response_id = ?
            """;
    private static final String READ_IDS = """
            SELECT response_id FROM response_read
            """;
    private static final String MARK_READ = """
            MERGE INTO response_read (response_id) KEY (response_id) VALUES (?)
            """;

    private static final TeamLogRows<FeedbackResponse> ROWS = new TeamLogRows<>(FeedbackResponse::id,
            TeamLogRows.byContentAndId(FeedbackResponse::contentHash, FeedbackResponse::id), INSERT,
            ResponseTable::bind, List.of(INSERT_OUTBOX, INSERT_LOCAL), MARK_PUBLISHED);

    private ResponseTable() {
    }

    /**
     * Inserts the answers not stored yet; those recorded here ({@code local}) are queued for publishing.
     *
     * @return the answers actually inserted
     */
    static List<FeedbackResponse> insertNew(Connection connection, Collection<FeedbackResponse> responses,
                                            boolean local) throws SQLException {
        return ROWS.insertNew(connection, responses, local);
    }

    private static void bind(PreparedStatement insert, FeedbackResponse response) throws SQLException {
        insert.setObject(1, response.id());
        insert.setString(2, response.contentHash());
        insert.setObject(3, response.answers());
        insert.setString(4, response.rep());
        insert.setString(5, response.by());
        insert.setObject(6, EventTable.timestamp(response.at()));
        insert.setString(7, response.status().code());
        insert.setString(8, response.note());
        insert.setString(9, response.fixedBy());
        insert.setString(10, response.fixedByHash());
    }

    /** Every stored answer, in {@link FeedbackResponse#ORDER}. */
    static List<FeedbackResponse> all(Connection connection) throws SQLException {
        return select(connection, ALL, null);
    }

    /** The answers on one content, in {@link FeedbackResponse#ORDER}. */
    static List<FeedbackResponse> of(Connection connection, String contentHash) throws SQLException {
        return select(connection, OF_HASH, contentHash);
    }

    /** Answers given here and not yet written to a team folder, oldest first. */
    static List<FeedbackResponse> unpublished(Connection connection) throws SQLException {
        return select(connection, UNPUBLISHED, null);
    }

    static void markPublished(Connection connection, Collection<FeedbackResponse> responses) throws SQLException {
        ROWS.markPublished(connection, responses);
    }

    static Set<UUID> readIds(Connection connection) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(READ_IDS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    static void markRead(Connection connection, Collection<UUID> ids) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(MARK_READ)) {
            for (UUID id : ids) {
                mark.setObject(1, id);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    private static List<FeedbackResponse> select(Connection connection, String sql, String hash) throws SQLException {
        List<FeedbackResponse> responses = new ArrayList<>();
        if (!TeamLogRows.tableExists(connection, "FEEDBACK_RESPONSE")) {
            return responses; // a database of an earlier version, opened read-only: nobody has answered yet
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (hash != null) {
                select.setString(1, hash);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    responses.add(new FeedbackResponse(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5),
                            EventTable.instant(rows, 6), ResponseStatus.of(rows.getString(7)), rows.getString(8),
                            rows.getString(9), rows.getString(10)));
                }
            }
        }
        responses.sort(FeedbackResponse.ORDER);
        return responses;
    }
}
