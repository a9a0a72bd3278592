package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import org.collateralfinder.model.EditedFile;

/**
 * The SQL of edits in place ({@code content_succession}): a file that kept its path but got new content is
 * a fact about that path, which had the previous content ({@link CurrentFeedback#wasAt}); feedback on it
 * then follows the file at that path ({@link FeedbackByFile}). Every method runs on the caller's connection
 * and transaction.
 */
final class ContentEdits {

    private static final String INSERT = """
            MERGE INTO content_succession (previous_hash, content_hash, path, seen_at) KEY (previous_hash, content_hash, path)
            VALUES (?, ?, ?, ?)
            """;
    private static final String ALL = """
            SELECT previous_hash, path FROM content_succession
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
     * Tells the view where every recorded edit's previous content was. A database of a version before edits
     * were recorded (opened read-only by a command that may not migrate it) has none.
     */
    static void load(Connection connection, CurrentFeedback view) throws SQLException {
        try (ResultSet table = connection.getMetaData().getTables(null, null, "CONTENT_SUCCESSION", null)) {
            if (!table.next()) {
                return;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(ALL); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                view.wasAt(rows.getString(1), rows.getString(2));
            }
        }
    }
}
