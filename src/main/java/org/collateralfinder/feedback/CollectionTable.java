package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.collateralfinder.model.FileCollection;

/**
 * The SQL of collections: inserting versions once (deduplicated by id, like the feedback events), with their files,
 * the queue of shared versions to publish, and reading the latest version of each collection. Every method runs on
 * the caller's connection and transaction.
 */
final class CollectionTable {

    private static final String INSERT = """
            INSERT INTO collection_event (id, collection_id, author, at, name, description, shared, deleted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_MEMBER = """
            INSERT INTO collection_member (event_id, position, content_hash, path) VALUES (?, ?, ?, ?)
            """;
    private static final String INSERT_OUTBOX = """
            INSERT INTO collection_outbox (event_id) VALUES (?)
            """;
    private static final String INSERT_LOCAL = """
            INSERT INTO local_collection (event_id) VALUES (?)
            """;
    private static final String MARK_PUBLISHED = """
            DELETE FROM collection_outbox WHERE event_id = ?
            """;
    private static final String VERSIONS = """
            SELECT id, collection_id, author, at, name, description, shared, deleted FROM collection_event
            """;
    private static final String UNPUBLISHED = """
            SELECT e.id, e.collection_id, e.author, e.at, e.name, e.description, e.shared, e.deleted
            FROM collection_outbox o JOIN collection_event e ON e.id = o.event_id
            """;
    private static final String MEMBERS = """
            SELECT content_hash, path FROM collection_member WHERE event_id = ? ORDER BY position
            """;
    private static final String PLACES = """
            SELECT content_hash, path FROM collection_member
            """;

    private static final TeamLogRows<FileCollection> ROWS = new TeamLogRows<>(FileCollection::id,
            version -> List.of(version.id()), INSERT, CollectionTable::bind, List.of(INSERT_OUTBOX, INSERT_LOCAL),
            MARK_PUBLISHED);

    private CollectionTable() {
    }

    /**
     * Inserts the versions not stored yet, with their files; those recorded here that are shared ({@code local}) are
     * queued for publishing (a personal collection's never are). The view learns where each file was, so a file
     * edited in place there later is still the collection's ({@link CollectionFiles}).
     *
     * @return the versions actually inserted
     */
    static List<FileCollection> insertNew(Connection connection, Collection<FileCollection> versions, boolean local,
                                          CurrentFeedback view) throws SQLException {
        List<FileCollection> shared = versions.stream().filter(FileCollection::shared).toList();
        List<FileCollection> personal = versions.stream().filter(version -> !version.shared()).toList();
        List<FileCollection> fresh = new ArrayList<>(ROWS.insertNew(connection, shared, local));
        fresh.addAll(ROWS.insertNew(connection, personal, false));
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER)) {
            for (FileCollection version : fresh) {
                for (int i = 0; i < version.files().size(); i++) {
                    FileCollection.Member member = version.files().get(i);
                    insert.setObject(1, version.id());
                    insert.setInt(2, i);
                    insert.setString(3, member.contentHash());
                    insert.setString(4, member.path());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        fresh.forEach(version -> version.files().forEach(member -> view.wasAt(member.contentHash(), member.path())));
        return fresh;
    }

    private static void bind(PreparedStatement insert, FileCollection version) throws SQLException {
        insert.setObject(1, version.id());
        insert.setObject(2, version.collection());
        insert.setString(3, version.author());
        insert.setObject(4, EventTable.timestamp(version.at()));
        insert.setString(5, version.name());
        insert.setString(6, version.description());
        insert.setBoolean(7, version.shared());
        insert.setBoolean(8, version.deleted());
    }

    /**
     * The latest version of each collection (by author and collection: only an author's own versions make their
     * collection), deleted ones included, in {@link FileCollection#ORDER}; none in a database of an earlier version
     * opened read-only.
     */
    static List<FileCollection> latest(Connection connection) throws SQLException {
        if (!TeamLogRows.tableExists(connection, "COLLECTION_EVENT")) {
            return List.of();
        }
        List<FileCollection> versions = select(connection, VERSIONS);
        Map<List<Object>, FileCollection> latest = new LinkedHashMap<>();
        for (FileCollection version : versions) { // in ORDER: the latest stays
            latest.put(CollectionNameClaims.key(version), version);
        }
        // another author's shared collection holds the name: listed on its own author's computer only
        CollectionNameClaims.outnamed(versions, List.copyOf(latest.values())).forEach((key, outnamed) -> {
            if (!LogOwnership.isThisUser(outnamed.collection().author())) {
                latest.remove(key);
            }
        });
        List<FileCollection> withFiles = new ArrayList<>();
        for (FileCollection version : latest.values()) {
            withFiles.add(withFiles(connection, version));
        }
        withFiles.sort(FileCollection.ORDER);
        return withFiles;
    }

    /**
     * The shared collections among {@code read} (versions just read from a log) that another author's shared collection
     * holds the name of ({@link CollectionNameClaims}), one per collection.
     */
    static List<CollectionNameClaims.Outnamed> outnamedAmong(Connection connection, Collection<FileCollection> read)
            throws SQLException {
        if (read.isEmpty()) {
            return List.of();
        }
        List<FileCollection> versions = select(connection, VERSIONS);
        Map<List<Object>, FileCollection> latest = new LinkedHashMap<>();
        versions.forEach(version -> latest.put(CollectionNameClaims.key(version), version));
        Map<List<Object>, CollectionNameClaims.Outnamed> outnamed =
                CollectionNameClaims.outnamed(versions, List.copyOf(latest.values()));
        Set<List<Object>> keys = new HashSet<>();
        read.forEach(version -> keys.add(CollectionNameClaims.key(version)));
        // either side just read: the log of the one that holds the name may be read after the other's
        return outnamed.values().stream().filter(one -> keys.contains(CollectionNameClaims.key(one.collection()))
                        || keys.contains(CollectionNameClaims.key(one.holder())))
                .sorted(Comparator.comparing((CollectionNameClaims.Outnamed one) -> one.collection().author())
                        .thenComparing(one -> one.collection().collection().toString()))
                .toList();
    }

    /** Versions recorded here and not yet written to a team folder, oldest first. */
    static List<FileCollection> unpublished(Connection connection) throws SQLException {
        List<FileCollection> versions = new ArrayList<>();
        for (FileCollection version : select(connection, UNPUBLISHED)) {
            versions.add(withFiles(connection, version));
        }
        return versions;
    }

    static void markPublished(Connection connection, Collection<FileCollection> versions) throws SQLException {
        ROWS.markPublished(connection, versions);
    }

    /**
     * Tells the view where each file of a collection was, as feedback entries tell where theirs was: a file edited in
     * place there later is still the collection's, on every laptop.
     */
    static void placeMembers(Connection connection, CurrentFeedback view) throws SQLException {
        if (!TeamLogRows.tableExists(connection, "COLLECTION_MEMBER")) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(PLACES); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                view.wasAt(rows.getString(1), rows.getString(2));
            }
        }
    }

    /** The versions a statement selects, without their files, in {@link FileCollection#ORDER}. */
    private static List<FileCollection> select(Connection connection, String sql) throws SQLException {
        List<FileCollection> versions = new ArrayList<>();
        if (!TeamLogRows.tableExists(connection, "COLLECTION_EVENT")) {
            return versions;
        }
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.add(new FileCollection(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), EventTable.instant(rows, 4), rows.getString(5), rows.getString(6),
                        rows.getBoolean(7), rows.getBoolean(8), List.of()));
            }
        }
        versions.sort(FileCollection.ORDER);
        return versions;
    }

    private static FileCollection withFiles(Connection connection, FileCollection version) throws SQLException {
        List<FileCollection.Member> ordered = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(MEMBERS)) {
            select.setObject(1, version.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ordered.add(new FileCollection.Member(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return new FileCollection(version.id(), version.collection(), version.author(), version.at(), version.name(),
                version.description(), version.shared(), version.deleted(), ordered);
    }
}
