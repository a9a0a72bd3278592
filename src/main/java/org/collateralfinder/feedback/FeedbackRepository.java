package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.EditedFile;

/**
 * Reps' feedback on files, keyed by content hash: what the GUI records and shows, and what search
 * filters and ranks with. "Current" feedback is each rep's latest entry per content hash, unless they
 * withdrew it; everything else is history. Summaries and filters are served from memory; all methods
 * are safe to call from background threads.
 */
public final class FeedbackRepository {

    /** Newest first, in the one order every copy of the app agrees on. */
    private static final Comparator<FeedbackEvent> NEWEST_FIRST = FeedbackEvent.ORDER.reversed();

    private static final String REMEMBER_PATH = """
            MERGE INTO content_path (content_hash, path, seen_at) KEY (content_hash) VALUES (?, ?, ?)
            """;
    /** Where this computer last saw the content, else where its latest entry was given. */
    private static final String SHOWN_PATH = """
            SELECT COALESCE(
                (SELECT p.path FROM content_path p WHERE p.content_hash = h.content_hash),
                (SELECT e.path FROM feedback_event e WHERE e.content_hash = h.content_hash AND e.kind = 'add'
                 ORDER BY e.at DESC, e.id DESC FETCH FIRST ROW ONLY))
            FROM (SELECT CAST(? AS CHARACTER VARYING(64)) AS content_hash) h
            """;

    private final FeedbackDatabase database;
    private final Clock clock;

