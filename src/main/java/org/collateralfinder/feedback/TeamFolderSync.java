package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.collateralfinder.model.CollateralException;
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
 * kept with a fingerprint of the bytes up to it, so a sync with nothing new reads next to nothing, and a log
 * that no longer holds what was merged (a share restored from a backup) is read again from its start
 * ({@link TeamLogCursors}). A log read whole gets back the entries recorded here that it lacks ({@link OwnLogs}),
 * so after a restore every laptop ends with every entry. A folder that cannot be written is still merged from;
 * the entries wait. A corrupt or half-written line is skipped with a warning, never fatal. Marketing's answers
 * and curation travel the same way in the folder's {@code responses/} and {@code curation/}, shared collections in
 * {@code collections/}, and the weekly counts of the searches that found nothing in {@code gaps/}
 * ({@link SubfolderLogSync}).
 */
public final class TeamFolderSync {

    private static final Logger LOG = LoggerFactory.getLogger(TeamFolderSync.class);
    private static final int MAX_WARNINGS = 50;

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
    private static final String SAVE_PUBLISHED_TO = """
            MERGE INTO team_publish_folder (id, folder) KEY (id) VALUES (1, ?)
            """;
    private static final String FORGET_PUBLISHED_TO = """
            DELETE FROM team_publish_folder
            """;
    private static final String COUNT_QUEUED = """
            SELECT COUNT(*) FROM feedback_outbox
            """;

    private final FeedbackDatabase database;
    private final EventLogCodec codec = new EventLogCodec();
    private final Clock clock;
    private final BooleanSupplier sharesSearchGaps;

    /** A sync that shares the counts of searches that found nothing made here (they are only made when the rep lets it). */
    public TeamFolderSync(FeedbackDatabase database) {
        this(database, Clock.systemDefaultZone(), () -> true);
    }

