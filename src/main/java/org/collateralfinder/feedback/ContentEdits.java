package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.MovedFile;

/**
 * The SQL of edits in place ({@code content_succession}): a file that kept its path but got new content is
 * a fact about that path, which had the previous content ({@link CurrentFeedback#wasAt}); feedback on it
 * then follows the file at that path ({@link FeedbackByFile}). A file then moved takes those contents along
 * ({@code content_move}). Every method runs on the caller's connection and transaction.
 */
final class ContentEdits {

    private static final String INSERT = """
            MERGE INTO content_succession (previous_hash, content_hash, path, seen_at) KEY (previous_hash, content_hash, path)
            VALUES (?, ?, ?, ?)
            """;
    private static final String ALL = """
            SELECT previous_hash, path FROM content_succession
            """;
    private static final String INSERT_MOVE = """
            MERGE INTO content_move (content_hash, from_path, to_path, seen_at) KEY (content_hash, from_path, to_path)
            VALUES (?, ?, ?, ?)
            """;
    /** In the order seen; moves seen in one run concern different paths, so their order among them does not matter. */
    private static final String ALL_MOVES = """
            SELECT content_hash, from_path, to_path FROM content_move ORDER BY seen_at
            """;

    private ContentEdits() {
    }

    /** Records the edits (again is harmless) and where the previous contents were in the current view. */
    static void insert(Connection connection, Collection<EditedFile> edits, Instant seenAt, CurrentFeedback view)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(INSERT)) {
            for (EditedFile edit : edits) {
                merge.setString(1, edit.previousHash());
                merge.setString(2, edit.contentHash());
                merge.setString(3, edit.path());
                merge.setObject(4, EventTable.timestamp(seenAt));
                merge.addBatch();
            }
            merge.executeBatch();
        }
        edits.forEach(edit -> view.wasAt(edit.previousHash(), edit.path()));
    }

    /**
     * Records files moved (again is harmless: a move seen again counts from then): each takes along the
     * contents that were at its old path, so feedback the file carried there from before an edit follows it,
     * and a file put at the old path later does not get it.
     */
    static void insertMoves(Connection connection, Collection<MovedFile> moves, Instant seenAt, CurrentFeedback view)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(INSERT_MOVE)) {
            for (MovedFile move : moves) {
                for (String hash : view.contentsThatWereAt(move.from())) {
                    merge.setString(1, hash);
                    merge.setString(2, move.from());
                    merge.setString(3, move.to());
                    merge.setObject(4, EventTable.timestamp(seenAt));
                    merge.executeUpdate();
                    view.moved(new CurrentFeedback.Move(hash, move.from(), move.to()));
                }
            }
        }
    }

    /**
     * Tells the view where every recorded edit's previous content was, and which files moved. A database of a
     * version before edits (or moves) were recorded (opened read-only by a command that may not migrate it) has none.
     */
    static void load(Connection connection, CurrentFeedback view) throws SQLException {
        if (!hasTable(connection, "CONTENT_SUCCESSION")) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(ALL); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                view.wasAt(rows.getString(1), rows.getString(2));
            }
        }
        if (!hasTable(connection, "CONTENT_MOVE")) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(ALL_MOVES); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                view.moved(new CurrentFeedback.Move(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet table = connection.getMetaData().getTables(null, null, name, null)) {
            return table.next();
        }
    }
}
