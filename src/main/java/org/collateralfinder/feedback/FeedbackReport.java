package org.collateralfinder.feedback;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.PartList;
import org.collateralfinder.model.Plural;

/**
 * Marketing's view of the feedback: every file that has some now, and lists drawn from them. One
 * definition of each figure, used by the window's report, the CSV and the command line alike: a file is an
 * indexed file, as the index counts them (an identical copy at another path is a file of its own, and shares its
 * content's feedback); a file "has feedback" when at least one rep's current entry is on it (an entry replaced by
 * the same rep's newer one, or withdrawn, no longer counts); a file the index knows without any is "never used",
 * so the two never overlap and together are every indexed file (rc19 minor 5: "1,012 indexed files have none yet"
 * of 1,034 indexed counted contents), and neither is an archive whose members have some (its members were used).
 * The lists of files with feedback have one row per content, naming its copies ({@link FileReport#copies}); the
 * monthly trend
 * counts the current entries by the month they were given. A file with feedback that is no longer in any source
 * (deleted, or its folder no longer a source: the index no longer holds it) keeps its row in {@code files},
 * marked {@link FileReport#found() not found}, and is left out of every figure: the lists drawn from them, the files
 * that "have feedback", the tags given, the monthly trend and the {@link #loop}; the summary says how many were left
 * out (window test 12, F10; window re-test 18, R4).
 *
 * @param files           every content with current feedback, by path (its identical copies named in it), those no
 *                        longer found too
 * @param mostValued      files found that the team's current feedback ranks up ({@link FeedbackBoost} above 1), best
 *                        first
 * @param didntLand       files found with a current {@code didn't land} tag, most tagged first
 * @param flaggedOutdated files found with a current {@code outdated} tag, most flagged first
 * @param neverUsed       indexed files nobody has current feedback on, by path, each copy at its own (not an archive
 *                        whose members have some)
 * @param loop            how much of the current feedback on the files found marketing answered, and how fast
 * @param searchGaps      what reps searched for and did not find (or found and did not use) in the last
 *                        {@value SearchGaps#REPORT_WEEKS} weeks, most searched first ({@link SearchGaps})
 */
