package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marketing's answers through the team folder, the way the feedback travels: each responder's app
 * appends the answers given on its computer to its own log in the responses folder
 * ({@code responses/<responder>.jsonl}), and every app merges every log there. Merging is idempotent and
 * order-independent (answers are deduplicated by id; the latest per feedback entry wins), a corrupt or
 * half-written line is skipped with a warning, and each log's merged offset is kept.
 *
 * <p>A line's author is the log it is in, as for the feedback logs: a line in {@code maria.jsonl} that
 * claims another responder is skipped with a warning. Only those who may write the responses folder
 * ({@link ResponderRole}) can add a log there at all.
 */
final class ResponseLogSync {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseLogSync.class);

    /** What one pass did. */
    record Result(int published, int merged, int skipped) {
    }

    private final FeedbackDatabase database;
    private final ResponseLogCodec codec = new ResponseLogCodec();

    ResponseLogSync(FeedbackDatabase database) {
        this.database = database;
    }

    Result sync(Path teamFolder, Consumer<String> warnings) {
        Path folder = ResponderRole.responsesFolder(teamFolder);
        int published = publish(folder, warnings);
        if (!Files.isDirectory(folder)) {
            return new Result(published, 0, 0);
        }
        int[] mergedAndSkipped = merge(folder, teamFolder.toAbsolutePath().normalize().toString(), warnings);
        return new Result(published, mergedAndSkipped[0], mergedAndSkipped[1]);
    }

    private int publish(Path folder, Consumer<String> warnings) {
        List<FeedbackResponse> queued = database.read(ResponseTable::unpublished);
        if (queued.isEmpty()) {
            return 0;
        }
        if (!Files.isDirectory(folder)) {
            warnings.accept("The team folder has no " + ResponderRole.FOLDER_NAME + " folder; "
                    + queued.size() + " answers stay queued.");
            return 0;
        }
        Map<String, List<FeedbackResponse>> byLog = new LinkedHashMap<>();
        queued.forEach(r -> byLog.computeIfAbsent(TeamLogFiles.logFileName(r.by()), n -> new ArrayList<>()).add(r));
        int published = 0;
        for (Map.Entry<String, List<FeedbackResponse>> log : byLog.entrySet()) {
            try {
                TeamLogFiles.append(folder.resolve(log.getKey()), log.getValue().stream().map(codec::encode).toList());
            } catch (IOException e) {
                LOG.warn("Could not append to {} in {}", log.getKey(), folder, e);
                warnings.accept("Could not write " + ResponderRole.FOLDER_NAME + "/" + log.getKey()
                        + "; its answers stay queued.");
                continue;
            }
            database.writeBatch(connection -> {
                ResponseTable.markPublished(connection, log.getValue());
                return null;
            });
            published += log.getValue().size();
        }
        return published;
    }

    /** Merges the lines every log gained; returns {merged, skipped}. */
    private int[] merge(Path folder, String folderKey, Consumer<String> warnings) {
        Map<String, TeamFolderSync.Cursor> cursors = database.read(connection -> {
            Map<String, TeamFolderSync.Cursor> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(TeamFolderSync.CURSORS)) {
                select.setString(1, folderKey);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new TeamFolderSync.Cursor(rows.getLong(2), rows.getLong(3)));
                    }
                }
            }
            return found;
        });
        Map<String, Path> logs = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TeamLogFiles.SUFFIX)) {
            for (Path file : files) {
                if (TeamLogFiles.isLog(file)) {
                    logs.put(file.getFileName().toString(), file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            warnings.accept("The responses folder could not be listed; no answers were merged.");
            return new int[] {0, 0};
        }
        int merged = 0;
        int skipped = 0;
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            String cursorKey = ResponderRole.FOLDER_NAME + "/" + log.getKey();
            LogLines lines = new LogLines(log.getKey(), warnings);
            try {
                TeamFolderSync.Cursor cursor = cursors.getOrDefault(cursorKey, TeamFolderSync.Cursor.START);
                long size = Files.size(log.getValue());
                if (size == cursor.offset()) {
                    continue;
                }
                if (size < cursor.offset()) {
                    cursor = TeamFolderSync.Cursor.START;
                }
                lines.offset = cursor.offset();
                lines.count = cursor.lines();
                TeamLogReader.read(log.getValue(), cursor.offset(), size, lines);
            } catch (IOException e) {
                LOG.warn("Could not read {} in {}", log.getKey(), folder, e);
                warnings.accept("Could not read " + cursorKey + "; it will be tried again at the next sync.");
                continue;
            }
            merged += database.writeBatch(connection -> {
                int fresh = ResponseTable.insertNew(connection, lines.responses, false).size();
                try (PreparedStatement save = connection.prepareStatement(TeamFolderSync.SAVE_CURSOR)) {
                    save.setString(1, folderKey);
                    save.setString(2, cursorKey);
                    save.setLong(3, lines.offset);
                    save.setLong(4, lines.count);
                    save.executeUpdate();
                }
                return fresh;
            });
            skipped += lines.skipped;
        }
        return new int[] {merged, skipped};
    }

    /** The answers of one log, with its new cursor; lines that are not a valid answer by its owner skipped. */
    private final class LogLines implements TeamLogReader.LineConsumer {
        private final String name;
        private final Consumer<String> warnings;
        private final List<FeedbackResponse> responses = new ArrayList<>();
        long offset;
        long count;
        int skipped;

        LogLines(String name, Consumer<String> warnings) {
            this.name = name;
            this.warnings = warnings;
        }

        @Override
        public void line(byte[] line, long endOffset) {
            count++;
            offset = endOffset;
            if (line != null && new String(line, StandardCharsets.UTF_8).isBlank()) {
                return;
            }
            if (line == null) {
                skip("longer than any answer");
                return;
            }
            try {
                FeedbackResponse response = codec.decode(line);
                if (!name.equals(TeamLogFiles.logFileName(response.by()))) {
                    skip("an answer in " + response.by() + "'s name, but the file is " + name + "'s");
                    return;
                }
                responses.add(response);
            } catch (EventLogCodec.MalformedEventException e) {
                skip(e.getMessage());
            }
        }

        @Override
        public void fragment(byte[] fragment, long endOffset) {
            LOG.warn("{}/{} ends with an incomplete line; it will be read again at the next sync",
                    ResponderRole.FOLDER_NAME, name);
        }

        private void skip(String why) {
            skipped++;
            String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            LOG.warn("Skipped line {} of {}/{}: {}", count, ResponderRole.FOLDER_NAME, name, reason);
            warnings.accept("Skipped line " + count + " of " + ResponderRole.FOLDER_NAME + "/" + name + ": "
                    + Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ".");
        }
    }
}
