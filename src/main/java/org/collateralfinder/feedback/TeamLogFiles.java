package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.collateralfinder.model.TeamFeedbackFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a team folder: which log belongs to which rep, and appending to one safely. A log is
 * only ever appended to, by its own rep's app; it is never rewritten.
 */
public final class TeamLogFiles {

    /** The team folder's name at the root of a source. */
    public static final String DEFAULT_FOLDER_NAME = TeamFeedbackFolder.NAME;
    public static final String SUFFIX = ".jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(TeamLogFiles.class);
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * An append that failed: the log's name as the folder shows it ({@code alice.jsonl},
     * {@code responses/maria.jsonl}) and why, as a person reads it ("Is a directory").
     */
    record AppendFailure(String log, String why) {
    }

    private TeamLogFiles() {
    }

    /** The team folder of a source: {@code <source>/.collateral-feedback}. */
    public static Path defaultFolder(Path sourceRoot) {
        return sourceRoot.resolve(DEFAULT_FOLDER_NAME);
    }

    /**
     * The name of a rep's log: the user name in lower case with anything but letters, digits, '.', '-'
     * and '_' made '_' (safe on every file system and share), e.g. {@code "Jane Doe"} → {@code jane_doe.jsonl}.
     */
    public static String logFileName(String user) {
        String lower = user.strip().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(lower.length() + SUFFIX.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            name.append(safe ? c : '_');
        }
        if (name.isEmpty() || name.charAt(0) == '.') {
            name.insert(0, '_');
        }
        if (WINDOWS_RESERVED.contains(name.toString())) {
            name.append('_');
        }
        return name.append(SUFFIX).toString();
    }

    /**
     * Appends complete lines to a log and forces them to disk. If the log ends in a fragment (an
     * earlier append was cut short), a line break is written first so the fragment stays a line of its
     * own, which readers skip, instead of corrupting the first new line.
     *
     * @return where the lines were written: from the log's end before them to its end after them (a line break
     *         written first for a fragment is before {@code from})
     */
    static Appended append(Path log, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
             FileLock lock = lockIfSupported(channel, log)) {
            long size = channel.size();
            long from = size;
            ByteBuffer out = StandardCharsets.UTF_8.encode(text.toString());
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last, size - 1);
                if (last.get(0) != '\n') {
                    ByteBuffer repaired = ByteBuffer.allocate(out.remaining() + 1);
                    repaired.put((byte) '\n').put(out).flip();
                    out = repaired;
                    from++;
                }
            }
            long position = size;
            while (out.hasRemaining()) {
                position += channel.write(out, position);
            }
            channel.force(true);
            return new Appended(from, position);
        }
    }

    /** The bytes of a log an append wrote its lines to, {@code from} (inclusive) to {@code to}. */
    record Appended(long from, long to) {
    }

    /**
     * An exclusive lock on the log while appending, in case the same user name appends from two
     * computers at once; null where the file system (some network shares) does not support locks.
     */
    private static FileLock lockIfSupported(FileChannel channel, Path log) {
        try {
            return channel.lock();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Appending to {} without a lock: {}", log, e.toString());
            return null;
        }
    }

    /** The team logs in {@code folder}, by file name in name order. */
    static Map<String, Path> logsIn(Path folder) throws IOException {
        Map<String, Path> logs = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                if (isLog(file)) {
                    logs.put(file.getFileName().toString(), file);
                }
            }
        }
        return logs;
    }

    /** Whether a path names a log (a regular file ending in {@value #SUFFIX}). */
    static boolean isLog(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file);
    }
}
