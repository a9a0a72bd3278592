package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of the searches that found nothing: this computer's tallies of the week, its weekly counts queued for its
 * gaps log, and the team's counts merged from every log (deduplicated by query and id, as the other team entries are).
 * Every method runs on the caller's connection and transaction.
 */
final class SearchGapTable {

    private static final String COLUMNS = """
            g.id, g.laptop, g.week, g.query, g.searches, g.found_nothing, g.last_day
            """;
    private static final String INSERT = """
            INSERT INTO search_gap (id, laptop, week, query, searches, found_nothing, last_day)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_OUTBOX = """
            INSERT INTO search_gap_outbox (query, gap_id) VALUES (?, ?)
            """;
    private static final String INSERT_LOCAL = """
            INSERT INTO local_search_gap (query, gap_id) VALUES (?, ?)
            """;
    private static final String MARK_PUBLISHED = """
            DELETE FROM search_gap_outbox WHERE query = ? AND gap_id = ?
            """;
    private static final String UNPUBLISHED = """
            SELECT %s FROM search_gap_outbox o
            JOIN search_gap g ON g.query = o.query AND g.id = o.gap_id
            ORDER BY g.week, g.query, g.id
            """.formatted(COLUMNS);
    private static final List<String> DROP = List.of("""
            DELETE FROM search_gap_outbox WHERE query = ? AND gap_id = ?
            """, """
            DELETE FROM local_search_gap WHERE query = ? AND gap_id = ?
            """, """
            DELETE FROM search_gap WHERE query = ? AND id = ?
            """);
    private static final String TALLY = """
            MERGE INTO search_gap_tally t
            USING (SELECT CAST(? AS DATE) AS in_week, CAST(? AS CHARACTER VARYING(200)) AS in_query,
                          CAST(? AS INTEGER) AS in_nothing, CAST(? AS DATE) AS in_day) s
            ON t.week = s.in_week AND t.query = s.in_query
            WHEN MATCHED THEN UPDATE SET searches = LEAST(t.searches + 1, ?),
                 found_nothing = LEAST(t.found_nothing + s.in_nothing, LEAST(t.searches + 1, ?)),
                 last_day = GREATEST(t.last_day, s.in_day)
            WHEN NOT MATCHED THEN INSERT (week, query, searches, found_nothing, last_day)
                 VALUES (s.in_week, s.in_query, 1, s.in_nothing, s.in_day)
            """;
    private static final String TALLIES_BEFORE = """
            SELECT week, query, searches, found_nothing, last_day FROM search_gap_tally WHERE week < ?
            ORDER BY week, query
            """;
    private static final String TALLIES_FROM = """
            SELECT week, query, searches, found_nothing, last_day FROM search_gap_tally WHERE week >= ?
            """;
    private static final String DELETE_TALLIES_BEFORE = """
            DELETE FROM search_gap_tally WHERE week < ?
            """;
    private static final String TALLIED = """
            SELECT COALESCE(SUM(searches), 0) FROM search_gap_tally
            """;
    private static final String DELETE_TALLIES = """
            DELETE FROM search_gap_tally
            """;
    private static final String COUNTS_FROM = """
            SELECT %s FROM search_gap g WHERE g.week >= ?
            """.formatted(COLUMNS);
    private static final String LAPTOP = """
            SELECT laptop FROM laptop_id WHERE id = 1
            """;
    private static final String SAVE_LAPTOP = """
            INSERT INTO laptop_id (id, laptop) VALUES (1, ?)
            """;

    private static final TeamLogRows<SearchGapCount> ROWS = new TeamLogRows<>(SearchGapCount::id,
            TeamLogRows.byContentAndId(SearchGapCount::query, SearchGapCount::id),
            INSERT, SearchGapTable::bind, List.of(INSERT_OUTBOX, INSERT_LOCAL), MARK_PUBLISHED);

    private SearchGapTable() {
    }

    private static void bind(PreparedStatement insert, SearchGapCount count) throws SQLException {
        insert.setObject(1, count.id());
        insert.setString(2, count.laptop());
        insert.setObject(3, count.week());
        insert.setString(4, count.query());
        insert.setInt(5, count.searches());
        insert.setInt(6, count.foundNothing());
        insert.setObject(7, count.lastDay());
    }

    /** Whether the tables are there (a database of an earlier version opened read-only has none). */
    static boolean exists(Connection connection) throws SQLException {
        return TeamLogRows.tableExists(connection, "SEARCH_GAP");
    }

    /** Counts one search of {@code query} in the week starting on {@code week}, searched on {@code day}. */
    static void tally(Connection connection, LocalDate week, String query, boolean foundNothing, LocalDate day)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(TALLY)) {
            merge.setObject(1, week);
            merge.setString(2, query);
            merge.setInt(3, foundNothing ? 1 : 0);
            merge.setObject(4, day);
            merge.setInt(5, SearchGaps.MAX_WEEKLY_SEARCHES);
            merge.setInt(6, SearchGaps.MAX_WEEKLY_SEARCHES);
            merge.executeUpdate();
        }
    }

    /**
     * Turns the tallies of the weeks before {@code week} into this computer's weekly counts, queued for its gaps log.
     *
     * @return the counts made
     */
    static List<SearchGapCount> closeWeeksBefore(Connection connection, LocalDate week, String laptop)
            throws SQLException {
        List<SearchGapCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(TALLIES_BEFORE)) {
            select.setObject(1, week);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new SearchGapCount(UUID.randomUUID(), laptop, rows.getObject(1, LocalDate.class),
                            rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getObject(5, LocalDate.class)));
                }
            }
        }
        if (counts.isEmpty()) {
            return counts;
        }
        ROWS.insertNew(connection, counts, true);
        try (PreparedStatement delete = connection.prepareStatement(DELETE_TALLIES_BEFORE)) {
            delete.setObject(1, week);
            delete.executeUpdate();
        }
        return counts;
    }

    /**
     * Forgets what this computer counted and has not written to a team folder: the tallies and the weekly counts that
     * wait. What a gaps log holds already stays (other laptops have it).
     *
     * @return how many searches were forgotten
     */
    static int forgetUnshared(Connection connection) throws SQLException {
        int searches = 0;
        try (PreparedStatement select = connection.prepareStatement(TALLIED);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            searches += rows.getInt(1);
        }
        List<SearchGapCount> waiting = unpublished(connection);
        for (SearchGapCount count : waiting) {
            searches += count.searches();
        }
        for (String sql : DROP) {
            ROWS.eachByKey(connection, sql, waiting);
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_TALLIES)) {
            delete.executeUpdate();
        }
        return searches;
    }

    /** This computer's weekly counts not yet written to a team folder, oldest week first. */
    static List<SearchGapCount> unpublished(Connection connection) throws SQLException {
        List<SearchGapCount> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNPUBLISHED); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.add(read(rows));
            }
        }
        return counts;
    }

    static void markPublished(Connection connection, Collection<SearchGapCount> counts) throws SQLException {
        ROWS.markPublished(connection, counts);
    }

    /** Stores the counts read from a log that are not stored yet; returns those. */
    static List<SearchGapCount> insertNew(Connection connection, Collection<SearchGapCount> counts) throws SQLException {
        return ROWS.insertNew(connection, counts, false);
    }

    /**
     * The searches that found nothing since the week starting on {@code fromWeek}: the team's weekly counts and this
     * computer's tallies of weeks not over yet, summed per query, most searched first (then the latest, then by
     * query); none in a database of an earlier version opened read-only.
     *
     * <p>A laptop's lines for one week and query add up (a search it counted in a week it had shared already goes in a
     * line of its own), but never beyond what one computer makes in a week ({@link SearchGaps#MAX_WEEKLY_SEARCHES}):
     * several lines each under the cap of one line do not inflate a query (issue 16 re-test t16, minor 6). The sum is
     * taken before the cap, so every laptop reports the same whatever order it merged the lines in.
     */
    static List<SearchGap> since(Connection connection, LocalDate fromWeek) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        String thisLaptop = "";
        try (PreparedStatement select = connection.prepareStatement(LAPTOP); ResultSet row = select.executeQuery()) {
            if (row.next()) {
                thisLaptop = row.getString(1);
            }
        }
        Map<List<Object>, int[]> weekly = new LinkedHashMap<>(); // laptop, week, query → searches, found nothing
        Map<String, LocalDate> last = new LinkedHashMap<>();
        for (String sql : List.of(COUNTS_FROM, TALLIES_FROM)) {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, fromWeek);
                try (ResultSet rows = select.executeQuery()) {
                    boolean tallies = sql.equals(TALLIES_FROM);
                    while (rows.next()) {
                        String laptop = tallies ? thisLaptop : rows.getString(2);
                        LocalDate week = rows.getObject(tallies ? 1 : 3, LocalDate.class);
                        String query = rows.getString(tallies ? 2 : 4);
                        int[] sum = weekly.computeIfAbsent(List.of(laptop, week, query), k -> new int[2]);
                        sum[0] += rows.getInt(tallies ? 3 : 5);
                        sum[1] += rows.getInt(tallies ? 4 : 6);
                        LocalDate day = rows.getObject(tallies ? 5 : 7, LocalDate.class);
                        last.merge(query, day, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        weekly.forEach((key, sum) -> {
            int searches = Math.min(sum[0], SearchGaps.MAX_WEEKLY_SEARCHES);
            int[] total = counts.computeIfAbsent((String) key.get(2), q -> new int[2]);
            total[0] += searches;
            total[1] += Math.min(sum[1], searches);
        });
        List<SearchGap> gaps = new ArrayList<>();
        counts.forEach((query, sum) -> gaps.add(new SearchGap(query, sum[0], sum[1], last.get(query))));
        gaps.sort(Comparator.comparingInt(SearchGap::count).reversed()
                .thenComparing(SearchGap::last, Comparator.reverseOrder())
                .thenComparing(SearchGap::query));
        return gaps;
    }

    /** This computer's random id, made and stored the first time it is asked for. */
    static String laptop(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LAPTOP); ResultSet row = select.executeQuery()) {
            if (row.next()) {
                return row.getString(1);
            }
        }
        String laptop = UUID.randomUUID().toString();
        try (PreparedStatement save = connection.prepareStatement(SAVE_LAPTOP)) {
            save.setString(1, laptop);
            save.executeUpdate();
        }
        return laptop;
    }

    private static SearchGapCount read(ResultSet rows) throws SQLException {
        return new SearchGapCount(rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, LocalDate.class),
                rows.getString(4), rows.getInt(5), rows.getInt(6), rows.getObject(7, LocalDate.class));
    }
}
