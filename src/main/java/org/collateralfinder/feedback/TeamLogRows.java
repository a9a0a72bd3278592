package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SQL shared by the entries that travel in a team folder's subfolder logs (marketing's answers, curations): each
 * stored once by id, those recorded here queued for publishing and remembered as this computer's, and marked once
 * written. Every method runs on the caller's connection and transaction.
 *
 * @param <T> the entry
 */
final class TeamLogRows<T> {

    /** Sets the insert's parameters for one entry. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement insert, T entry) throws SQLException;
    }

    private final Function<T, UUID> id;
    private final Function<T, List<Object>> key;
    private final String insert;
    private final Binder<T> binder;
    private final List<String> queues;
    private final String markPublished;

    /**
     * @param key           the values that name an entry in the outbox and the table of this computer's own: (content
     *                      hash, id) for those keyed by content ({@link #byContentAndId}), (id) for a collection's
     *                      versions
     * @param queues        inserts of the key run for each entry recorded here: the outbox and the table of this
     *                      computer's own
     * @param markPublished a statement of the key that takes a published entry off the outbox
     */
    TeamLogRows(Function<T, UUID> id, Function<T, List<Object>> key, String insert, Binder<T> binder,
                List<String> queues, String markPublished) {
        this.id = id;
        this.key = key;
        this.insert = insert;
        this.binder = binder;
        this.queues = List.copyOf(queues);
        this.markPublished = markPublished;
    }

    /**
     * Inserts the entries not stored yet (the first of each id); those recorded here ({@code local}) are queued.
     *
     * @return the entries actually inserted
     */
    List<T> insertNew(Connection connection, Collection<T> entries, boolean local) throws SQLException {
        Map<UUID, T> byId = new LinkedHashMap<>();
        entries.forEach(entry -> byId.putIfAbsent(id.apply(entry), entry));
        List<T> unique = List.copyOf(byId.values());
        List<T> fresh = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (T entry : unique) {
                binder.bind(statement, entry);
                statement.addBatch();
            }
            int[] counts = EventTable.executeSkippingDuplicates(statement);
            for (int i = 0; i < unique.size(); i++) {
                if (i < counts.length && counts[i] > 0) {
                    fresh.add(unique.get(i));
                }
            }
        }
        if (local) {
            for (String sql : queues) {
                eachByKey(connection, sql, fresh);
            }
        }
        return fresh;
    }

    /** Takes entries written to a team folder off the outbox. */
    void markPublished(Connection connection, Collection<T> entries) throws SQLException {
        eachByKey(connection, markPublished, entries);
    }

    /** Runs {@code sql}, a statement of the entries' key, once for each entry. */
    void eachByKey(Connection connection, String sql, Collection<T> entries) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T entry : entries) {
                List<Object> values = key.apply(entry);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The key of an entry about a content: (content hash, id). */
    static <T> Function<T, List<Object>> byContentAndId(Function<T, String> contentHash, Function<T, UUID> id) {
        return entry -> List.of(contentHash.apply(entry), id.apply(entry));
    }

    /**
     * Whether {@code table} is there: a command that only reads opens the database as an earlier version left it (it
     * is migrated at the next open for writing), and there it may not be yet.
     */
    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
