package org.collateralfinder.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the lines a log gained since a byte offset, in bounded memory, handing each complete line to
 * a consumer with the offset just after it. A last line without its line break is handed over as a
 * fragment: it may still be being written.
 */
final class TeamLogReader {

    /** No event line is anywhere near this long (10,000-character comment, 32,767-character path, escaped). */
    static final int MAX_LINE_BYTES = 1 << 20;

    interface LineConsumer {
        /**
         * @param line      the line's bytes without its line break; null if it was longer than
         *                  {@link #MAX_LINE_BYTES}
         * @param endOffset the offset just after the line break
         */
        void line(byte[] line, long endOffset) throws IOException;

        /** The bytes after the last line break (no line break yet); not called when there are none. */
        void fragment(byte[] fragment, long endOffset) throws IOException;
    }

    private TeamLogReader() {
    }

    static void read(Path log, long fromOffset, long toOffset, LineConsumer consumer) throws IOException {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            boolean overlong = false;
            long position = fromOffset;
            while (position < toOffset) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), toOffset - position));
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                byte[] bytes = buffer.array();
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (bytes[i] != '\n') {
                        continue;
                    }
                    overlong |= append(line, bytes, start, i - start);
                    consumer.line(overlong ? null : line.toByteArray(), position + i + 1);
                    line.reset();
                    overlong = false;
                    start = i + 1;
                }
                overlong |= append(line, bytes, start, read - start);
                position += read;
            }
            if (line.size() > 0 || overlong) {
                consumer.fragment(overlong ? null : line.toByteArray(), position);
            }
        }
    }

    /** Appends unless the line would get too long; returns true when it is too long. */
    private static boolean append(ByteArrayOutputStream line, byte[] bytes, int from, int length) {
        if (line.size() + length > MAX_LINE_BYTES) {
            line.reset();
            return true;
        }
        line.write(bytes, from, length);
        return false;
    }
}
