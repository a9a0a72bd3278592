package org.collateralfinder.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content identity of a file: the SHA-256 of its bytes, as lower-case hex. Copies of a file share
 * it, and it survives renames and moves, so feedback and duplicate grouping key on it.
 */
public final class ContentHasher {

    private ContentHasher() {
    }

    public static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return hash(in, Long.MAX_VALUE);
        }
    }

    /**
     * Hashes a stream to its end (an archive member, say), refusing to read more than {@code maxBytes}:
     * a member that expands without end is not read to the end.
     */
    public static String hash(InputStream in, long maxBytes) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            total += n;
            if (total > maxBytes) {
                throw new IOException("the content is larger than the " + maxBytes / (1024 * 1024) + " MB limit");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