public record FeedbackReport(Instant generatedAt, List<FileReport> files, List<FileReport> mostValued,
                             List<FileReport> didntLand, List<FileReport> flaggedOutdated, List<KnownFile> neverUsed,
                             FeedbackLoop loop, List<SearchGap> searchGaps) {

    public FeedbackReport {
        files = List.copyOf(files);
        mostValued = List.copyOf(mostValued);
        didntLand = List.copyOf(didntLand);
        flaggedOutdated = List.copyOf(flaggedOutdated);
        neverUsed = List.copyOf(neverUsed);
        loop = loop == null ? FeedbackLoop.EMPTY : loop;
        searchGaps = searchGaps == null ? List.of() : List.copyOf(searchGaps);
    }

    /** How the report says a file with feedback that the index no longer holds (in the CSV's lists too). */
    public static final String NO_LONGER_FOUND = "no longer in any source";

    /**
     * The figures of the report, as the window's summary says them: "3 files have feedback: …", and the files with
     * feedback that are no longer in any source, left out of them, when there are.
     */
    public String summary() {
        return Plural.of(withFeedback(), "file has", "files have") + " feedback: " + mostValued.size()
                + " most valued, " + didntLand.size() + " didn't land, " + flaggedOutdated.size() + " flagged outdated; "
                + Plural.of(neverUsed.size(), "indexed file has", "indexed files have") + " none yet."
                + (leftOut().isEmpty() ? "" : " " + leftOut());
    }

    /**
     * The files that have feedback: the indexed files with current feedback, identical copies each counted (not those
     * no longer found).
     */
    public int withFeedback() {
        return counted().stream().mapToInt(FileReport::files).sum();
    }

    /**
     * "1 file with feedback is no longer in any source …": the files with feedback left out of the figures, or ""
     * when there are none.
     */
    public String leftOut() {
        int gone = noLongerFound().size();
        return gone == 0 ? "" : Plural.of(gone, "file with feedback is", "files with feedback are") + " " + NO_LONGER_FOUND
                + " (deleted, or in a folder no longer searched) and left out of these figures.";
    }

    /** The files with feedback that the index no longer holds, by path. */
    public List<FileReport> noLongerFound() {
        return files.stream().filter(f -> !f.found()).toList();
    }

    /** The files that have feedback, those the figures count: not those no longer found. */
    private List<FileReport> counted() {
        return files.stream().filter(FileReport::found).toList();
    }

    /** The current tags on the files that have feedback, most given first: the Tags given chart. */
    public Map<String, Integer> tagsGiven() {
        Map<String, Integer> tags = new LinkedHashMap<>();
        counted().forEach(f -> f.tagCounts().forEach((tag, n) -> tags.merge(tag, n, Integer::sum)));
        return Collections.unmodifiableMap(CurrentFeedback.sortedByCount(tags));
    }

    /** Current entries per month on the files that have feedback, all together: the trend. */
    public SortedMap<YearMonth, Integer> entriesPerMonth() {
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        counted().forEach(f -> f.entriesPerMonth().forEach((month, n) -> months.merge(month, n, Integer::sum)));
        return Collections.unmodifiableSortedMap(months);
    }

    /** The lists a file is in, as the CSV's {@code lists} column names them. */
    public List<String> listsOf(String contentHash) {
        List<String> lists = new ArrayList<>();
        if (mostValued.stream().anyMatch(f -> f.contentHash().equals(contentHash))) {
            lists.add("most valued");
        }
        if (didntLand.stream().anyMatch(f -> f.contentHash().equals(contentHash))) {
            lists.add("didn't land");
        }
        if (flaggedOutdated.stream().anyMatch(f -> f.contentHash().equals(contentHash))) {
            lists.add("flagged outdated");
        }
        if (neverUsed.stream().anyMatch(unused -> unused.contentHash().equals(contentHash))) {
            lists.add("never used");
        }
        if (noLongerFound().stream().anyMatch(f -> f.contentHash().equals(contentHash))) {
            lists.add(NO_LONGER_FOUND);
        }
        return lists;
    }

    /**
     * The feedback on one content.
     *
     * @param entries         current entries (one per rep)
     * @param tagCounts       current tags, most frequent first
     * @param averageRating   of the current ratings, or null
     * @param latestComments  the newest current comments, at most three
     * @param entriesPerMonth current entries per month (UTC) they were given in: the trend
     * @param lastFeedbackAt  time of the latest event, whatever it was; an entry given back by undoing its withdrawal
     *                        counts when it was given, and the withdrawal it undid not at all (window re-test 18, R5)
     * @param boost           the ranking factor search applies
     * @param slides          the slides current entries name, by slide number; empty when every entry is about the
     *                        whole file
     * @param found           whether the index holds the file (in a source, reachable or not); false once it was
     *                        deleted or its folder is no longer a source: {@link #NO_LONGER_FOUND}
     * @param tagSlides       the tags given on some slides only (no current entry on the whole file has them), each to
     *                        the slides its entries name, in order: the lists name those slides beside the file
     * @param copies          the other indexed files with the same content, by path: identical copies, which share
     *                        this feedback and are files that have it too
     */
    public record FileReport(String contentHash, String path, int entries, Map<String, Integer> tagCounts,
                             Double averageRating, List<Comment> latestComments,
                             SortedMap<YearMonth, Integer> entriesPerMonth, Instant lastFeedbackAt, double boost,
                             List<SlideReport> slides, boolean found, Map<String, List<Integer>> tagSlides,
                             List<String> copies) {

        public FileReport {
            tagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
            latestComments = List.copyOf(latestComments);
            entriesPerMonth = Collections.unmodifiableSortedMap(new TreeMap<>(entriesPerMonth));
            slides = List.copyOf(slides);
            tagSlides = tagSlides == null ? Map.of() : Map.copyOf(tagSlides);
            copies = copies == null ? List.of() : List.copyOf(copies);
        }

        /** A file without identical copies. */
        public FileReport(String contentHash, String path, int entries, Map<String, Integer> tagCounts,
                          Double averageRating, List<Comment> latestComments,
                          SortedMap<YearMonth, Integer> entriesPerMonth, Instant lastFeedbackAt, double boost,
                          List<SlideReport> slides, boolean found, Map<String, List<Integer>> tagSlides) {
            this(contentHash, path, entries, tagCounts, averageRating, latestComments, entriesPerMonth, lastFeedbackAt,
                    boost, slides, found, tagSlides, List.of());
        }

        /** The indexed files this row stands for: the file and its identical copies. */
        public int files() {
            return 1 + copies.size();
        }

        /** A file whose every tag was given on the whole file (or on slides and on the whole file). */
        public FileReport(String contentHash, String path, int entries, Map<String, Integer> tagCounts,
                          Double averageRating, List<Comment> latestComments,
                          SortedMap<YearMonth, Integer> entriesPerMonth, Instant lastFeedbackAt, double boost,
                          List<SlideReport> slides, boolean found) {
            this(contentHash, path, entries, tagCounts, averageRating, latestComments, entriesPerMonth, lastFeedbackAt,
                    boost, slides, found, Map.of());
        }

        /**
         * The slides a tag was given on when it was given on some slides only ("slides 3–5, 9"; a PDF's pages and a
         * workbook's sheets named so), else "" (the tag is about the whole file).
         */
        public String slidesOf(String tag) {
            return PartList.describe(FileKind.partNameOf(path), tagSlides.getOrDefault(tag, List.of()));
        }

        /** A file the index holds. */
        public FileReport(String contentHash, String path, int entries, Map<String, Integer> tagCounts,
                          Double averageRating, List<Comment> latestComments,
                          SortedMap<YearMonth, Integer> entriesPerMonth, Instant lastFeedbackAt, double boost,
                          List<SlideReport> slides) {
            this(contentHash, path, entries, tagCounts, averageRating, latestComments, entriesPerMonth, lastFeedbackAt,
                    boost, slides, true);
        }

        public int tagCount(String tag) {
            return tagCounts.getOrDefault(tag, 0);
        }
    }

    /**
     * The current entries that name one slide: how many, and their tags, most frequent first.
     *
     * @param slide 1-based, as the preview numbers it
     */
    public record SlideReport(int slide, int entries, Map<String, Integer> tagCounts) {

        public SlideReport {
            tagCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tagCounts));
        }

        /** "slide 7: worked ×2, didn't land" — how the report and the CSV say it. */
        public String describe() {
            StringBuilder text = new StringBuilder("slide ").append(slide);
            if (tagCounts.isEmpty()) {
                return text.append(": ").append(Plural.of(entries, "entry", "entries")).toString();
            }
            text.append(": ");
            List<String> tags = new ArrayList<>();
            tagCounts.forEach((tag, n) -> tags.add(n == 1 ? tag : tag + " \u00d7" + n));
            return text.append(String.join(", ", tags)).toString();
        }
    }

    /** A current comment, verbatim. */
    public record Comment(String user, Instant at, String text) {
    }
}
