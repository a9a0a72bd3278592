package org.collateralfinder.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How well the field is heard: of the current feedback entries (each rep's latest on a file), how many
 * marketing answered, how long the first answer took, and how many wait unanswered for more than 14 days.
 * Per month the feedback was given (UTC), and for all of it together.
 */
public record FeedbackLoop(Figures total, SortedMap<YearMonth, Figures> months) {

    /** Feedback waiting longer than this without an answer is "open over 14 days". */
    public static final Duration OPEN_TOO_LONG = Duration.ofDays(14);

    public FeedbackLoop {
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /**
     * @param medianDaysToAnswer from the feedback to its first answer, in days rounded to a tenth; null
     *                           when none is answered
     */
    public record Figures(int received, int answered, Double medianDaysToAnswer, int openOver14Days) {

        /** "2 received · 1 answered · median 3.0 days to answer · 1 open over 14 days". */
        public String sentence() {
            return received + " received · " + answered + " answered"
                    + (medianDaysToAnswer == null ? "" : " · median " + medianDaysToAnswer + " days to answer")
                    + " · " + openOver14Days + " open over 14 days";
        }
    }

    static final FeedbackLoop EMPTY = new FeedbackLoop(new Figures(0, 0, null, 0), new TreeMap<>());

    /**
     * @param current   the current entries
     * @param responses every answer, grouped by the id of the entry it answers
     */
    static FeedbackLoop of(Collection<FeedbackEntry> current, Map<UUID, List<FeedbackResponse>> responses, Instant now) {
        List<FeedbackEntry> all = new ArrayList<>(current);
        TreeMap<YearMonth, List<FeedbackEntry>> byMonth = new TreeMap<>();
        for (FeedbackEntry entry : all) {
            byMonth.computeIfAbsent(YearMonth.from(entry.given().atZone(ZoneOffset.UTC)), m -> new ArrayList<>()).add(entry);
        }
        TreeMap<YearMonth, Figures> months = new TreeMap<>();
        byMonth.forEach((month, entries) -> months.put(month, figures(entries, responses, now)));
        return new FeedbackLoop(figures(all, responses, now), months);
    }

    private static Figures figures(List<FeedbackEntry> entries, Map<UUID, List<FeedbackResponse>> responses, Instant now) {
        int answered = 0;
        int open = 0;
        List<Double> days = new ArrayList<>();
        for (FeedbackEntry entry : entries) {
            List<FeedbackResponse> answers = responses.getOrDefault(entry.id(), List.of());
            if (answers.isEmpty()) {
                if (Duration.between(entry.given(), now).compareTo(OPEN_TOO_LONG) > 0) {
                    open++;
                }
                continue;
            }
            answered++;
            Instant first = answers.stream().map(FeedbackResponse::at).min(Instant::compareTo).orElseThrow();
            days.add(Math.max(0, Duration.between(entry.given(), first).toMillis()) / 86_400_000.0);
        }
        return new Figures(entries.size(), answered, median(days), open);
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
