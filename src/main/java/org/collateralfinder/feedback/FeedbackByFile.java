package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.collateralfinder.model.DealContext;

/**
 * Which feedback belongs to which file: the one rule search (filters, ranking, badges), both feedback
 * lists, the report and the window's feedback panel use. Feedback is given on a file's content, so
 * identical copies share it and it follows renames and moves. A file edited in place (same path, new
 * content) also carries the feedback on the contents it had before: a content no indexed file has any
 * more, that was at this path (an entry on it was given here, or this computer saw the file here edited
 * from it). That feedback belongs to the file at this path only, never to another file that happens to
 * have its new content. A rep's current feedback on a file is their latest event over its contents.
 *
 * <p>Every laptop decides this from what every laptop has (the team's events, which carry the path they
 * were given at, and its own index), so a laptop that never saw the old content, or one copying the team
 * index, agrees with the one that saw the edit. A snapshot of the index it was built for
 * ({@link FeedbackRepository#byFile}); {@link #isCurrent} tells when feedback changed since.
 */
public final class FeedbackByFile {

    private static final Comparator<FeedbackEvent> NEWEST_FIRST = FeedbackEvent.ORDER.reversed();
    private static final String SEEN_PATHS = """
            SELECT content_hash, path FROM content_path
            """;

    private final FeedbackRepository repository;
    private final FeedbackDatabase database;
    private final CurrentFeedback view;
    private final IndexedContents index;
    private final long version;
    /** The files that carry earlier contents: their path to their contents, their own first. */
    private final Map<String, List<String>> carrying;

    FeedbackByFile(FeedbackRepository repository, FeedbackDatabase database, IndexedContents index) {
        this.repository = repository;
        this.database = database;
        this.view = database.current();
        this.index = index;
        this.version = view.version(); // before reading it: a change meanwhile makes this snapshot out of date
        this.carrying = view.carried(index);
    }

    /** False once feedback changed after this was built (build another then). */
    public boolean isCurrent() {
        return database.loadedView() == view && view.version() == version;
    }

    /** The file's content first, then the earlier contents whose feedback it carries (edits in place). */
    public List<String> contentsOf(KnownFile file) {
        return contentsOf(carrying, file);
    }

    /**
     * The file's content first, then the earlier contents it carries by {@code carrying} (the paths of the files
     * that carry earlier contents, as {@link CurrentFeedback#carried} tells them): the one rule feedback and
     * curation ({@link CurationByFile}) follow a file edited in place by.
     */
    static List<String> contentsOf(Map<String, List<String>> carrying, KnownFile file) {
        List<String> contents = carrying.get(file.path());
        if (contents == null) {
            return List.of(file.contentHash());
        }
        if (contents.getFirst().equals(file.contentHash())) {
            return contents;
        }
        List<String> own = new ArrayList<>(List.of(file.contentHash()));
        contents.stream().skip(1).filter(hash -> !hash.equals(file.contentHash())).forEach(own::add);
        return own;
    }

    /**
     * The file that carries this content from before it was edited in place (no indexed file has the content
     * any more), the first by path if several do; empty when none does. Any content follows its file so, also
     * one nobody gave feedback on (the file an answer names as the fix). Asked while the index this was built
     * for can still be read.
     */
    public Optional<String> carrierOf(String contentHash) {
        Optional<String> carrier = firstCarrier(carrying, contentHash);
        return carrier.isPresent() ? carrier : firstCarrier(view.carried(index, Set.of(contentHash)), contentHash);
    }

    /** The first path (by name) of a file that carries this content from before an edit in place, by {@code carrying}. */
    static Optional<String> firstCarrier(Map<String, List<String>> carrying, String contentHash) {
        return carrying.entrySet().stream()
                .filter(file -> file.getValue().indexOf(contentHash) > 0)
                .map(Map.Entry::getKey)
                .min(Comparator.naturalOrder());
    }

