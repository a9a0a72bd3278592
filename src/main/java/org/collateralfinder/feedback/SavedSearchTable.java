package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.model.SavedSearch;

/**
 * The SQL of the saved searches: each with its filters and the files it matched when last opened. Every method runs
 * on the caller's connection and transaction.
 */
final class SavedSearchTable {

    private static final String ALL = """
            SELECT name, query, sort, as_you_type, saved_at, opened_at FROM saved_search ORDER BY name_key
            """;
    private static final String ONE = """
            SELECT name, query, sort, as_you_type, saved_at, opened_at FROM saved_search WHERE name_key = ?
            """;
    private static final String FILTERS = """
            SELECT name, dimension, filter_value FROM saved_search_filter ORDER BY name, position
            """;
    private static final String INSERT = """
            INSERT INTO saved_search (name, name_key, query, sort, as_you_type, saved_at, opened_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_FILTER = """
            INSERT INTO saved_search_filter (name, position, dimension, filter_value) VALUES (?, ?, ?, ?)
            """;
    private static final String DELETE = """
            DELETE FROM saved_search WHERE name_key = ?
            """;
    private static final String OPENED = """
            UPDATE saved_search SET opened_at = ? WHERE name = ?
            """;
    private static final String FILES = """
            SELECT path, content_hash FROM saved_search_file WHERE name = ?
            """;
    private static final String FORGET_FILES = """
            DELETE FROM saved_search_file WHERE name = ?
            """;
    private static final String INSERT_FILE = """
            INSERT INTO saved_search_file (name, path, content_hash) VALUES (?, ?, ?)
            """;

    private SavedSearchTable() {
    }

    /** Every saved search, by name (case aside); none in a database of an earlier version opened read-only. */
    static List<SavedSearch> all(Connection connection) throws SQLException {
        if (!TeamLogRows.tableExists(connection, "SAVED_SEARCH")) {
            return List.of();
        }
        Map<String, Map<String, List<String>>> filters = filters(connection);
        List<SavedSearch> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ALL); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.add(read(rows, filters));
            }
        }
        return all;
    }

    /** The saved search of this name (case aside). */
    static Optional<SavedSearch> find(Connection connection, String name) throws SQLException {
        if (!TeamLogRows.tableExists(connection, "SAVED_SEARCH")) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(ONE)) {
            select.setString(1, SavedSearch.key(name));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows, filters(connection))) : Optional.empty();
            }
        }
    }

    /** Stores a search, replacing one of the same name (case aside), with the files it matches now. */
    static void save(Connection connection, SavedSearch search, Map<String, String> matching) throws SQLException {
        remove(connection, search.name());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, search.name());
            insert.setString(2, SavedSearch.key(search.name()));
            insert.setString(3, search.query());
            insert.setString(4, search.sort());
            insert.setBoolean(5, search.asYouType());
            insert.setObject(6, EventTable.timestamp(search.savedAt()));
            insert.setObject(7, EventTable.timestamp(search.openedAt()));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FILTER)) {
            int position = 0;
            for (Map.Entry<String, List<String>> filter : search.filters().entrySet()) {
                for (String value : filter.getValue()) {
                    insert.setString(1, search.name());
                    insert.setInt(2, position++);
                    insert.setString(3, filter.getKey());
                    insert.setString(4, value);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        replaceFiles(connection, search.name(), matching);
    }

    /** Forgets the saved search of this name (case aside); whether there was one. */
    static boolean remove(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, SavedSearch.key(name));
            return delete.executeUpdate() > 0;
        }
    }

    /** The rep opened the search now: what it matches now is what later changes are counted against. */
    static void opened(Connection connection, String name, Instant at, Map<String, String> matching) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(OPENED)) {
            update.setObject(1, EventTable.timestamp(at));
            update.setString(2, name);
            update.executeUpdate();
        }
        replaceFiles(connection, name, matching);
    }

    /** The files the search matched when last opened: path to content hash ("" for a file without one). */
    static Map<String, String> files(Connection connection, String name) throws SQLException {
        Map<String, String> files = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(FILES)) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.put(rows.getString(1), rows.getString(2) == null ? "" : rows.getString(2));
                }
            }
        }
        return files;
    }

    private static void replaceFiles(Connection connection, String name, Map<String, String> matching)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(FORGET_FILES)) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FILE)) {
            for (Map.Entry<String, String> file : matching.entrySet()) {
                insert.setString(1, name);
                insert.setString(2, file.getKey());
                insert.setString(3, file.getValue().isEmpty() ? null : file.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, Map<String, List<String>>> filters(Connection connection) throws SQLException {
        Map<String, Map<String, List<String>>> filters = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(FILTERS); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                filters.computeIfAbsent(rows.getString(1), n -> new LinkedHashMap<>())
                        .computeIfAbsent(rows.getString(2), d -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        return filters;
    }

    private static SavedSearch read(ResultSet rows, Map<String, Map<String, List<String>>> filters) throws SQLException {
        String name = rows.getString(1);
        return new SavedSearch(name, rows.getString(2), filters.getOrDefault(name, Map.of()), rows.getString(3),
                rows.getBoolean(4), EventTable.instant(rows, 5), EventTable.instant(rows, 6));
    }
}
