package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.collateralfinder.model.OwnFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team sharing without a server. Every rep's app appends the events recorded on its computer to the
 * rep's own log in a shared folder ({@code <user>.jsonl}) and merges everybody's logs into its database.
 *
 * <p>Merging is idempotent and order-independent: events are deduplicated by id and each rep's current
 * feedback per file is their latest event by (time, id), so any set of logs gives the same state
 * whatever order they are read in. Events recorded while the folder is unreachable stay queued in the
 * database and are published at the next sync (a folder used before is never made again where a share
 * that is not mounted left its mount point: {@link TeamFolderReach}); a crash between writing a log and marking the events
 * published only republishes them, which merging ignores. Per log, the byte offset merged so far is
 * kept, so a sync with nothing new reads nothing. A corrupt or half-written line is skipped with a
 * warning, never fatal. Marketing's answers travel the same way in the folder's {@code responses/}
 * ({@link ResponseLogSync}).
 */
public final class TeamFolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(TeamFolderSync.class);
    private static final int MAX_WARNINGS = 50;
    private static final int EVENTS_PER_TRANSACTION = 5000;

    private static final String UNPUBLISHED = """
            SELECT %s
            FROM feedback_outbox o JOIN feedback_event e ON e.content_hash = o.content_hash AND e.id = o.event_id
            ORDER BY e.at, e.id
            """.formatted(EventTable.EVENT_COLUMNS);
    private static final String MARK_PUBLISHED = """
            DELETE FROM feedback_outbox WHERE content_hash = ? AND event_id = ?
            """;
    private static final String PUBLISHED_TO = """
            SELECT folder FROM team_publish_folder WHERE id = 1
            """;
    private static final String REQUEUE_LOCAL = """
            INSERT INTO feedback_outbox (content_hash, event_id)
            SELECT l.content_hash, l.event_id FROM local_event l
            WHERE NOT EXISTS (SELECT 1 FROM feedback_outbox o WHERE o.content_hash = l.content_hash AND o.event_id = l.event_id)
            """;
    private static final String SAVE_PUBLISHED_TO = """
            MERGE INTO team_publish_folder (id, folder) KEY (id) VALUES (1, ?)
            """;
    private static final String COUNT_QUEUED = """
            SELECT COUNT(*) FROM feedback_outbox
            """;
    static final String CURSORS = """
            SELECT file_name, byte_offset, lines_read FROM team_log_cursor WHERE folder = ?
            """;
    static final String SAVE_CURSOR = """
            MERGE INTO team_log_cursor (folder, file_name, byte_offset, lines_read) KEY (folder, file_name)
            VALUES (?, ?, ?, ?)
            """;

    /** How far a log has been merged. */
    record Cursor(long offset, long lines) {
        static final Cursor START = new Cursor(0, 0);
    }

    private final FeedbackDatabase database;
    private final EventLogCodec codec = new EventLogCodec();

    public TeamFolderSync(FeedbackDatabase database) {
        this.database = Objects.requireNonNull(database);
    }

    /** Publishes the queued local events to the folder, then merges every log in it. */
    public SyncResult sync(Path teamFolder) {
        Path folder = teamFolder.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        TeamFolderReach.Reach reach = TeamFolderReach.reach(database, folder, true);
        if (!reach.usable()) {
            LOG.info("{}; {} events stay queued", reach.problem(), queued());
            return SyncResult.unreachable(folder, reach.problem(), queued());
        }
        mark(folder);
        queueEverythingForANewFolder(folder);
        int published = publish(folder, warnings);
        Merge merge = new Merge(folder, warnings);
        merge.run();
        ResponseLogSync.Result answers = new ResponseLogSync(database).sync(folder, warnings::add);
        database.makeDurable();
        SyncResult result = new SyncResult(folder, true, published, queued(), merge.logsRead, merge.merged,
                merge.alreadyKnown, merge.skipped + answers.skipped(), merge.incomplete,
                warnings.subList(0, Math.min(MAX_WARNINGS, warnings.size())), answers.published(), answers.merged(),
                reach.created(), null);
        LOG.info("Synced team folder {}: {}", folder, result);
        return result;
    }

    /** Local events not yet published to any team folder. */
    public int queued() {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(COUNT_QUEUED);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Writes the marker that tells every copy's folder walk never to index the team folder (it may lie in a source). */
    private static void mark(Path folder) {
        Path marker = folder.resolve(OwnFolder.TEAM_FEEDBACK.marker());
        if (Files.exists(marker)) {
            return;
        }
        try {
            Files.writeString(marker, OwnFolder.TEAM_FEEDBACK.markerText());
        } catch (IOException e) {
            LOG.warn("Could not write the marker {} into the team folder", marker, e);
        }
    }

    /**
     * When the folder is not the one this computer last published to, every event recorded here is queued
     * again, so a teammate syncing with the new folder gets them all (a folder that had some ignores them).
     */
    private void queueEverythingForANewFolder(Path folder) {
        database.write(connection -> {
            String last;
            try (PreparedStatement select = connection.prepareStatement(PUBLISHED_TO); ResultSet row = select.executeQuery()) {
                last = row.next() ? row.getString(1) : null;
            }
            if (folder.toString().equals(last)) {
                return 0;
            }
            int queued;
            try (PreparedStatement requeue = connection.prepareStatement(REQUEUE_LOCAL);
                 PreparedStatement requeueAnswers = connection.prepareStatement(ResponseTable.REQUEUE_LOCAL)) {
                queued = requeue.executeUpdate() + requeueAnswers.executeUpdate();
            }
            try (PreparedStatement save = connection.prepareStatement(SAVE_PUBLISHED_TO)) {
                save.setString(1, folder.toString());
                save.executeUpdate();
            }
            if (last != null) {
                LOG.info("Team folder changed from {} to {}; {} local events queued for it", last, folder, queued);
            }
            return queued;
        });
    }

    private int publish(Path folder, List<String> warnings) {
        List<FeedbackEvent> queued = database.read(connection -> {
            List<FeedbackEvent> events = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(UNPUBLISHED);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventTable.readEvent(rows));
                }
            }
            return events;
        });
        Map<String, List<FeedbackEvent>> byLog = new LinkedHashMap<>();
        for (FeedbackEvent event : queued) {
            byLog.computeIfAbsent(TeamLogFiles.logFileName(event.user()), name -> new ArrayList<>()).add(event);
        }
        int published = 0;
        for (Map.Entry<String, List<FeedbackEvent>> log : byLog.entrySet()) {
            List<FeedbackEvent> events = log.getValue();
            try {
                TeamLogFiles.append(folder.resolve(log.getKey()), events.stream().map(codec::encode).toList());
            } catch (IOException e) {
                LOG.warn("Could not append to {} in {}", log.getKey(), folder, e);
                warnings.add("Could not write " + log.getKey() + "; its entries stay queued.");
                continue;
            }
            database.writeBatch(connection -> {
                try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
                    for (FeedbackEvent event : events) {
                        mark.setString(1, event.contentHash());
                        mark.setObject(2, event.id());
                        mark.addBatch();
                    }
                    return mark.executeBatch().length;
                }
            });
            published += events.size();
        }
        return published;
    }

    /** One pass over the logs of a folder. */
    private final class Merge {
        private final Path folder;
        private final String folderKey;
        private final List<String> warnings;
        int logsRead;
        int merged;
        int alreadyKnown;
        int skipped;
        int incomplete;

        Merge(Path folder, List<String> warnings) {
            this.folder = folder;
            this.folderKey = folder.toString();
            this.warnings = warnings;
        }

        void run() {
            Map<String, Cursor> cursors = database.read(this::loadCursors);
            Map<String, Path> logs = new TreeMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TeamLogFiles.SUFFIX)) {
                for (Path file : files) {
                    if (TeamLogFiles.isLog(file)) {
                        logs.put(file.getFileName().toString(), file);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not list the team folder {}", folder, e);
                warnings.add("The team folder could not be listed; nothing was merged.");
                return;
            }
            for (Map.Entry<String, Path> log : logs.entrySet()) {
                try {
                    mergeLog(log.getKey(), log.getValue(), cursors.getOrDefault(log.getKey(), Cursor.START));
                } catch (IOException e) {
                    LOG.warn("Could not read {} in {}", log.getKey(), folder, e);
                    warnings.add("Could not read " + log.getKey() + "; it will be tried again at the next sync.");
                }
            }
        }

        private Map<String, Cursor> loadCursors(Connection connection) throws SQLException {
            Map<String, Cursor> cursors = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(CURSORS)) {
                select.setString(1, folderKey);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cursors.put(rows.getString(1), new Cursor(rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
            return cursors;
        }

        private void mergeLog(String name, Path file, Cursor cursor) throws IOException {
            long size = Files.size(file);
            if (size == cursor.offset()) {
                return;
            }
            if (size < cursor.offset()) {
                LOG.warn("{} in {} is shorter than already merged; reading it again from the start", name, folder);
                cursor = Cursor.START;
            }
            logsRead++;
            LogBatch batch = new LogBatch(name, cursor);
            TeamLogReader.read(file, cursor.offset(), size, batch);
            batch.flush();
        }

        /** Collects a log's events and commits them with the log's new cursor, a few thousand at a time. */
        private final class LogBatch implements TeamLogReader.LineConsumer {
            private final String name;
            private final List<FeedbackEvent> events = new ArrayList<>();
            private long offset;
            private long lines;

            LogBatch(String name, Cursor from) {
                this.name = name;
                this.offset = from.offset();
                this.lines = from.lines();
            }

            @Override
            public void line(byte[] line, long endOffset) {
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
                    events.add(event);
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
                    events.add(event);
                } catch (EventLogCodec.MalformedEventException e) {
                    skip(where, e.getMessage());
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

            void flush() {
                List<FeedbackEvent> batch = List.copyOf(events);
                events.clear();
                long newOffset = offset;
                long newLines = lines;
                int inserted = database.writeBatch(connection -> {
                    List<FeedbackEvent> fresh = EventTable.insertNew(connection, batch, false, database.current());
                    saveCursor(connection, newOffset, newLines);
                    return fresh.size();
                });
                merged += inserted;
                alreadyKnown += batch.size() - inserted;
            }

            private void saveCursor(Connection connection, long newOffset, long newLines) throws SQLException {
                try (PreparedStatement save = connection.prepareStatement(SAVE_CURSOR)) {
                    save.setString(1, folderKey);
                    save.setString(2, name);
                    save.setLong(3, newOffset);
                    save.setLong(4, newLines);
                    save.executeUpdate();
                }
            }
        }

        private void warn(String warning) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(warning);
            }
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
