package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * How far each log of a team folder has been merged, and whether that still holds: one rule for the feedback
 * logs and for marketing's answers ({@code responses/<name>.jsonl}).
 *
 * <p>A log is only appended to, so the bytes merged so far stay as they were, and a sync reads only what
 * follows them. A share restored from a backup breaks that: the log is shorter, or it grew again after the
 * restore with other lines where the merged ones were. So each cursor keeps a fingerprint of the bytes up to
 * it (the first and the last {@value #WINDOW} bytes before its offset; every line holds its entry's random id,
 * so other lines never give the same bytes there), and a log that no longer holds them is read again from its
 * start. Merging is idempotent by entry id, so reading again only costs the time.
 */
final class TeamLogCursors {

    /** The bytes at either end of what was read that the fingerprint covers. */
    static final int WINDOW = 4096;

    private static final String CURSORS = """
            SELECT file_name, byte_offset, lines_read, fingerprint FROM team_log_cursor WHERE folder = ?
            """;
    private static final String SAVE = """
            MERGE INTO team_log_cursor (folder, file_name, byte_offset, lines_read, fingerprint) KEY (folder, file_name)
            VALUES (?, ?, ?, ?, ?)
            """;

    /**
     * How far a log has been merged.
     *
     * @param fingerprint of the log's bytes up to {@code offset} ({@link #fingerprint}); null for a cursor saved
     *                    before fingerprints were kept, which is not trusted
     */
    record Cursor(long offset, long lines, String fingerprint) {
        static final Cursor START = new Cursor(0, 0, null);

        boolean atStart() {
            return offset == 0;
        }
    }

    private TeamLogCursors() {
    }

    /** The cursors of a folder's logs by name ({@code alice.jsonl}, {@code responses/maria.jsonl}). */
    static Map<String, Cursor> load(Connection connection, String folderKey) throws SQLException {
        Map<String, Cursor> cursors = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CURSORS)) {
            select.setString(1, folderKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cursors.put(rows.getString(1), new Cursor(rows.getLong(2), rows.getLong(3), rows.getString(4)));
                }
            }
        }
        return cursors;
    }

    static void save(Connection connection, String folderKey, String name, Cursor cursor) throws SQLException {
        try (PreparedStatement save = connection.prepareStatement(SAVE)) {
            save.setString(1, folderKey);
            save.setString(2, name);
            save.setLong(3, cursor.offset());
            save.setLong(4, cursor.lines());
            save.setString(5, cursor.fingerprint());
            save.executeUpdate();
        }
    }

    /**
     * Where to go on reading a log of {@code size} bytes: the remembered cursor while the log still holds the bytes
     * read up to it, else its start.
     */
    static Cursor resume(Path log, long size, Cursor remembered) throws IOException {
        if (remembered.atStart()) {
            return Cursor.START;
        }
        if (size < remembered.offset() || !fingerprint(log, remembered.offset()).equals(remembered.fingerprint())) {
            return Cursor.START;
        }
        return remembered;
    }

    /** The cursor after reading a log up to {@code offset} ({@code lines} lines). */
    static Cursor readTo(Path log, long offset, long lines) throws IOException {
        return new Cursor(offset, lines, fingerprint(log, offset));
    }

    /**
     * SHA-256 of the log's first {@value #WINDOW} bytes and of the {@value #WINDOW} bytes before {@code offset}
     * (once, where they overlap), in hex.
     */
    static String fingerprint(Path log, long offset) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long head = Math.min(WINDOW, offset);
            digestRange(channel, 0, head, digest);
            digestRange(channel, Math.max(head, offset - WINDOW), offset, digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds the bytes from {@code from} to {@code to}; a log shorter than that adds what it has. */
    private static void digestRange(FileChannel channel, long from, long to, MessageDigest digest) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(WINDOW);
        long position = from;
        while (position < to) {
            buffer.clear().limit((int) Math.min(WINDOW, to - position));
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return;
            }
            digest.update(buffer.flip());
            position += read;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
