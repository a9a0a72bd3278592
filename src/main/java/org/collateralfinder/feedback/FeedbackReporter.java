package org.collateralfinder.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Builds marketing's {@link FeedbackReport} from every stored event. The index lives elsewhere, so the
 * files it knows are a parameter: they give current paths and the "never used" list.
 */
public final class FeedbackReporter {

    /** Longest "most valued" list. */
    public static final int MOST_VALUED_LIMIT = 20;
    private static final int LATEST_COMMENTS = 3;

    private static final String LOCAL_PATHS = """
            SELECT content_hash, path FROM content_path
            """;

    private final FeedbackDatabase database;
    private final Clock clock;

    public FeedbackReporter(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    public FeedbackReporter(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    private FeedbackReporter(Clock clock) {
        this.database = null;
        this.clock = clock;
    }

    /** The report when there is no feedback database yet: every indexed file never used. */
    public static FeedbackReport withoutFeedback(Collection<KnownFile> indexedFiles) {
        return new FeedbackReporter(Clock.systemUTC()).report(indexedFiles);
    }

    /**
     * @param indexedFiles the files the index knows (may be empty). A file edited in place is reported
     *                     once, under its current content and path, with the feedback given on the
     *                     contents it had before.
     */
    public FeedbackReport report(Collection<KnownFile> indexedFiles) {
        Map<String, List<FeedbackEvent>> byHash = new HashMap<>();
        Map<String, String> localPaths = new HashMap<>();
        CurrentFeedback view = database == null ? new CurrentFeedback() : database.current();
        Map<UUID, List<FeedbackResponse>> answers = new HashMap<>();
        if (database != null) {
            database.read(connection -> {
                EventTable.forEachEvent(connection, event ->
                        byHash.computeIfAbsent(event.contentHash(), hash -> new ArrayList<>()).add(event));
                readLocalPaths(connection, localPaths);
                ResponseTable.all(connection).forEach(answer ->
                        answers.computeIfAbsent(answer.answers(), id -> new ArrayList<>()).add(answer));
                return null;
            });
        }
        Map<String, String> indexedPaths = new HashMap<>();
        for (KnownFile file : indexedFiles) {
            indexedPaths.putIfAbsent(file.contentHash(), file.path());
        }
        Map<String, List<FeedbackEvent>> withEarlier = new HashMap<>();
        Set<String> reported = new LinkedHashSet<>(indexedPaths.keySet());
        reported.addAll(byHash.keySet());
        for (String hash : reported) {
            if (!indexedPaths.containsKey(hash) && view.editedInto(hash).stream().anyMatch(indexedPaths::containsKey)) {
                continue; // edited in place: reported under the content the file has now
            }
            List<FeedbackEvent> events = new ArrayList<>();
            view.lineage(hash).forEach(content -> events.addAll(byHash.getOrDefault(content, List.of())));
            if (!events.isEmpty()) {
                events.sort(FeedbackEvent.ORDER);
                withEarlier.put(hash, events);
            }
        }

        List<FeedbackReport.FileReport> files = new ArrayList<>();
        for (Map.Entry<String, List<FeedbackEvent>> content : withEarlier.entrySet()) {
            List<FeedbackEvent> events = content.getValue();
            String hash = content.getKey();
            if (currentEntries(events).isEmpty()) {
                continue; // withdrawn (or never given): no feedback now, so "never used" if the index knows it
            }
            String path = indexedPaths.getOrDefault(hash, localPaths.getOrDefault(hash, latestPath(events)));
            files.add(fileReport(hash, path, events));
        }
        files.sort(Comparator.comparing(FeedbackReport.FileReport::path)
                .thenComparing(FeedbackReport.FileReport::contentHash));

        List<FeedbackReport.FileReport> mostValued = files.stream()
                .filter(file -> file.entries() > 0 && file.boost() > 1.0)
                .sorted(Comparator.comparingDouble(FeedbackReport.FileReport::boost).reversed()
                        .thenComparing(Comparator.comparingInt(FeedbackReport.FileReport::entries).reversed())
                        .thenComparing(FeedbackReport.FileReport::path))
                .limit(MOST_VALUED_LIMIT)
                .toList();
        List<FeedbackReport.FileReport> outdated = mostTagged(files, FeedbackTags.OUTDATED);
        List<FeedbackReport.FileReport> didntLand = mostTagged(files, FeedbackTags.DIDNT_LAND);
        // feedback is on a file's content: identical copies are one file (the first path names it), as the
        // search lists them and as the CSV has one row per content
        Map<String, KnownFile> unused = new TreeMap<>();
        indexedFiles.stream()
                .filter(file -> withEarlier.get(file.contentHash()) == null
                        || currentEntries(withEarlier.get(file.contentHash())).isEmpty())
                .sorted(Comparator.comparing(KnownFile::path).thenComparing(KnownFile::contentHash))
                .forEach(file -> unused.putIfAbsent(file.contentHash(), file));
        List<KnownFile> neverUsed = unused.values().stream()
                .sorted(Comparator.comparing(KnownFile::path).thenComparing(KnownFile::contentHash))
                .toList();
        List<FeedbackEntry> current = new ArrayList<>();
        byHash.values().forEach(events -> current.addAll(currentEntries(events)));
        FeedbackLoop loop = FeedbackLoop.of(current, answers, clock.instant());
        return new FeedbackReport(clock.instant(), files, mostValued, didntLand, outdated, neverUsed, loop);
    }

    /** The files whose current feedback has the tag, the most tagged first. */
    private static List<FeedbackReport.FileReport> mostTagged(List<FeedbackReport.FileReport> files, String tag) {
        return files.stream()
                .filter(file -> file.tagCount(tag) > 0)
                .sorted(Comparator.comparingInt((FeedbackReport.FileReport file) -> file.tagCount(tag)).reversed()
                        .thenComparing(FeedbackReport.FileReport::path))
                .toList();
    }

    private static FeedbackReport.FileReport fileReport(String hash, String path, List<FeedbackEvent> events) {
        List<FeedbackEntry> current = currentEntries(events);
        Map<String, Integer> tags = new HashMap<>();
        int rated = 0;
        int ratingSum = 0;
        for (FeedbackEntry entry : current) {
            entry.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum));
            if (entry.rating() != null) {
                rated++;
                ratingSum += entry.rating();
            }
        }
        Double average = rated == 0 ? null : (double) ratingSum / rated;
        List<FeedbackReport.Comment> comments = current.stream()
                .filter(FeedbackEntry::commented)
                .sorted(FeedbackEvent.ORDER.reversed())
                .limit(LATEST_COMMENTS)
                .map(entry -> new FeedbackReport.Comment(entry.user(), entry.at(), entry.comment()))
                .toList();
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        for (FeedbackEntry entry : current) {
            perMonth.merge(YearMonth.from(entry.at().atZone(ZoneOffset.UTC)), 1, Integer::sum);
        }
        Map<String, Integer> sortedTags = CurrentFeedback.sortedByCount(tags);
        double boost = FeedbackBoost.factor(new FeedbackSummary(hash, sortedTags, average, current.size(),
                !comments.isEmpty()));
        return new FeedbackReport.FileReport(hash, path, current.size(), sortedTags, average, comments, perMonth,
                events.getLast().at(), boost);
    }

    /** Each rep's latest event, when it is an entry. Events must be in {@link FeedbackEvent#ORDER}. */
    private static List<FeedbackEntry> currentEntries(List<FeedbackEvent> events) {
        Map<String, FeedbackEvent> latest = new LinkedHashMap<>();
        for (FeedbackEvent event : events) {
            FeedbackEvent previous = latest.get(event.user());
            if (previous == null || FeedbackEvent.ORDER.compare(event, previous) > 0) {
                latest.put(event.user(), event);
            }
        }
        List<FeedbackEntry> entries = new ArrayList<>();
        for (FeedbackEvent event : latest.values()) {
            if (event instanceof FeedbackEntry entry) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String latestPath(List<FeedbackEvent> events) {
        for (FeedbackEvent event : events.reversed()) {
            if (event instanceof FeedbackEntry entry) {
                return entry.path();
            }
        }
        return "";
    }

    private static void readLocalPaths(Connection connection, Map<String, String> into) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCAL_PATHS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                into.put(rows.getString(1), rows.getString(2));
            }
        }
    }
}
