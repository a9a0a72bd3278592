package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.MovedFile;
import org.collateralfinder.model.PathChanges;

/**
 * Reps' feedback on files, keyed by content hash: what the GUI records and shows, and what search
 * filters and ranks with. "Current" feedback is each rep's latest entry per content hash, unless they
 * withdrew it; everything else is history. Which of it belongs to which file of an index (identical
 * copies, renames, edits in place) is {@link #byFile}'s. Summaries and filters are served from memory;
 * all methods are safe to call from background threads.
 */
public final class FeedbackRepository {

    /** No file indexed: feedback is on contents only. */
    private static final IndexedContents NOTHING_INDEXED = IndexedContents.of(List.of());

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
    private final Curations curations;
    private final FileCollections collections;

    public FeedbackRepository(FeedbackDatabase database) {
        // this computer's zone: a curation "expires after 2026-12-06" is expired on the rep's 7 December, wherever
        // UTC is (issue 16 re-test r24, finding 4); instants are the same in every zone
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock the time of withdrawals */
    public FeedbackRepository(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
        this.curations = new Curations(database, clock);
        this.collections = new FileCollections(database, clock);
    }

    /** Marketing's curation of the files, over the same database (search ranks and filters with it). */
    public Curations curations() {
        return curations;
    }

    /** The reps' collections of files, over the same database (search finds them and the files they hold). */
    public FileCollections collections() {
        return collections;
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
                stored = entry.withAt(EventTimes.after(entry.at(), current.get().at()));
            }
            EventTable.insertNew(connection, List.of(stored), true, view);
            rememberPath(connection, stored.contentHash(), stored.path(), stored.at());
            return stored;
        });
    }

    /**
     * Withdraws a rep's current feedback on a content hash (given on it; see {@link FeedbackByFile#withdraw}
     * for a file's). Their entries stay in the history.
     *
     * @throws InvalidFeedbackException when the rep has no current feedback on it
     */
    public FeedbackWithdrawal withdraw(String contentHash, String user) {
        FeedbackLimits.checkContentHash(contentHash);
        return withdraw(List.of(contentHash), user);
    }

    /**
     * Withdraws the rep's latest entry over these contents (a file's, its own first) with a withdrawal on the
     * content that entry was given on: every laptop links that content to the file (by the path the entry
     * carries), also one that never saw the content the file had when the rep withdrew.
     */
    FeedbackWithdrawal withdraw(List<String> contents, String user) {
        String who = FeedbackLimits.checkLabel("user name", user, FeedbackLimits.MAX_USER_CHARS, true);
        return database.write(connection -> {
            CurrentFeedback view = database.current();
            Optional<CurrentFeedback.Current> current = view.latest(contents, who);
            if (current.isEmpty() || !current.get().entry()) {
                throw new InvalidFeedbackException(who + " has no feedback on this file to withdraw."); // asked of the wrong file
            }
            Instant now = clock.instant();
            Instant at = EventTimes.after(now, current.get().at());
            String givenOn = view.latestContent(contents, who).orElse(contents.getFirst());
            FeedbackWithdrawal withdrawal = new FeedbackWithdrawal(UUID.randomUUID(), givenOn, who, at);
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
     * Which feedback belongs to which file of an index ({@link FeedbackByFile}): what search, the lists, the
     * report and the window ask for a file.
     */
    public FeedbackByFile byFile(IndexedContents index) {
        return new FeedbackByFile(this, database, Objects.requireNonNull(index));
    }

    /** Every event given on a content hash, oldest first, each marked current on it or not (a file's: {@link FeedbackByFile#history}). */
    public List<FeedbackHistoryItem> history(String contentHash) {
        return byFile(NOTHING_INDEXED).history(new KnownFile(contentHash, ""));
    }

    /**
     * Files edited in place (same path, new content): the path had the previous content, so feedback on it
     * follows the file there ({@link FeedbackByFile}) on this computer, and the new content is remembered at
     * its path. Recording an edit again changes nothing.
     */
    public void recordEdits(Collection<EditedFile> edits) {
        recordChanges(new PathChanges(List.copyOf(edits), List.of()));
    }

    /**
     * What an indexing run saw: the edits in place ({@link #recordEdits}), then the files moved, each taking
     * along the contents that were at its old path (feedback it carried there from before an edit follows it
     * to its new path), and remembered at its new path.
     */
    public void recordChanges(PathChanges changes) {
        List<EditedFile> real = changes.edited().stream().filter(e -> !e.previousHash().equals(e.contentHash())).toList();
        List<MovedFile> moved = changes.moved();
        if (real.isEmpty() && moved.isEmpty()) {
            return;
        }
        real.forEach(e -> {
            FeedbackLimits.checkContentHash(e.previousHash());
            FeedbackLimits.checkContentHash(e.contentHash());
            FeedbackLimits.checkPath(e.path());
        });
        moved.forEach(m -> {
            FeedbackLimits.checkContentHash(m.contentHash());
            FeedbackLimits.checkPath(m.from());
            FeedbackLimits.checkPath(m.to());
        });
        database.write(connection -> {
            Instant now = clock.instant();
            ContentEdits.insert(connection, real, now, database.current());
            for (EditedFile edit : real) {
                rememberPath(connection, edit.contentHash(), edit.path(), now);
            }
            ContentEdits.insertMoves(connection, moved, now, database.current());
            for (MovedFile move : moved) {
                rememberPath(connection, move.contentHash(), move.to(), now);
            }
            return null;
        });
    }

    /**
     * Current entries given on one content hash, newest first, or every current entry when empty, as if
     * nothing were indexed: each shown where its content was last seen on this computer, else where its
     * latest entry was given. A file's are {@link FeedbackByFile#current} and {@link FeedbackByFile#all}.
     */
    public List<FeedbackEntry> list(Optional<String> contentHash) {
        FeedbackByFile files = byFile(NOTHING_INDEXED);
        if (contentHash.isEmpty()) {
            return files.all(List.of());
        }
        Optional<String> shown = lastKnownPath(contentHash.get());
        return shown.isEmpty() ? List.of() : files.current(new KnownFile(contentHash.get(), shown.get()));
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
