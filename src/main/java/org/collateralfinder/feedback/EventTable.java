package org.collateralfinder.feedback;

import java.sql.Array;
import java.sql.BatchUpdateException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The SQL of the event log: inserting events once (deduplicated by content hash and id) and reading
 * them back. Shared by the repository and the team sync; every method runs on the caller's connection
 * and transaction.
 */
final class EventTable {

    private static final int BATCH = 1000;

    /** Columns every event query selects, in this order, for {@link #readEvent}. */
    static final String EVENT_COLUMNS = """
            e.id, e.kind, e.content_hash, e.user_name, e.at, e.path, e.rating, e.comment, e.deal_stage,
            e.industry, e.tags, e.slides, e.given_at
            """;

    /**
     * Events are immutable, so a duplicate key means "already stored": a batch is inserted as is and the
     * rows refused as duplicates are the known ones (H2 goes on with the rest of a batch after a failure).
     */
    private static final String INSERT_EVENT = """
            INSERT INTO feedback_event (content_hash, id, kind, user_name, at, path, rating, comment, deal_stage,
                                        industry, tags, slides, given_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String DUPLICATE_KEY = "23505";
    private static final String INSERT_OUTBOX = """
            INSERT INTO feedback_outbox (content_hash, event_id) VALUES (?, ?)
            """;
    private static final String INSERT_LOCAL = """
            INSERT INTO local_event (content_hash, event_id) VALUES (?, ?)
            """;
    private static final String EVENTS_OF_HASH = """
            SELECT %s FROM feedback_event e WHERE e.content_hash = ? ORDER BY e.at, e.id
            """;
    private static final String ALL_EVENTS = """
            SELECT %s FROM feedback_event e
            """;
    private static final String CURRENT_COLUMNS = """
            SELECT content_hash, user_name, at, id, kind = 'add', tags, rating, comment, path, industry, deal_stage, e.slides
            FROM feedback_event e
            """;

    private EventTable() {
    }

    /**
     * Inserts the events not stored yet and applies them to the current view.
     *
     * @param local true for events recorded on this computer: they are queued for publishing, and
     *              remembered as this computer's for a team folder chosen later
     * @return the events actually inserted
     */
    static List<FeedbackEvent> insertNew(Connection connection, Collection<? extends FeedbackEvent> events,
                                         boolean local, CurrentFeedback view) throws SQLException {
        Map<UUID, FeedbackEvent> byId = new LinkedHashMap<>();
        for (FeedbackEvent event : events) {
            byId.putIfAbsent(event.id(), event);
        }
        List<FeedbackEvent> unique = List.copyOf(byId.values());
        List<FeedbackEvent> fresh = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
             PreparedStatement outbox = connection.prepareStatement(INSERT_OUTBOX);
             PreparedStatement localEvent = connection.prepareStatement(INSERT_LOCAL)) {
            for (int from = 0; from < unique.size(); from += BATCH) {
                List<FeedbackEvent> batch = unique.subList(from, Math.min(unique.size(), from + BATCH));
                for (FeedbackEvent event : batch) {
                    bind(insert, event);
                    insert.addBatch();
                }
                int[] counts = executeSkippingDuplicates(insert);
                for (int i = 0; i < batch.size(); i++) {
                    if (i < counts.length && counts[i] > 0) {
                        fresh.add(batch.get(i));
                    }
                }
            }
            if (local) {
                for (FeedbackEvent event : fresh) {
                    for (PreparedStatement queue : List.of(outbox, localEvent)) {
                        queue.setString(1, event.contentHash());
                        queue.setObject(2, event.id());
                        queue.addBatch();
                    }
                }
                outbox.executeBatch();
                localEvent.executeBatch();
            }
        }
        fresh.forEach(view::apply);
        return fresh;
    }

    /**
     * Runs a batch; rows refused as duplicate keys get a count of 0 instead of failing the batch (events and
     * answers arrive more than once from the team folder).
     */
    static int[] executeSkippingDuplicates(PreparedStatement insert) throws SQLException {
        try {
            return insert.executeBatch();
        } catch (BatchUpdateException e) {
            for (SQLException failure = e.getNextException(); failure != null; failure = failure.getNextException()) {
                if (!DUPLICATE_KEY.equals(failure.getSQLState())) {
                    throw e;
                }
            }
            return e.getUpdateCounts();
        }
    }

    private static void bind(PreparedStatement insert, FeedbackEvent event) throws SQLException {
        insert.setString(1, event.contentHash());
        insert.setObject(2, event.id());
        insert.setString(4, event.user());
        insert.setObject(5, timestamp(event.at()));
        switch (event) {
            case FeedbackEntry entry -> {
                insert.setString(3, "add");
                insert.setString(6, entry.path());
                insert.setObject(7, entry.rating(), Types.TINYINT);
                insert.setString(8, entry.comment());
                insert.setString(9, entry.dealStage());
                insert.setString(10, entry.industry());
                insert.setObject(11, entry.tags().toArray(String[]::new));
                if (entry.slides().isEmpty()) {
                    insert.setNull(12, Types.ARRAY);
                } else {
                    insert.setObject(12, entry.slides().toArray(Integer[]::new));
                }
                if (entry.restored()) {
                    insert.setObject(13, timestamp(entry.given()));
                } else {
                    insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                }
            }
            case FeedbackWithdrawal ignored -> {
                insert.setString(3, "withdraw");
                for (int column = 6; column <= 10; column++) {
                    insert.setNull(column, column == 7 ? Types.TINYINT : Types.VARCHAR);
                }
                insert.setNull(11, Types.ARRAY);
                insert.setNull(12, Types.ARRAY);
                insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
            }
        }
    }

    /** Every event on a content hash, oldest first. */
    static List<FeedbackEvent> eventsOf(Connection connection, String contentHash) throws SQLException {
        List<FeedbackEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(EVENTS_OF_HASH.formatted(eventColumns(connection)))) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(readEvent(rows));
                }
            }
        }
        return events;
    }

    /** Streams every stored event, in no particular order. */
    static void forEachEvent(Connection connection, Consumer<FeedbackEvent> action) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(ALL_EVENTS.formatted(eventColumns(connection)));
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                action.accept(readEvent(rows));
            }
        }
    }

    /**
     * Builds the current view from every stored event and edit (and where each content was); "commented" is decided as
     * {@link FeedbackEntry#commented}.
     */
    static CurrentFeedback loadCurrent(Connection connection) throws SQLException {
        CurrentFeedback view = new CurrentFeedback();
        ContentEdits.load(connection, view);
        CurationTable.placeCurated(connection, view);
        CollectionTable.placeMembers(connection, view);
        String current = CURRENT_COLUMNS.replace("e.slides", eventColumns(connection).contains("e.slides") ? "e.slides" : "NULL");
        try (PreparedStatement select = connection.prepareStatement(current);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int rating = rows.getInt(7);
                Integer rated = rows.wasNull() ? null : rating;
                String comment = rows.getString(8);
                view.apply(rows.getString(1), rows.getString(2), new CurrentFeedback.Current(instant(rows, 3),
                        rows.getObject(4, UUID.class), rows.getBoolean(5), tags(rows.getArray(6)), rated,
                        comment != null && !comment.isBlank(), rows.getString(10), rows.getString(11), comment,
                        slides(rows.getArray(12))));
                view.wasAt(rows.getString(1), rows.getString(9));
            }
        }
        return view;
    }

    /**
     * {@link #EVENT_COLUMNS}, with no slides (or time first given) where the table has no such column yet: a database of an older version
     * opened read-only (a writable open brings it up to date first) reads its entries as about whole files.
     */
    private static String eventColumns(Connection connection) throws SQLException {
        String columns = EVENT_COLUMNS;
        for (String column : List.of("slides", "given_at")) {
            try (ResultSet found = connection.getMetaData().getColumns(null, null, "FEEDBACK_EVENT",
                    column.toUpperCase(Locale.ROOT))) {
                columns = found.next() ? columns : columns.replace("e." + column, "NULL");
            }
        }
        return columns;
    }

    /** Reads an event from a row selected with {@link #EVENT_COLUMNS} first. */
    static FeedbackEvent readEvent(ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String hash = row.getString(3);
        String user = row.getString(4);
        Instant at = instant(row, 5);
        if ("withdraw".equals(row.getString(2))) {
            return new FeedbackWithdrawal(id, hash, user, at);
        }
        Object rating = row.getObject(7);
        return new FeedbackEntry(id, hash, row.getString(6), user, at, tags(row.getArray(11)),
                rating == null ? null : ((Number) rating).intValue(), row.getString(8), row.getString(9),
                row.getString(10), slides(row.getArray(12)),
                row.getObject(13) == null ? null : instant(row, 13));
    }

    private static List<Integer> slides(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Integer> slides = new ArrayList<>();
        for (Object n : (Object[]) array.getArray()) {
            slides.add(((Number) n).intValue());
        }
        return List.copyOf(slides);
    }

    static List<String> tags(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> tags = new ArrayList<>(values.length);
        for (Object tag : values) {
            tags.add((String) tag);
        }
        return List.copyOf(tags);
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
