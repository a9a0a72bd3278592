package org.collateralfinder.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.collateralfinder.model.IndexedFile;

/**
 * Builds marketing's {@link FeedbackReport} from every stored event. The index lives elsewhere, so the
 * files it knows are a parameter: they give current paths and the "never used" list.
 */
public final class FeedbackReporter {

    /** Longest "most valued" list. */
    public static final int MOST_VALUED_LIMIT = 20;
    private static final int LATEST_COMMENTS = 3;

    private static final Comparator<KnownFile> BY_PATH = Comparator.comparing(KnownFile::path)
            .thenComparing(KnownFile::contentHash);

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
     * @param indexedFiles the files the index knows (may be empty). Which feedback each has is
     *                     {@link FeedbackByFile}'s: a file edited in place is reported once, at its path, with
     *                     the feedback given on the contents it had before; identical copies share it, and are
     *                     reported in one row with feedback (naming its copies), or each never used.
     */
    public FeedbackReport report(Collection<KnownFile> indexedFiles) {
        if (database == null) {
            return report(List.of(), indexedFiles.stream().sorted(BY_PATH).toList(), List.of(), Map.of());
        }
        FeedbackByFile byFile = new FeedbackRepository(database, clock).byFile(IndexedContents.of(indexedFiles));
        List<FeedbackByFile.ShownFile> shown = byFile.everyFile(indexedFiles);
        Map<UUID, List<FeedbackResponse>> answers = new HashMap<>();
        List<FeedbackEntry> current = new ArrayList<>();
        CurrentFeedback view = database.current();
        database.read(connection -> {
            ResponseTable.all(connection).forEach(answer ->
                    answers.computeIfAbsent(answer.answers(), id -> new ArrayList<>()).add(answer));
            // the loop counts each entry once, on the content it was given on
            EventTable.forEachEvent(connection, event -> {
                if (event instanceof FeedbackEntry entry && view.isCurrentEntry(entry)) {
                    current.add(entry);
                }
            });
            return null;
        });
        List<FeedbackReport.FileReport> files = new ArrayList<>();
        List<KnownFile> neverUsed = new ArrayList<>();
        // with nothing indexed yet (a data folder never indexed) it cannot be told which files are gone: none is
        boolean canTell = !indexedFiles.isEmpty();
        for (FeedbackByFile.ShownFile file : shown) {
            if (!file.current().isEmpty()) {
                files.add(fileReport(file, !canTell || file.indexed()));
            } else if (file.indexed()) {
                neverUsed.add(new KnownFile(file.contentHash(), file.path()));
                file.copies().forEach(copy -> neverUsed.add(new KnownFile(file.contentHash(), copy)));
            }
        }
        // the loop counts what the other figures count: not the feedback on a file no longer in any source
        Set<String> gone = new HashSet<>();
        files.stream().filter(file -> !file.found()).forEach(file -> gone.add(file.contentHash()));
        current.removeIf(entry -> gone.contains(entry.contentHash()));
        // an archive whose members have feedback was used: the reps took what it holds
        Set<String> usedArchives = new HashSet<>();
        for (FeedbackReport.FileReport file : files) {
            int member = file.path().indexOf(IndexedFile.MEMBER_SEPARATOR);
            if (member > 0) {
                usedArchives.add(file.path().substring(0, member));
            }
        }
        neverUsed.removeIf(file -> usedArchives.contains(file.path()));
        neverUsed.sort(BY_PATH);
        return report(files, neverUsed, current, answers);
    }