    /**
     * Where the file with this content is now, by the one rule a retired file's replacement and a collection's files
     * are found by: an indexed file with the content (the path it was named at, if it is one of them, else the first by
     * path), else the file carrying the content from before an edit in place; empty when none is found, never a path
     * that now holds other content.
     *
     * @param holding  the paths of the indexed files with each content ({@link IndexedContents#pathsOf})
     * @param carrying the files that carry earlier contents ({@link CurrentFeedback#carried(IndexedContents, Set)})
     */
    static Optional<String> whereNow(String contentHash, String named, Map<String, List<String>> holding,
                                     Map<String, List<String>> carrying) {
        List<String> paths = holding.getOrDefault(contentHash, List.of());
        if (!paths.isEmpty()) {
            return Optional.of(paths.contains(named) ? named : paths.getFirst());
        }
        return firstCarrier(carrying, contentHash);
    }

    /**
     * Where the file with this content, named {@code named} when it was last seen, is now ({@link #whereNow(String,
     * String, Map, Map)}): its new path after a rename or move, {@code named} while it is still there.
     */
    public Optional<String> whereNow(String contentHash, String named) {
        return whereNow(contentHash, named, index.pathsOf(Set.of(contentHash)), view.carried(index, Set.of(contentHash)));
    }

    /** The current feedback on a file, as its badges and the ranking see it. */
    public FeedbackSummary summary(KnownFile file) {
        return view.summary(contentsOf(file));
    }

    /**
     * The current feedback on a file that counts for a search whose best matching page of it is {@code page} (0 for
     * none): the entries on the whole file and those naming that page ({@link CurrentFeedback#summaryOn}).
     */
    public FeedbackSummary summaryOn(KnownFile file, int page) {
        return view.summaryOn(contentsOf(file), page);
    }

    /** What the team's feedback says of a file in deals like {@code deal} ({@link DealEvidence}). */
    public DealEvidence evidence(KnownFile file, DealContext deal) {
        return view.evidence(contentsOf(file), deal);
    }

    /** Summaries of these files by path; a file without feedback maps to {@link FeedbackSummary#empty}. */
    public Map<String, FeedbackSummary> summaries(Collection<KnownFile> files) {
        Map<String, FeedbackSummary> summaries = new LinkedHashMap<>();
        files.forEach(file -> summaries.putIfAbsent(file.path(), summary(file)));
        return summaries;
    }

    /**
     * The files whose current feedback passes a test, as search selects them: every file whose content is
     * one of {@code contents}, except those at {@code carryingPaths} (which carry feedback of their own), and
     * the files at {@code paths}.
     */
    public record Matching(Set<String> contents, Set<String> carryingPaths, Set<String> paths) {
        public boolean isEmpty() {
            return contents.isEmpty() && paths.isEmpty();
        }
    }

    /** The files with feedback (a non-empty summary) that passes the test. */
    public Matching where(Predicate<FeedbackSummary> test) {
        Set<String> paths = new HashSet<>();
        carrying.forEach((path, contents) -> {
            FeedbackSummary summary = view.summary(contents);
            if (!summary.isEmpty() && test.test(summary)) {
                paths.add(path);
            }
        });
        return new Matching(view.hashesWhere(test), Set.copyOf(carrying.keySet()), paths);
    }

    /**
     * Every event on the file's contents, oldest first, each marked current (a rep's latest over them, an entry) or not;
     * an entry given back by Undo stands in the place of the entry it repeats, and the withdrawal it undid is left out
     * ({@link RestoredEntries}: window re-test 18, R6, each Withdraw → Undo added a copy of the entry).
     */
    public List<FeedbackHistoryItem> history(KnownFile file) {
        List<String> contents = contentsOf(file);
        List<FeedbackEvent> events = database.read(connection -> eventsOf(connection, contents));
        return RestoredEntries.folded(events).stream()
                .map(event -> new FeedbackHistoryItem(event, view.isCurrentEntryOver(contents, event))).toList();
    }

    /** The current entries on a file, newest first, shown at its path. */
    public List<FeedbackEntry> current(KnownFile file) {
        List<String> contents = contentsOf(file);
        List<FeedbackEvent> events = database.read(connection -> eventsOf(connection, contents));
        return currentEntries(contents, events).stream().map(entry -> entry.withPath(file.path())).toList();
    }

    /**
     * Withdraws a rep's current feedback on a file (also an entry it carries from before an edit): a
     * withdrawal on its content, after their latest event over its contents.
     */
    public FeedbackWithdrawal withdraw(KnownFile file, String user) {
        return repository.withdraw(contentsOf(file), user);
    }

