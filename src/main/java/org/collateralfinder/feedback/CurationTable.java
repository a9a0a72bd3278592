package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * The SQL of marketing's curation: inserting curations once (deduplicated by content hash and id, like the
 * feedback events and the answers) and the queue of curations to publish. Every method runs on the caller's
 * connection and transaction.
 */
final class CurationTable {

    private static final String COLUMNS = """
            c.id, c.content_hash, c.path, c.curator, c.at, c.state, c.expires, c.owner, c.replaced_by, c.replaced_by_hash
            """;
    private static final String INSERT = """
            INSERT INTO curation_event (id, content_hash, path, curator, at, state, expires, owner, replaced_by,
                                        replaced_by_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_OUTBOX = """
            INSERT INTO curation_outbox (content_hash, curation_id) VALUES (?, ?)
            """;
    private static final String INSERT_LOCAL = """
            INSERT INTO local_curation (content_hash, curation_id) VALUES (?, ?)
            """;
    private static final String ALL = """
            SELECT %s FROM curation_event c
            """.formatted(COLUMNS);
    private static final String UNPUBLISHED = """
            SELECT %s FROM curation_outbox o
            JOIN curation_event c ON c.content_hash = o.content_hash AND c.id = o.curation_id
            ORDER BY c.at, c.id
            """.formatted(COLUMNS);
    private static final String MARK_PUBLISHED = """
            DELETE FROM curation_outbox WHERE content_hash = ? AND curation_id = ?
            """;

    private static final TeamLogRows<Curation> ROWS = new TeamLogRows<>(Curation::id,
            TeamLogRows.byContentAndId(Curation::contentHash, Curation::id), INSERT,
            CurationTable::bind, List.of(INSERT_OUTBOX, INSERT_LOCAL), MARK_PUBLISHED);
    private static final List<String> DROP = List.of("""
            DELETE FROM curation_outbox WHERE content_hash = ? AND curation_id = ?
            """, """
            DELETE FROM local_curation WHERE content_hash = ? AND curation_id = ?
            """, """
            DELETE FROM curation_event WHERE content_hash = ? AND id = ?
            """);

    private CurationTable() {
    }

    /**
     * Inserts the curations not stored yet; those given here ({@code local}) are queued for publishing. The view
     * learns where each content was curated ({@link #placeCurated}).
     *
     * @return the curations actually inserted
     */
    static List<Curation> insertNew(Connection connection, Collection<Curation> curations, boolean local,
                                    CurrentFeedback view) throws SQLException {
        List<Curation> fresh = ROWS.insertNew(connection, curations, local);
        fresh.forEach(curation -> view.wasAt(curation.contentHash(), curation.path()));
        return fresh;
    }

    private static void bind(PreparedStatement insert, Curation curation) throws SQLException {
        insert.setObject(1, curation.id());
        insert.setString(2, curation.contentHash());
        insert.setString(3, curation.path());
        insert.setString(4, curation.curator());
        insert.setObject(5, EventTable.timestamp(curation.at()));
        insert.setString(6, curation.state().code());
        if (curation.expires() == null) {
            insert.setNull(7, Types.DATE);
        } else {
            insert.setObject(7, curation.expires());
        }
        insert.setString(8, curation.owner());
        insert.setString(9, curation.replacedBy());
        insert.setString(10, curation.replacedByHash());
    }

    /** Every stored curation, in {@link Curation#ORDER}; none in a database of an earlier version opened read-only. */
    static List<Curation> all(Connection connection) throws SQLException {
        return select(connection, ALL);
    }

    /**
     * Tells the view where each curated content was (the path it was curated at), as feedback entries tell where
     * theirs was: a file edited in place there later keeps its curation ({@link CurationByFile}), on every laptop.
     */
    static void placeCurated(Connection connection, CurrentFeedback view) throws SQLException {
        for (Curation curation : all(connection)) {
            view.wasAt(curation.contentHash(), curation.path());
        }
    }

    /** Curations given here and not yet written to a team folder, oldest first. */
    static List<Curation> unpublished(Connection connection) throws SQLException {
        return select(connection, UNPUBLISHED);
    }

    static void markPublished(Connection connection, Collection<Curation> curations) throws SQLException {
        ROWS.markPublished(connection, curations);
    }

    /**
     * Forgets curations given here that can never be written to the team folder (its curator may no longer write the
     * curation folder): no other laptop will ever have them, so this one does not keep them either.
     */
    static void drop(Connection connection, Collection<Curation> curations) throws SQLException {
        for (String sql : DROP) {
            ROWS.eachByKey(connection, sql, curations);
        }
    }

    private static List<Curation> select(Connection connection, String sql) throws SQLException {
        List<Curation> curations = new ArrayList<>();
        if (!TeamLogRows.tableExists(connection, "CURATION_EVENT")) {
            return curations;
        }
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                curations.add(new Curation(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getString(4), EventTable.instant(rows, 5),
                        CurationState.of(rows.getString(6)).orElseThrow(), rows.getObject(7, LocalDate.class),
                        rows.getString(8), rows.getString(9), rows.getString(10)));
            }
        }
        curations.sort(Curation.ORDER);
        return curations;
    }
}
