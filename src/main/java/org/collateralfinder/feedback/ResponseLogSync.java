package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marketing's answers through the team folder, the way the feedback travels: each responder's app
 * appends the answers given on its computer to its own log in the responses folder
 * ({@code responses/<responder>.jsonl}), and every app merges every log there. Merging is idempotent and
 * order-independent (answers are deduplicated by id; the latest per feedback entry wins), a corrupt or
 * half-written line is skipped with a warning, and each log's cursor is kept and checked as the feedback logs'
 * ({@link TeamLogCursors}); a log read whole gets back the answers given here that it lacks ({@link OwnLogs}).
 *
 * <p>A line's author is the log it is in, as for the feedback logs: a line in {@code maria.jsonl} that
 * claims another responder is skipped with a warning. Only those who may write the responses folder
 * ({@link ResponderRole}) can add a log there at all.
 */
final class ResponseLogSync {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseLogSync.class);

    /**
     * What one pass did.
     *
     * @param queued       answers given here still waiting to be written
     * @param failedAppend the first answers log that could not be written, or null
     * @param lacking      answers given here that a log read whole lacked while the folder could not be written (not
     *                     queued again: they would go to whichever folder is synced next)
     */
    record Result(int published, int merged, int skipped, int queued, TeamLogFiles.AppendFailure failedAppend,
                  int lacking) {

        Optional<TeamLogFiles.AppendFailure> failure() {
            return Optional.ofNullable(failedAppend);
        }
    }

    private final FeedbackDatabase database;
    private final ResponseLogCodec codec = new ResponseLogCodec();

    ResponseLogSync(FeedbackDatabase database) {
        this.database = database;
    }

    /** Publishes the answers given here (when the team folder can be written), then merges everyone's. */
    Result sync(Path teamFolder, Consumer<String> warnings, boolean writable) {
        Path folder = ResponderRole.responsesFolder(teamFolder);
        List<TeamLogFiles.AppendFailure> failures = new ArrayList<>();
        int published = writable ? publish(folder, warnings, failures) : 0;
        int[] mergedSkippedMissing = {0, 0, 0};
        if (Files.isDirectory(folder)) {
            mergedSkippedMissing = merge(folder, teamFolder.toAbsolutePath().normalize().toString(), warnings, writable);
        }
        if (mergedSkippedMissing[2] > 0 && writable && failures.isEmpty()) {
            published += publish(folder, warnings, failures);
        }
        int queued = database.read(ResponseTable::unpublished).size();
        return new Result(published, mergedSkippedMissing[0], mergedSkippedMissing[1], queued,
                failures.isEmpty() ? null : failures.getFirst(), writable ? 0 : mergedSkippedMissing[2]);
    }

    private int publish(Path folder, Consumer<String> warnings, List<TeamLogFiles.AppendFailure> failures) {
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
                LOG.warn("Could not append to {} in {}; its answers stay queued", log.getKey(), folder, e);
                failures.add(new TeamLogFiles.AppendFailure(ResponderRole.FOLDER_NAME + "/" + log.getKey(),
                        CollateralException.why(e)));
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

    /**
     * Merges the lines every log gained; returns {merged, skipped, answers given here that a log read whole lacked}:
     * queued again when the folder can be written, else only counted.
     */
    private int[] merge(Path folder, String folderKey, Consumer<String> warnings, boolean writable) {
        Map<String, TeamLogCursors.Cursor> cursors = database.read(c -> TeamLogCursors.load(c, folderKey));
        Set<String> own = database.read(OwnLogs.ANSWERS::names);
        Map<String, Path> logs;
        try {
            logs = TeamLogFiles.logsIn(folder);
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            warnings.accept("The responses folder could not be listed; no answers were merged.");
            return new int[] {0, 0, 0};
        }
        int merged = 0;
        int skipped = 0;
        int missing = 0;
        for (Map.Entry<String, Path> log : logs.entrySet()) {
            String cursorKey = ResponderRole.FOLDER_NAME + "/" + log.getKey();
            LogLines lines;
            TeamLogCursors.Cursor read;
            try {
                TeamLogCursors.Cursor remembered = cursors.getOrDefault(cursorKey, TeamLogCursors.Cursor.START);
                long size = Files.size(log.getValue());
                TeamLogCursors.Cursor from = TeamLogCursors.resume(log.getValue(), size, remembered);
                if (from != remembered && !remembered.atStart()) {
                    LOG.warn("{} in {} no longer holds what was merged from it (restored from a backup?); reading "
                            + "it again from its start", cursorKey, folder.getParent());
                }
                if (size == from.offset() && !from.atStart()) {
                    continue; // nothing new
                }
                lines = new LogLines(log.getKey(), warnings, from);
                TeamLogReader.read(log.getValue(), from.offset(), size, lines);
                read = TeamLogCursors.readTo(log.getValue(), lines.offset, lines.count);
            } catch (IOException e) {
                LOG.warn("Could not read {} in {}", log.getKey(), folder, e);
                warnings.accept("Could not read " + cursorKey + "; it will be tried again at the next sync.");
                continue;
            }
            merged += database.writeBatch(connection -> {
                int fresh = (int) ResponseTable.insertNew(connection, lines.responses, false).stream()
                        .filter(response -> !response.ownAnswer()).count();
                TeamLogCursors.save(connection, folderKey, cursorKey, read);
                return fresh;
            });
            skipped += lines.skipped;
            if (lines.whole && own.contains(log.getKey())) {
                missing += putBack(log.getKey(), lines.ids(), writable);
            }
        }
        for (String name : own) {
            if (!logs.containsKey(name)) { // gone, as when the share was restored from a backup taken before it
                missing += putBack(name, Set.of(), writable);
            }
        }
        return new int[] {merged, skipped, missing};
    }

    /** Queues again the answers given here that log {@code name}, read whole, lacks (counts them, if unwritable). */
    private int putBack(String name, Set<UUID> inLog, boolean writable) {
        return writable ? database.writeBatch(c -> OwnLogs.ANSWERS.requeueMissing(c, name, inLog))
                : database.read(c -> OwnLogs.ANSWERS.countMissing(c, name, inLog));
    }

    /** The answers of one log, with its new cursor; lines that are not a valid answer by its owner skipped. */
    private final class LogLines implements TeamLogReader.LineConsumer {
        private final String name;
        private final Consumer<String> warnings;
        private final List<FeedbackResponse> responses = new ArrayList<>();
        /** Whether the log is read from its start. */
        final boolean whole;
        long offset;
        long count;
        int skipped;

        LogLines(String name, Consumer<String> warnings, TeamLogCursors.Cursor from) {
            this.name = name;
            this.warnings = warnings;
            this.whole = from.atStart();
            this.offset = from.offset();
            this.count = from.lines();
        }

        /** The ids of the answers read. */
        Set<UUID> ids() {
            Set<UUID> ids = new HashSet<>();
            responses.forEach(response -> ids.add(response.id()));
            return ids;
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