    /** Every current entry, newest first, each shown at the path of its file ({@link #everyFile}). */
    public List<FeedbackEntry> all(Collection<KnownFile> indexed) {
        List<FeedbackEntry> entries = new ArrayList<>();
        for (ShownFile file : everyFile(indexed)) {
            file.current().forEach(entry -> entries.add(entry.withPath(file.path())));
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /**
     * A file as the list of all feedback and the report show it.
     *
     * @param indexed whether the index has it; else it is a content only feedback knows, shown where this
     *                computer last saw it, else where its latest entry was given
     * @param events  every event on its contents, oldest first
     * @param current the current entries among them, newest first
     * @param copies  the other indexed files with the same contents (identical copies, which share its feedback), by
     *                path
     */
    record ShownFile(String path, String contentHash, boolean indexed, List<FeedbackEvent> events,
                     List<FeedbackEntry> current, List<String> copies) {

        ShownFile {
            copies = List.copyOf(copies);
        }
    }

    /**
     * Every indexed file, and every content with feedback no file carries. Identical copies carrying the same
     * contents are shown once, named by the first path, the others its {@link ShownFile#copies}; {@code indexed} must
     * be the files the snapshot was built for.
     */
    List<ShownFile> everyFile(Collection<KnownFile> indexed) {
        Map<String, List<FeedbackEvent>> byHash = new HashMap<>();
        Map<String, String> seenAt = new HashMap<>();
        database.read(connection -> {
            EventTable.forEachEvent(connection, event ->
                    byHash.computeIfAbsent(event.contentHash(), hash -> new ArrayList<>()).add(event));
            readSeenPaths(connection, seenAt);
            return null;
        });
        Map<List<String>, List<KnownFile>> files = new LinkedHashMap<>();
        indexed.stream().sorted(Comparator.comparing(KnownFile::path).thenComparing(KnownFile::contentHash))
                .forEach(file -> files.computeIfAbsent(contentsOf(file), contents -> new ArrayList<>()).add(file));
        Set<String> shownContents = new HashSet<>();
        List<ShownFile> shown = new ArrayList<>();
        files.forEach((contents, copies) -> {
            shownContents.addAll(contents);
            KnownFile file = copies.getFirst();
            List<String> others = copies.stream().skip(1).map(KnownFile::path).filter(path -> !path.equals(file.path()))
                    .distinct().toList();
            shown.add(shownFile(file.path(), file.contentHash(), true, contents, byHash, others));
        });
        byHash.forEach((hash, events) -> {
            if (!shownContents.contains(hash)) {
                events.sort(FeedbackEvent.ORDER);
                shown.add(shownFile(seenAt.getOrDefault(hash, latestPath(events)), hash, false, List.of(hash), byHash,
                        List.of()));
            }
        });
        return shown;
    }

    private ShownFile shownFile(String path, String hash, boolean indexed, List<String> contents,
                                Map<String, List<FeedbackEvent>> byHash, List<String> copies) {
        List<FeedbackEvent> events = new ArrayList<>();
        contents.forEach(content -> events.addAll(byHash.getOrDefault(content, List.of())));
        events.sort(FeedbackEvent.ORDER);
        return new ShownFile(path, hash, indexed, events, currentEntries(contents, events), copies);
    }

    /** The entries among these events that are current over the contents, newest first. */
    private List<FeedbackEntry> currentEntries(List<String> contents, List<FeedbackEvent> events) {
        List<FeedbackEntry> current = new ArrayList<>();
        for (FeedbackEvent event : events) {
            if (event instanceof FeedbackEntry entry && view.isCurrentEntryOver(contents, entry)) {
                current.add(entry);
            }
        }
        current.sort(NEWEST_FIRST);
        return current;
    }

    private static List<FeedbackEvent> eventsOf(Connection connection, List<String> contents) throws SQLException {
        List<FeedbackEvent> events = new ArrayList<>();
        for (String content : contents) {
            events.addAll(EventTable.eventsOf(connection, content));
        }
        events.sort(FeedbackEvent.ORDER);
        return events;
    }

    private static String latestPath(List<FeedbackEvent> oldestFirst) {
        for (FeedbackEvent event : oldestFirst.reversed()) {
            if (event instanceof FeedbackEntry entry) {
                return entry.path();
            }
        }
        return "";
    }

    private static void readSeenPaths(Connection connection, Map<String, String> into) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SEEN_PATHS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getString(2));
            }
        }
    }
}