    /**
     * @param clock            which weeks are over (their counts of searches that found nothing are shared), in the
     *                         rep's zone
     * @param sharesSearchGaps whether the rep lets those counts be shared now ({@link FeedbackPreferences#sharesSearchGaps});
     *                         when not, what was counted here and waits is forgotten instead
     */
    public TeamFolderSync(FeedbackDatabase database, Clock clock, BooleanSupplier sharesSearchGaps) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
        this.sharesSearchGaps = Objects.requireNonNull(sharesSearchGaps);
    }

    /**
     * Publishes the queued local events to the folder, then merges every log in it, then appends what a log read
     * whole lacked of this computer's entries.
     */
    public SyncResult sync(Path teamFolder) {
        Path folder = teamFolder.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        TeamFolderReach.Reach reach = TeamFolderReach.reach(database, folder, true);
        if (!reach.usable()) {
            LOG.info("{}; {} events stay queued", reach.problem(), queued());
            return SyncResult.unreachable(folder, reach.problem(), queued());
        }
        boolean writable = TeamFolderReach.writable(folder);
        Optional<TeamLogFiles.AppendFailure> unmarked = writable ? mark(folder) : Optional.empty();
        if (reach.recognised() == null && !Files.exists(folder.resolve(OwnFolder.TEAM_FEEDBACK.marker()))) {
            // its first use, and it cannot be written: nothing is merged either, so it is not taken as used here
            SyncResult result = SyncResult.unwritable(folder, unwritable(folder, unmarked.orElse(null)), queued(),
                    database.read(ResponseTable::unpublished).size());
            LOG.info("{}", result.folderSentence());
            return result;
        }
        List<TeamLogFiles.AppendFailure> failures = new ArrayList<>(unmarked.stream().toList());
        if (writable) {
            putBackWhatItMissedWhileAway(folder, warnings);
        }
        int published = writable ? publish(folder, failures) : 0;
        FeedbackLogMerge merge = new FeedbackLogMerge(database, folder, warnings, MAX_WARNINGS, writable);
        merge.run();
        if (merge.requeued > 0 && writable && failures.isEmpty()) {
            published += publish(folder, failures);
        }
        SubfolderLogSync.Result answers = new SubfolderLogSync<>(database, SubfolderLogSync.ANSWERS)
                .sync(folder, warnings::add, writable);
        answers.failure().ifPresent(failures::add);
        SubfolderLogSync.Result curations = new SubfolderLogSync<>(database, SubfolderLogSync.CURATION)
                .sync(folder, warnings::add, writable);
        // a curation that waits says so; the sync's exit and sentence are about the team's feedback
        curations.failure().ifPresent(failure -> warnings.add(curations.queued() + " "
                + (curations.queued() == 1 ? "curation waits" : "curations wait") + " for the next sync: writing "
                + failure.log() + " failed (" + failure.why() + ")."));
        if (curations.merged() > 0) {
            database.curationsChanged();
        }
        SubfolderLogSync.Result collections = new SubfolderLogSync<>(database, SubfolderLogSync.COLLECTIONS)
                .sync(folder, warnings::add, writable);
        // as a curation, a shared collection that waits says so without failing the sync of the team's feedback
        collections.failure().ifPresent(failure -> warnings.add(collections.queued() + " "
                + (collections.queued() == 1 ? "change to a shared collection waits" : "changes to shared collections wait")
                + " for the next sync: writing " + failure.log() + " failed (" + failure.why() + ")."));
        if (collections.merged() > 0) {
            database.collectionsChanged();
        }
        SubfolderLogSync.Result gaps = syncSearchGaps(folder, warnings, writable);
        int lacking = merge.lacking + answers.lacking() + curations.lacking() + collections.lacking()
                + gaps.lacking();
        if (lacking > 0) { // the next folder written checks its logs whole
            LOG.info("{} lacks {} entries recorded on this computer and cannot be written now", folder, lacking);
            database.write(connection -> {
                try (PreparedStatement forget = connection.prepareStatement(FORGET_PUBLISHED_TO)) {
                    return forget.executeUpdate();
                }
            });
        }
        database.makeDurable();
        int queued = queued();
        String problem = writable && failures.isEmpty() ? null : SyncResult.waiting(
                unwritable(folder, failures.isEmpty() ? null : failures.getFirst()), queued, answers.queued());
        SyncResult result = new SyncResult(folder, true, problem == null, published, queued, merge.logsRead,
                merge.merged, merge.alreadyKnown,
                merge.skipped + answers.skipped() + curations.skipped() + collections.skipped() + gaps.skipped(),
                merge.incomplete + answers.incomplete() + curations.incomplete() + collections.incomplete()
                        + gaps.incomplete(),
                warnings.subList(0, Math.min(MAX_WARNINGS, warnings.size())), answers.published(),
                answers.merged(), reach.created(), problem, reach.recognised(), curations.published(),
                curations.merged(), collections.published(), collections.merged(), gaps.published(), gaps.merged());
        LOG.info("Synced team folder {}: {}", folder, result);
        return result;
    }

    /**
     * Makes the counts of the weeks that are over ready for this computer's gaps log (or, when the rep does not let
     * them be shared, forgets what waits), then writes them and merges every computer's. Counts that wait say so in a
     * warning; the sync's exit and sentence are about the team's feedback.
     */
    private SubfolderLogSync.Result syncSearchGaps(Path folder, List<String> warnings, boolean writable) {
        SearchGaps gaps = new SearchGaps(database, clock);
        if (sharesSearchGaps.getAsBoolean()) {
            gaps.closeFinishedWeeks();
        } else {
            gaps.forgetUnshared();
        }
        SubfolderLogSync.Result counts = new SubfolderLogSync<>(database, SubfolderLogSync.GAPS)
                .sync(folder, warnings::add, writable);
        counts.failure().ifPresent(failure -> warnings.add(counts.queued() + " weekly "
                + (counts.queued() == 1 ? "count of searches that found nothing waits" : "counts of searches that "
                + "found nothing wait") + " for the next sync: writing " + failure.log() + " failed (" + failure.why()
                + ")."));
        return counts;
    }

    /**
     * Syncs with a folder given now, and remembers it as the team folder when the sync reached and wrote it, or when
     * it cannot be reached and this computer synced with it before (its share may only be away for now). A folder
     * refused, unreachable at its first use (a typo) or that can be read but not written leaves the team folder as it
     * was: only a folder written replaces the team's. A computer without a team folder takes a read-only one that holds
     * the team's logs (a rep whose share marketing writes and reps only read).
     */
    public SyncResult syncWithChosen(Path teamFolder, FeedbackPreferences preferences) {
        return syncWithChosen(teamFolder, preferences, List.of());
    }

    /**
     * As {@link #syncWithChosen(Path, FeedbackPreferences)}; a folder this computer searches (one of
     * {@code sources}) is refused whatever it holds, also while it is empty: the marker a team folder gets would
     * make every laptop skip the share's files.
     */
    public SyncResult syncWithChosen(Path teamFolder, FeedbackPreferences preferences, Collection<Path> sources) {
        Path folder = teamFolder.toAbsolutePath().normalize();
        FeedbackPreferences.refuseFile(folder);
        Path real = realOrAsGiven(folder);
        for (Path source : sources) {
            if (realOrAsGiven(source.toAbsolutePath().normalize()).equals(real)) {
                String sentence = "The team folder " + folder + " is refused: it is a folder this computer searches, "
                        + "and the marker a team folder gets would make every laptop skip its files; choose or make a "
                        + "folder of its own for the team's feedback, " + TeamFolderReach.suggestedFolderIn(folder);
                LOG.info("{}", sentence);
                return SyncResult.unreachable(folder, sentence, queued());
            }
        }
        boolean usedBefore = TeamFolderReach.usedBefore(database, folder);
        SyncResult result = sync(folder);
        // a read-only team folder becomes the team folder of a computer that has none yet when it holds the team's logs:
        // a rep whose share is read-only otherwise got later curations only by naming it at every sync (issue 16
        // re-test r24, finding 3); it never replaces a team folder chosen before (round 9, NEW F)
        boolean readOnlyTeams = result.reachable() && !result.writable() && preferences.teamFolder().isEmpty()
                && (result.logsRead() > 0 || result.merged() > 0 || result.alreadyKnown() > 0
                        || result.curationsMerged() > 0 || result.collectionsMerged() > 0
                        || OwnFolder.TEAM_FEEDBACK.isMarked(folder)); // one used for curation or collections alone too
        if (result.reachable() ? result.writable() || readOnlyTeams : usedBefore) {
            preferences.rememberTeamFolder(folder);
        } else {
            LOG.info("Not remembering {} as the team folder: {}", folder, result.folderSentence());
        }
        return result;
    }

    private static Path realOrAsGiven(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    /** "The team folder … cannot be written (read-only or no permission)", or with what failed when it can. */
    private static String unwritable(Path folder, TeamLogFiles.AppendFailure failure) {
        String cannot = "The team folder " + folder + " cannot be written";
        return failure == null || !TeamFolderReach.writable(folder) ? cannot + " (read-only or no permission)"
                : cannot + ": writing " + failure.log() + " failed (" + failure.why() + ")";
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

    /**
     * Writes the marker that tells every copy's folder walk never to index the team folder (it may lie in a source);
     * what failed, if it could not.
     */
    private static Optional<TeamLogFiles.AppendFailure> mark(Path folder) {
        Path marker = folder.resolve(OwnFolder.TEAM_FEEDBACK.marker());
        if (Files.exists(marker)) {
            return Optional.empty();
        }
        try {
            Files.writeString(marker, OwnFolder.TEAM_FEEDBACK.markerText());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Could not write the marker {} into the team folder", marker, e);
            return Optional.of(new TeamLogFiles.AppendFailure(OwnFolder.TEAM_FEEDBACK.marker(), CollateralException.why(e)));
        }
    }

    /**
     * When the folder (writable) is not the one this computer last published to, reads this computer's logs there
     * whole and queues again the entries recorded here that they lack, so this sync writes them (and none they hold:
     * switching folders back and forth writes no line twice). The cursors of the folder's logs stay as they were, so
     * a folder that did not change reports no changed logs. The folder becomes the last published to only once its
     * logs were read: a sync cut short, or a log that could not be read, has the next sync check again.
     */
    private void putBackWhatItMissedWhileAway(Path folder, List<String> warnings) {
        String last = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(PUBLISHED_TO); ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        });
        if (folder.toString().equals(last)) {
            return;
        }
        int queuedAgain = 0;
        for (OwnLogs logs : OwnLogs.values()) {
            try {
                queuedAgain += logs.requeueMissingIn(database, folder);
            } catch (IOException e) {
                LOG.warn("Could not read this computer's logs in {}", folder, e);
                warnings.add("Could not read this computer's logs in the team folder to find what they lack; they "
                        + "will be read again at the next sync.");
                return;
            }
        }
        database.write(connection -> {
            try (PreparedStatement save = connection.prepareStatement(SAVE_PUBLISHED_TO)) {
                save.setString(1, folder.toString());
                return save.executeUpdate();
            }
        });
        LOG.info("Team folder changed from {} to {}; {} entries recorded here that its logs lacked are written again",
                last, folder, queuedAgain);
    }

    private int publish(Path folder, List<TeamLogFiles.AppendFailure> failures) {
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
                LOG.warn("Could not append to {} in {}; its entries stay queued", log.getKey(), folder, e);
                failures.add(new TeamLogFiles.AppendFailure(log.getKey(), CollateralException.why(e)));
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
}