    private FeedbackReport report(List<FeedbackReport.FileReport> withFeedback, List<KnownFile> neverUsed,
                                  List<FeedbackEntry> current, Map<UUID, List<FeedbackResponse>> answers) {
        List<FeedbackReport.FileReport> files = new ArrayList<>(withFeedback);
        files.sort(Comparator.comparing(FeedbackReport.FileReport::path)
                .thenComparing(FeedbackReport.FileReport::contentHash));
        // a file no longer in any source is in none of the lists (nothing a rep can find any more)
        List<FeedbackReport.FileReport> found = files.stream().filter(FeedbackReport.FileReport::found).toList();
        List<FeedbackReport.FileReport> mostValued = found.stream()
                .filter(file -> file.entries() > 0 && file.boost() > 1.0)
                .sorted(Comparator.comparingDouble(FeedbackReport.FileReport::boost).reversed()
                        .thenComparing(Comparator.comparingInt(FeedbackReport.FileReport::entries).reversed())
                        .thenComparing(FeedbackReport.FileReport::path))
                .limit(MOST_VALUED_LIMIT)
                .toList();
        List<FeedbackReport.FileReport> outdated = mostTagged(found, FeedbackTags.OUTDATED);
        List<FeedbackReport.FileReport> didntLand = mostTagged(found, FeedbackTags.DIDNT_LAND);
        // every indexed file nobody has feedback on, once, at its own path (an identical copy is a file of its own)
        List<KnownFile> unused = neverUsed.stream().distinct().sorted(BY_PATH).toList();
        FeedbackLoop loop = FeedbackLoop.of(current, answers, clock.instant());
        List<SearchGap> gaps = database == null ? List.of() : new SearchGaps(database, clock).report();
        return new FeedbackReport(clock.instant(), files, mostValued, didntLand, outdated, unused, loop, gaps);
    }

    /** The files whose current feedback has the tag, the most tagged first. */
    private static List<FeedbackReport.FileReport> mostTagged(List<FeedbackReport.FileReport> files, String tag) {
        return files.stream()
                .filter(file -> file.tagCount(tag) > 0)
                .sorted(Comparator.comparingInt((FeedbackReport.FileReport file) -> file.tagCount(tag)).reversed()
                        .thenComparing(FeedbackReport.FileReport::path))
                .toList();
    }

    private static FeedbackReport.FileReport fileReport(FeedbackByFile.ShownFile file, boolean found) {
        List<FeedbackEntry> current = file.current();
        List<FeedbackEvent> events = file.events();
        String hash = file.contentHash();
        String path = file.path();
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
                .map(entry -> new FeedbackReport.Comment(entry.user(), entry.given(), entry.comment()))
                .toList();
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        for (FeedbackEntry entry : current) {
            perMonth.merge(YearMonth.from(entry.given().atZone(ZoneOffset.UTC)), 1, Integer::sum);
        }
        Map<String, Integer> sortedTags = CurrentFeedback.sortedByCount(tags);
        double boost = FeedbackBoost.factor(new FeedbackSummary(hash, sortedTags, average, current.size(),
                !comments.isEmpty()));
        return new FeedbackReport.FileReport(hash, path, current.size(), sortedTags, average, comments, perMonth,
                RestoredEntries.lastShown(events), boost, slides(current), found, tagSlides(current), file.copies());
    }

    /** The tags current entries gave on some slides only, each to those slides in order (slides re-test 22 #4). */
    private static Map<String, List<Integer>> tagSlides(List<FeedbackEntry> current) {
        Map<String, TreeSet<Integer>> onSlides = new HashMap<>();
        Set<String> onTheWholeFile = new HashSet<>();
        for (FeedbackEntry entry : current) {
            for (String tag : entry.tags()) {
                if (entry.slides().isEmpty()) {
                    onTheWholeFile.add(tag);
                } else {
                    onSlides.computeIfAbsent(tag, t -> new TreeSet<>()).addAll(entry.slides());
                }
            }
        }
        Map<String, List<Integer>> only = new HashMap<>();
        onSlides.forEach((tag, slides) -> {
            if (!onTheWholeFile.contains(tag)) {
                only.put(tag, List.copyOf(slides));
            }
        });
        return only;
    }

    /** Per slide any current entry names: its entries and their tags. */
    private static List<FeedbackReport.SlideReport> slides(List<FeedbackEntry> current) {
        TreeMap<Integer, List<FeedbackEntry>> bySlide = new TreeMap<>();
        for (FeedbackEntry entry : current) {
            entry.slides().forEach(slide -> bySlide.computeIfAbsent(slide, n -> new ArrayList<>()).add(entry));
        }
        List<FeedbackReport.SlideReport> slides = new ArrayList<>();
        bySlide.forEach((slide, entries) -> {
            Map<String, Integer> tags = new HashMap<>();
            entries.forEach(entry -> entry.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum)));
            slides.add(new FeedbackReport.SlideReport(slide, entries.size(), CurrentFeedback.sortedByCount(tags)));
        });
        return slides;
    }
}
