package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.collateralfinder.model.CollateralException;

/**
 * Reps' feedback on files, keyed by content hash: what the GUI records and shows, and what search
 * filters and ranks with. "Current" feedback is each rep's latest entry per content hash, unless they
 * withdrew it; everything else is history. All methods are safe to call from background threads.
 */
public final class FeedbackRepository {

    private static final String CURRENT_ENTRIES = """
            SELECT %s, COALESCE(p.path, e.path) AS shown_path
            FROM feedback_current c
            JOIN feedback_event e ON e.id = c.event_id
            LEFT JOIN content_path p ON p.content_hash = e.content_hash
            WHERE c.is_entry
            ORDER BY e.at DESC, e.id DESC
            """.formatted(EventTable.EVENT_COLUMNS);
    private static final String CURRENT_ENTRIES_OF_HASH = """
            SELECT %s, COALESCE(p.path, e.path) AS shown_path
            FROM feedback_current c
            JOIN feedback_event e ON e.id = c.event_id
            LEFT JOIN content_path p ON p.content_hash = e.content_hash
            WHERE c.is_entry AND c.content_hash = ?
            ORDER BY e.at DESC, e.id DESC
            """.formatted(EventTable.EVENT_COLUMNS);
    private static final String HISTORY = """
            SELECT %s, c.event_id IS NOT NULL AND c.is_entry AS is_current
            FROM feedback_event e
            LEFT JOIN feedback_current c ON c.event_id = e.id
            WHERE e.content_hash = ?
            ORDER BY e.at, e.id
            """.formatted(EventTable.EVENT_COLUMNS);
    private static final String CURRENT_OF_USER = """
            SELECT at, is_entry FROM feedback_current WHERE content_hash = ? AND user_name = ?
            """;
    private static final String REMEMBER_PATH = """
            MERGE INTO content_path (content_hash, path, seen_at, event_id, seen_locally) KEY (content_hash)
            VALUES (?, ?, ?, NULL, TRUE)
            """;
    private static final String LAST_KNOWN_PATH = """
            SELECT path FROM content_path WHERE content_hash = ?
            """;
    private static final String SUMMARY_ROWS = """
            SELECT c.content_hash, e.rating, e.comment
            FROM feedback_current c JOIN feedback_event e ON e.id = c.event_id
            WHERE c.is_entry AND c.content_hash = ANY(?)
            """;
    private static final String SUMMARY_TAGS = """
            SELECT c.content_hash, t.tag, COUNT(*) AS reps
            FROM feedback_current c JOIN feedback_tag t ON t.event_id = c.event_id
            WHERE c.is_entry AND c.content_hash = ANY(?)
            GROUP BY c.content_hash, t.tag
            """;
    private static final String HASHES_WITH_TAG = """
            SELECT DISTINCT c.content_hash
            FROM feedback_tag t JOIN feedback_current c ON c.event_id = t.event_id
            WHERE t.tag = ? AND c.is_entry
            """;
    private static final String AVERAGE_RATINGS = """
            SELECT c.content_hash, AVG(CAST(e.rating AS DOUBLE PRECISION))
            FROM feedback_current c JOIN feedback_event e ON e.id = c.event_id
            WHERE c.is_entry AND e.rating IS NOT NULL
            GROUP BY c.content_hash
            """;
    private static final String HASHES_COMMENTED = """
            SELECT DISTINCT c.content_hash
            FROM feedback_current c JOIN feedback_event e ON e.id = c.event_id
            WHERE c.is_entry AND e.comment IS NOT NULL AND TRIM(e.comment) <> ''
            """;

    private final FeedbackDatabase database;
    private final Clock clock;

