package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the feedback logs of a team folder for {@link TeamFolderSync}: merges what each log gained since its
 * cursor ({@link TeamLogCursors}), a few thousand events per transaction, skipping corrupt lines with a warning; a
 * log read whole (the first time, or once it no longer holds what was read) gets back the entries recorded here
 * that it lacks ({@link OwnLogs}), as does a log of this computer's that is gone.
 */
final class FeedbackLogMerge {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackLogMerge.class);
    private static final int EVENTS_PER_TRANSACTION = 5000;

    private final FeedbackDatabase database;
    private final EventLogCodec codec = new EventLogCodec();
    private final Path folder;
    private final String folderKey;
    private final List<String> warnings;
    private final int maxWarnings;
    int logsRead;
    int merged;
    int alreadyKnown;
    int skipped;
    int incomplete;
    /** Entries recorded here that a log read whole lacked, queued again. */
    int requeued;
    /** Entries recorded here that a log read whole lacked, not queued again as the folder cannot be written now. */
    int lacking;
    private Set<String> own = Set.of();
    private final boolean writable;

    /**
     * @param warnings where sentences about skipped lines and unreadable logs go (at most {@code maxWarnings})
     * @param writable whether the folder can be written now: only then are the entries a log lacks queued again
     */
    FeedbackLogMerge(FeedbackDatabase database, Path folder, List<String> warnings, int maxWarnings, boolean writable) {
        this.database = database;
        this.folder = folder;
        this.folderKey = folder.toString();
        this.warnings = warnings;
        this.maxWarnings = maxWarnings;
        this.writable = writable;
    }

    void run() {
        Map<String, TeamLogCursors.Cursor> cursors = database.read(c -> TeamLogCursors.load(c, folderKey));
        own = database.read(OwnLogs.FEEDBACK::names);
        Map<String, Path> logs;
        try {
            logs = TeamLogFiles.logsIn(folder);
        } catch (IOException e) {
            LOG.warn("Could not list the team folder {}", folder, e);
            warnings.add("The team folder could not be listed; nothing was merged.");
            return;
        }
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            try {
                mergeLog(log.getKey(), log.getValue(),
                        cursors.getOrDefault(log.getKey(), TeamLogCursors.Cursor.START));
            } catch (IOException e) {
                LOG.warn("Could not read {} in {}", log.getKey(), folder, e);
                warnings.add("Could not read " + log.getKey() + "; it will be tried again at the next sync.");
            }
        }
        for (String name : own) {
            if (!logs.containsKey(name)) { // gone, as when the share was restored from a backup taken before it
                putBackOwn(name, Set.of());
            }
        }
    }

    /** Queues again the entries recorded here that log {@code name}, read whole, lacks (counts them, if unwritable). */
    private void putBackOwn(String name, Set<UUID> inLog) {
        if (own.contains(name) && !writable) {
            lacking += database.read(c -> OwnLogs.FEEDBACK.countMissing(c, name, inLog));
        } else if (own.contains(name)) {
            int missing = database.writeBatch(c -> OwnLogs.FEEDBACK.requeueMissing(c, name, inLog));
            if (missing > 0) {
                LOG.warn("{} in {} lacks {} entries recorded on this computer; they are written again", name,
                        folder, missing);
            }
            requeued += missing;
        }
    }

    private void mergeLog(String name, Path file, TeamLogCursors.Cursor remembered) throws IOException {
        long size = Files.size(file);
        TeamLogCursors.Cursor from = TeamLogCursors.resume(file, size, remembered);
        if (from != remembered && !remembered.atStart()) {
            LOG.warn("{} in {} no longer holds what was merged from it (restored from a backup?); reading it "
                    + "again from its start", name, folder);
        }
        if (size == from.offset()) {
            if (from.atStart()) {
                putBackOwn(name, Set.of());
            }
            return;
        }
        logsRead++;
        LogBatch batch = new LogBatch(name, file, from);
        TeamLogReader.read(file, from.offset(), size, batch);
        batch.flush();
        if (from.atStart()) {
            putBackOwn(name, batch.ids);
        }
    }

    /** Collects a log's events and commits them with the log's new cursor, a few thousand at a time. */
    private final class LogBatch implements TeamLogReader.LineConsumer {
        private final String name;
        private final Path file;
        private final List<FeedbackEvent> events = new ArrayList<>();
        /** The ids of the events read, when the log is read whole. */
        private final Set<UUID> ids = new HashSet<>();
        private final boolean whole;
        private long offset;
        private long lines;

        LogBatch(String name, Path file, TeamLogCursors.Cursor from) {
            this.name = name;
            this.file = file;
            this.whole = from.atStart();
            this.offset = from.offset();
            this.lines = from.lines();
        }

        @Override
        public void line(byte[] line, long endOffset) throws IOException {
            lines++;
            offset = endOffset;
            if (line != null && isBlank(line)) {
                return;
            }
            accept(line, "line " + lines);
            if (events.size() >= EVENTS_PER_TRANSACTION) {
                flush();
            }
        }

        @Override
        public void fragment(byte[] fragment, long endOffset) {
            FeedbackEvent event = fragment == null ? null : decodeQuietly(fragment);
            if (event != null && name.equals(TeamLogFiles.logFileName(event.user()))) {
                add(event);
                offset = endOffset;
                lines++;
                return;
            }
            incomplete++;
            LOG.warn("{} in {} ends with an incomplete line; it will be read again at the next sync", name, folder);
            warn(name + " ends with an incomplete line; it will be read again at the next sync.");
        }

        private void accept(byte[] line, String where) {
            if (line == null) {
                skip(where, "longer than any event");
                return;
            }
            try {
                FeedbackEvent event = codec.decode(line);
                if (!name.equals(TeamLogFiles.logFileName(event.user()))) {
                    skip(where, "written under another rep's name");
                    return;
                }
                add(event);
            } catch (EventLogCodec.MalformedEventException e) {
                skip(where, e.getMessage());
            }
        }

        private void add(FeedbackEvent event) {
            events.add(event);
            if (whole) {
                ids.add(event.id());
            }
        }

        private FeedbackEvent decodeQuietly(byte[] fragment) {
            try {
                return codec.decode(fragment);
            } catch (EventLogCodec.MalformedEventException e) {
                return null;
            }
        }

        private void skip(String where, String why) {
            String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            reason = Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
            skipped++;
            LOG.warn("Skipped {} of {} in {}: {}", where, name, folder, reason);
            warn("Skipped " + where + " of " + name + ": " + reason + ".");
        }

        void flush() throws IOException {
            List<FeedbackEvent> batch = List.copyOf(events);
            events.clear();
            TeamLogCursors.Cursor cursor = TeamLogCursors.readTo(file, offset, lines);
            int inserted = database.writeBatch(connection -> {
                List<FeedbackEvent> fresh = EventTable.insertNew(connection, batch, false, database.current());
                TeamLogCursors.save(connection, folderKey, name, cursor);
                return fresh.size();
            });
            merged += inserted;
            alreadyKnown += batch.size() - inserted;
        }
    }

    private void warn(String warning) {
        if (warnings.size() < maxWarnings) {
            warnings.add(warning);
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
