package org.collateralfinder.feedback;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of the event log: inserting events once (deduplicated by id), keeping each rep's current
 * event per content hash up to date, and reading events back. Shared by the repository and the team
 * sync; every method runs on the caller's connection and transaction.
 */
final class EventTable {

    static final int CHUNK = 1000;

    /** Columns every event query selects, in this order, for {@link #readEvent}. */
    static final String EVENT_COLUMNS = """
            e.id, e.kind, e.content_hash, e.user_name, e.at, e.path, e.rating, e.comment, e.deal_stage,
            e.industry, ARRAY(SELECT t.tag FROM feedback_tag t WHERE t.event_id = e.id ORDER BY t.position) AS tags
            """;

    private static final String INSERT_EVENT = """
            INSERT INTO feedback_event (id, kind, content_hash, user_name, at, path, rating, comment, deal_stage,
                                        industry, origin_local, published)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_TAG = """
            INSERT INTO feedback_tag (event_id, position, tag) VALUES (?, ?, ?)
            """;
    private static final String EXISTING_IDS = """
            SELECT id FROM feedback_event WHERE id = ANY(?)
            """;
    private static final String CURRENT_FOR_HASHES = """
            SELECT content_hash, user_name, event_id, at FROM feedback_current WHERE content_hash = ANY(?)
            """;
    private static final String MERGE_CURRENT = """
            MERGE INTO feedback_current (content_hash, user_name, event_id, at, is_entry)
            KEY (content_hash, user_name) VALUES (?, ?, ?, ?, ?)
            """;

    /** A rep's feedback on a content hash. */
    record Key(String contentHash, String user) {
    }

    /** The (time, id) of a current event, enough to compare it with {@link FeedbackEvent#ORDER}. */
    record Stamp(Instant at, String id) implements Comparable<Stamp> {
        static Stamp of(FeedbackEvent event) {
            return new Stamp(event.at(), event.id().toString());
        }

        @Override
        public int compareTo(Stamp other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    private EventTable() {
    }

    /**
     * Inserts the events whose ids are not stored yet and moves the current pointers they win.
     *
     * @param local true for events recorded on this computer (queued for publishing), false for events
     *              read from the team folder (already published)
     * @return the events actually inserted
     */
    static List<FeedbackEvent> insertNew(Connection connection, Collection<? extends FeedbackEvent> events,
                                         boolean local) throws SQLException {
        Map<String, FeedbackEvent> byId = new LinkedHashMap<>();
        for (FeedbackEvent event : events) {
            byId.putIfAbsent(event.id().toString(), event);
        }
        byId.keySet().removeAll(existingIds(connection, byId.keySet()));
        List<FeedbackEvent> fresh = List.copyOf(byId.values());
        if (fresh.isEmpty()) {
            return fresh;
        }
        insertRows(connection, fresh, local);
        updateCurrent(connection, fresh);
        return fresh;
    }

    private static Set<String> existingIds(Connection connection, Collection<String> ids) throws SQLException {
        Set<String> existing = new HashSet<>();
        List<String> all = List.copyOf(ids);
        try (PreparedStatement select = connection.prepareStatement(EXISTING_IDS)) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                select.setObject(1, all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(String[]::new));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.add(rows.getString(1));
                    }
                }
            }
        }
        return existing;
    }

    private static void insertRows(Connection connection, List<FeedbackEvent> events, boolean local)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement insertTag = connection.prepareStatement(INSERT_TAG)) {
            int pending = 0;
            for (FeedbackEvent event : events) {
                insert.setString(1, event.id().toString());
                insert.setString(3, event.contentHash());
                insert.setString(4, event.user());
                insert.setObject(5, timestamp(event.at()));
                insert.setBoolean(11, local);
                insert.setBoolean(12, !local);
                switch (event) {
                    case FeedbackEntry entry -> {
                        insert.setString(2, "add");
                        insert.setString(6, entry.path());
                        insert.setObject(7, entry.rating(), Types.TINYINT);
                        insert.setString(8, entry.comment());
                        insert.setString(9, entry.dealStage());
                        insert.setString(10, entry.industry());
                        for (int position = 0; position < entry.tags().size(); position++) {
                            insertTag.setString(1, entry.id().toString());
                            insertTag.setInt(2, position);
                            insertTag.setString(3, entry.tags().get(position));
                            insertTag.addBatch();
                        }
                    }
                    case FeedbackWithdrawal ignored -> {
                        insert.setString(2, "withdraw");
                        for (int column = 6; column <= 10; column++) {
                            insert.setNull(column, column == 7 ? Types.TINYINT : Types.VARCHAR);
                        }
                    }
                }
                insert.addBatch();
                if (++pending % CHUNK == 0) {
                    insert.executeBatch();
                    insertTag.executeBatch();
                }
            }
            insert.executeBatch();
            insertTag.executeBatch();
        }
    }

    private static void updateCurrent(Connection connection, List<FeedbackEvent> events) throws SQLException {
        Map<Key, FeedbackEvent> latest = new HashMap<>();
        for (FeedbackEvent event : events) {
            latest.merge(new Key(event.contentHash(), event.user()), event,
                    (a, b) -> FeedbackEvent.ORDER.compare(a, b) >= 0 ? a : b);
        }
        Map<Key, Stamp> stored = currentStamps(connection, latest.keySet().stream().map(Key::contentHash).toList());
        try (PreparedStatement merge = connection.prepareStatement(MERGE_CURRENT)) {
            int pending = 0;
            for (Map.Entry<Key, FeedbackEvent> candidate : latest.entrySet()) {
                Stamp current = stored.get(candidate.getKey());
                FeedbackEvent event = candidate.getValue();
                if (current != null && current.compareTo(Stamp.of(event)) >= 0) {
                    continue;
                }
                merge.setString(1, event.contentHash());
                merge.setString(2, event.user());
                merge.setString(3, event.id().toString());
                merge.setObject(4, timestamp(event.at()));
                merge.setBoolean(5, event instanceof FeedbackEntry);
                merge.addBatch();
                if (++pending % CHUNK == 0) {
                    merge.executeBatch();
                }
            }
            merge.executeBatch();
        }
    }

    /** The stamps of the current events for these hashes, every rep. */
    static Map<Key, Stamp> currentStamps(Connection connection, Collection<String> hashes) throws SQLException {
        Map<Key, Stamp> stamps = new HashMap<>();
        List<String> distinct = List.copyOf(new HashSet<>(hashes));
        try (PreparedStatement select = connection.prepareStatement(CURRENT_FOR_HASHES)) {
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                select.setObject(1, distinct.subList(from, Math.min(distinct.size(), from + CHUNK)).toArray(String[]::new));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stamps.put(new Key(rows.getString(1), rows.getString(2)),
                                new Stamp(instant(rows, 4), rows.getString(3)));
                    }
                }
            }
        }
        return stamps;
    }

    /** Reads an event from a row selected with {@link #EVENT_COLUMNS} first. */
    static FeedbackEvent readEvent(ResultSet row) throws SQLException {
        UUID id = UUID.fromString(row.getString(1));
        String hash = row.getString(3);
        String user = row.getString(4);
        Instant at = instant(row, 5);
        if ("withdraw".equals(row.getString(2))) {
            return new FeedbackWithdrawal(id, hash, user, at);
        }
        Object rating = row.getObject(7);
        return new FeedbackEntry(id, hash, row.getString(6), user, at, tags(row.getArray(11)),
                rating == null ? null : ((Number) rating).intValue(), row.getString(8), row.getString(9),
                row.getString(10));
    }

    private static List<String> tags(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (Object tag : (Object[]) array.getArray()) {
            tags.add((String) tag);
        }
        return tags;
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