    public FeedbackRepository(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    public FeedbackRepository(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Records an entry; it supersedes the same rep's previous entry on the same content (which stays in
     * the history). Durable when this returns. If the entry's time is not after the rep's current event
     * on this content (same instant, clock set back), it is moved just after it so it still wins.
     *
     * @return the entry as stored
     */
    public FeedbackEntry add(FeedbackEntry entry) {
        Objects.requireNonNull(entry);
        return database.write(connection -> {
            FeedbackEntry stored = entry;
            Optional<CurrentEvent> current = currentEvent(connection, entry.contentHash(), entry.user());
            if (current.isPresent() && !current.get().at().isBefore(entry.at())) {
                stored = entry.withAt(current.get().at().plus(1, ChronoUnit.MICROS));
            }
            EventTable.insertNew(connection, List.of(stored), true);
            rememberPath(connection, stored.contentHash(), stored.path(), stored.at());
            return stored;
        });
    }

    /**
     * Withdraws a rep's current feedback on a content hash. Their entries stay in the history.
     *
     * @throws CollateralException when the rep has no current feedback on it
     */
    public FeedbackWithdrawal withdraw(String contentHash, String user) {
        FeedbackLimits.checkContentHash(contentHash);
        String who = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
        return database.write(connection -> {
            Optional<CurrentEvent> current = currentEvent(connection, contentHash, who);
            if (current.isEmpty() || !current.get().entry()) {
                throw new CollateralException(who + " has no feedback on this file to withdraw.");
            }
            Instant now = clock.instant();
            Instant at = current.get().at().isBefore(now) ? now : current.get().at().plus(1, ChronoUnit.MICROS);
            FeedbackWithdrawal withdrawal = new FeedbackWithdrawal(UUID.randomUUID(), contentHash, who, at);
            EventTable.insertNew(connection, List.of(withdrawal), true);
            return withdrawal;
        });
    }

    /** Every event on a content hash, oldest first, each marked current or not. */
    public List<FeedbackHistoryItem> history(String contentHash) {
        return database.read(connection -> {
            List<FeedbackHistoryItem> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(HISTORY)) {
                select.setString(1, contentHash);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new FeedbackHistoryItem(EventTable.readEvent(rows), rows.getBoolean("is_current")));
                    }
                }
            }
            return items;
        });
    }

    /**
     * Current entries, newest first: of one content hash, or of all when empty. Each entry's path is the
     * content's last known path on this computer.
     */
    public List<FeedbackEntry> list(Optional<String> contentHash) {
        return database.read(connection -> {
            List<FeedbackEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    contentHash.isPresent() ? CURRENT_ENTRIES_OF_HASH : CURRENT_ENTRIES)) {
                if (contentHash.isPresent()) {
                    select.setString(1, contentHash.get());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        FeedbackEntry entry = (FeedbackEntry) EventTable.readEvent(rows);
                        entries.add(entry.withPath(rows.getString("shown_path")));
                    }
                }
            }
            return entries;
        });
    }

    /** Remembers where a content hash is now (the index calls this for files it sees moved or renamed). */
    public void rememberPath(String contentHash, String path) {
        FeedbackLimits.checkContentHash(contentHash);
        FeedbackLimits.checkPath(path);
        database.write(connection -> {
            rememberPath(connection, contentHash, path, clock.instant());
            return null;
        });
    }

    public Optional<String> lastKnownPath(String contentHash) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(LAST_KNOWN_PATH)) {
                select.setString(1, contentHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Summaries of the current feedback on each of these hashes. Every hash asked for is in the map;
     * those without feedback map to {@link FeedbackSummary#empty}.
     */
    public Map<String, FeedbackSummary> summaries(Collection<String> contentHashes) {
        List<String> hashes = List.copyOf(new LinkedHashSet<>(contentHashes));
        return database.read(connection -> {
            Map<String, int[]> ratings = new HashMap<>();   // hash -> {entries, rated, ratingSum, commented}
            Map<String, Map<String, Integer>> tags = new HashMap<>();
            for (int from = 0; from < hashes.size(); from += EventTable.CHUNK) {
                String[] chunk = hashes.subList(from, Math.min(hashes.size(), from + EventTable.CHUNK))
                        .toArray(String[]::new);
                readSummaryRows(connection, chunk, ratings);
                readSummaryTags(connection, chunk, tags);
            }
            Map<String, FeedbackSummary> summaries = new LinkedHashMap<>();
            for (String hash : hashes) {
                int[] r = ratings.get(hash);
                if (r == null) {
                    summaries.put(hash, FeedbackSummary.empty(hash));
                    continue;
                }
                summaries.put(hash, new FeedbackSummary(hash, sortedByCount(tags.getOrDefault(hash, Map.of())),
                        r[1] == 0 ? null : (double) r[2] / r[1], r[0], r[3] > 0));
            }
            return summaries;
        });
    }

    private static void readSummaryRows(Connection connection, String[] hashes, Map<String, int[]> into)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SUMMARY_ROWS)) {
            select.setObject(1, hashes);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int[] r = into.computeIfAbsent(rows.getString(1), h -> new int[4]);
                    r[0]++;
                    int rating = rows.getInt(2);
                    if (!rows.wasNull()) {
                        r[1]++;
                        r[2] += rating;
                    }
                    String comment = rows.getString(3);
                    if (comment != null && !comment.isBlank()) {
                        r[3]++;
                    }
                }
            }
        }
    }

    private static void readSummaryTags(Connection connection, String[] hashes,
                                        Map<String, Map<String, Integer>> into) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SUMMARY_TAGS)) {
            select.setObject(1, hashes);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    into.computeIfAbsent(rows.getString(1), h -> new HashMap<>()).put(rows.getString(2), rows.getInt(3));
                }
            }
        }
    }

    static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Hashes whose current feedback has this tag (in any spelling {@link FeedbackTags#normalize} accepts). */
    public Set<String> hashesWithTag(String tag) {
        String normal = FeedbackTags.normalize(tag);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(HASHES_WITH_TAG)) {
                select.setString(1, normal);
                return hashes(select);
            }
        });
    }

    /** Hashes whose average current rating compares to {@code value} as asked: {@code rating:>=4}. */
    public Set<String> hashesWithRating(RatingComparison comparison, double value) {
        Objects.requireNonNull(comparison);
        return database.read(connection -> {
            Set<String> matching = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement(AVERAGE_RATINGS);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (comparison.test(rows.getDouble(2), value)) {
                        matching.add(rows.getString(1));
                    }
                }
            }
            return matching;
        });
    }

    /** Hashes with at least one current comment: {@code commented:yes}. */
    public Set<String> hashesCommented() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(HASHES_COMMENTED)) {
                return hashes(select);
            }
        });
    }

    private static Set<String> hashes(PreparedStatement select) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    /** A rep's current event on a content hash: when, and whether it is an entry or a withdrawal. */
    private record CurrentEvent(Instant at, boolean entry) {
    }

    private static Optional<CurrentEvent> currentEvent(Connection connection, String hash, String user)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CURRENT_OF_USER)) {
            select.setString(1, hash);
            select.setString(2, user);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new CurrentEvent(EventTable.instant(rows, 1), rows.getBoolean(2)))
                        : Optional.empty();
            }
        }
    }

    private static void rememberPath(Connection connection, String hash, String path, Instant at) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(REMEMBER_PATH)) {
            merge.setString(1, hash);
            merge.setString(2, path);
            merge.setObject(3, EventTable.timestamp(at));
            merge.executeUpdate();
        }
    }
}