    public FeedbackRepository(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock the time of withdrawals */
    public FeedbackRepository(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Records an entry; it supersedes the same rep's previous entry on the same content (which stays in
     * the history). Durable when this returns. If the entry's time is not after the rep's current event
     * on this content (same instant, clock set back), it is moved just after it so it still wins.
     *
     * @return the entry as stored
     */
    public FeedbackEntry add(FeedbackEntry entry) {
        Objects.requireNonNull(entry);
        return database.write(connection -> {
            CurrentFeedback view = database.current();
            FeedbackEntry stored = entry;
            Optional<CurrentFeedback.Current> current = view.of(entry.contentHash(), entry.user());
            if (current.isPresent() && !current.get().at().isBefore(entry.at())) {
                stored = entry.withAt(current.get().at().plus(1, ChronoUnit.MICROS));
            }
            EventTable.insertNew(connection, List.of(stored), true, view);
            rememberPath(connection, stored.contentHash(), stored.path(), stored.at());
            return stored;
        });
    }

    /**
     * Withdraws a rep's current feedback on a content hash. Their entries stay in the history.
     *
     * @throws CollateralException when the rep has no current feedback on it
     */
    public FeedbackWithdrawal withdraw(String contentHash, String user) {
        FeedbackLimits.checkContentHash(contentHash);
        String who = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
        return database.write(connection -> {
            CurrentFeedback view = database.current();
            Optional<CurrentFeedback.Current> current = view.of(contentHash, who);
            if (current.isEmpty() || !current.get().entry()) {
                throw new CollateralException(who + " has no feedback on this file to withdraw.");
            }
            Instant now = clock.instant();
            Instant at = current.get().at().isBefore(now) ? now : current.get().at().plus(1, ChronoUnit.MICROS);
            FeedbackWithdrawal withdrawal = new FeedbackWithdrawal(UUID.randomUUID(), contentHash, who, at);
            EventTable.insertNew(connection, List.of(withdrawal), true, view);
            return withdrawal;
        });
    }

    /**
     * Withdraws a rep's current feedback on the file at {@code path} when the file cannot be read to know its
     * content (deleted, or on a share that is not mounted): each of the rep's current entries that was given
     * at that path, or whose content was last seen there.
     *
     * @return the withdrawals, none when the rep has no current feedback at that path
     */
    public List<FeedbackWithdrawal> withdrawAt(String path, String user) {
        FeedbackLimits.checkPath(path);
        String who = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
        CurrentFeedback view = database.current();
        Set<String> hashes = database.read(connection -> {
            Set<String> atPath = new LinkedHashSet<>();
            List<FeedbackEntry> own = new ArrayList<>();
            EventTable.forEachEvent(connection, event -> {
                if (event instanceof FeedbackEntry entry && entry.user().equals(who) && view.isCurrentEntry(entry)) {
                    own.add(entry);
                }
            });
            for (FeedbackEntry entry : own) {
                if (entry.path().equals(path) || shownPath(connection, entry.contentHash()).filter(path::equals).isPresent()) {
                    atPath.add(entry.contentHash());
                }
            }
            return atPath;
        });
        List<FeedbackWithdrawal> withdrawn = new ArrayList<>();
        for (String hash : hashes) {
            // withdrawing on a content also withdraws on the contents it was edited into
            if (view.of(hash, who).filter(CurrentFeedback.Current::entry).isPresent()) {
                withdrawn.add(withdraw(hash, who));
            }
        }
        return withdrawn;
    }

    /**
     * Every event on a content hash and on the contents the file had before edits in place, oldest first,
     * each marked current (on this content) or not.
     */
    public List<FeedbackHistoryItem> history(String contentHash) {
        CurrentFeedback view = database.current();
        List<FeedbackEvent> events = database.read(connection -> eventsOfLineage(connection, view, contentHash));
        events.sort(FeedbackEvent.ORDER);
        return events.stream().map(event -> new FeedbackHistoryItem(event, view.isCurrentEntryOn(contentHash, event)))
                .toList();
    }

    /**
     * Files edited in place (same path, new content): feedback on each previous content counts for the new
     * content from now on, on this computer, and the new content is remembered at its path. Recording an
     * edit again changes nothing.
     */
    public void recordEdits(Collection<EditedFile> edits) {
        List<EditedFile> real = edits.stream().filter(e -> !e.previousHash().equals(e.contentHash())).toList();
        if (real.isEmpty()) {
            return;
        }
        real.forEach(e -> {
            FeedbackLimits.checkContentHash(e.previousHash());
            FeedbackLimits.checkContentHash(e.contentHash());
            FeedbackLimits.checkPath(e.path());
        });
        database.write(connection -> {
            Instant now = clock.instant();
            ContentEdits.insert(connection, real, now, database.current());
            for (EditedFile edit : real) {
                rememberPath(connection, edit.contentHash(), edit.path(), now);
            }
            return null;
        });
    }

    private static List<FeedbackEvent> eventsOfLineage(Connection connection, CurrentFeedback view, String hash)
            throws SQLException {
        List<FeedbackEvent> events = new ArrayList<>();
        for (String content : view.lineage(hash)) {
            events.addAll(EventTable.eventsOf(connection, content));
        }
        return events;
    }

    /**
     * Current entries, newest first: of one content hash (also those given on the contents the file had
     * before an edit in place), or of all when empty. Each entry's path is where the content was last seen
     * on this computer, else where its latest entry was given.
     */
    public List<FeedbackEntry> list(Optional<String> contentHash) {
        CurrentFeedback view = database.current();
        return database.read(connection -> {
            List<FeedbackEntry> entries = new ArrayList<>();
            if (contentHash.isPresent()) {
                for (FeedbackEvent event : eventsOfLineage(connection, view, contentHash.get())) {
                    if (event instanceof FeedbackEntry entry && view.isCurrentEntryOn(contentHash.get(), entry)) {
                        entries.add(entry);
                    }
                }
                entries.sort(NEWEST_FIRST);
                String shown = shownPath(connection, contentHash.get()).orElse(null);
                return entries.stream().map(entry -> shown == null ? entry : entry.withPath(shown)).toList();
            } else {
                EventTable.forEachEvent(connection, event -> {
                    if (event instanceof FeedbackEntry entry && view.isCurrentEntry(entry)) {
                        entries.add(entry);
                    }
                });
            }
            entries.sort(NEWEST_FIRST);
            Map<String, String> paths = new LinkedHashMap<>();
            for (FeedbackEntry entry : entries) {
                if (!paths.containsKey(entry.contentHash())) {
                    paths.put(entry.contentHash(), shownPath(connection, entry.contentHash()).orElse(entry.path()));
                }
            }
            return entries.stream().map(entry -> entry.withPath(paths.get(entry.contentHash()))).toList();
        });
    }

    /** Remembers where a content hash is now (the index calls this for files it sees moved or renamed). */
    public void rememberPath(String contentHash, String path) {
        FeedbackLimits.checkContentHash(contentHash);
        FeedbackLimits.checkPath(path);
        database.write(connection -> {
            rememberPath(connection, contentHash, path, clock.instant());
            return null;
        });
    }

    /** Where the content was last seen on this computer, else where its latest entry was given. */
    public Optional<String> lastKnownPath(String contentHash) {
        return database.read(connection -> shownPath(connection, contentHash));
    }

    /**
     * Summaries of the current feedback on each of these hashes, in the order given. Every hash asked for
     * is in the map; those without feedback map to {@link FeedbackSummary#empty}.
     */
    public Map<String, FeedbackSummary> summaries(Collection<String> contentHashes) {
        CurrentFeedback view = database.current();
        Map<String, FeedbackSummary> summaries = new LinkedHashMap<>();
        for (String hash : new LinkedHashSet<>(contentHashes)) {
            summaries.put(hash, view.summary(hash));
        }
        return summaries;
    }

    /** Hashes whose current feedback has this tag (in any spelling {@link FeedbackTags#normalize} accepts). */
    public Set<String> hashesWithTag(String tag) {
        String normal = FeedbackTags.normalize(tag);
        return database.current().hashesWhere(summary -> summary.tagCount(normal) > 0);
    }

    /** Hashes whose average current rating compares to {@code value} as asked: {@code rating:>=4}. */
    public Set<String> hashesWithRating(RatingComparison comparison, double value) {
        Objects.requireNonNull(comparison);
        return database.current().hashesWhere(summary -> summary.averageRating() != null
                && comparison.test(summary.averageRating(), value));
    }

    /** Hashes with at least one current comment: {@code commented:yes}. */
    public Set<String> hashesCommented() {
        return database.current().hashesWhere(FeedbackSummary::commented);
    }

    /** Hashes with any current feedback. */
    public Set<String> hashesWithFeedback() {
        return database.current().hashesWithFeedback();
    }

    private static Optional<String> shownPath(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SHOWN_PATH)) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static void rememberPath(Connection connection, String hash, String path, Instant at) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(REMEMBER_PATH)) {
            merge.setString(1, hash);
            merge.setString(2, path);
            merge.setObject(3, EventTable.timestamp(at));
            merge.executeUpdate();
        }
    }
}
