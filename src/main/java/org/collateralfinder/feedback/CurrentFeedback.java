package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Each rep's current event per content hash, and per hash the summary search reads: a pure function of
 * the set of stored events and edits (the latest by {@link FeedbackEvent#ORDER} wins), kept in memory so
 * filters and summaries cost no query. Loaded once from the database, then every inserted event is applied.
 *
 * <p>A file edited in place gets a new content hash; the edit links the previous content to the new one
 * ({@link #link}), and an event on a content counts for every content it was edited into, so a rep's
 * current feedback on a file is their latest event over all the contents it had. Thread-safe.
 */
final class CurrentFeedback {

    /** What is kept of a rep's latest event on a content hash. */
    record Current(Instant at, UUID id, boolean entry, List<String> tags, Integer rating, boolean commented) {

        static Current of(FeedbackEvent event) {
            return switch (event) {
                case FeedbackEntry e -> new Current(e.at(), e.id(), true, e.tags(), e.rating(), e.commented());
                case FeedbackWithdrawal w -> new Current(w.at(), w.id(), false, List.of(), null, false);
            };
        }

        /** True when this event comes after the other in {@link FeedbackEvent#ORDER}. */
        boolean isAfter(Current other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime > 0 : id.toString().compareTo(other.id.toString()) > 0;
        }
    }

    private final Map<String, Map<String, Current>> byHash = new HashMap<>();
    private final Map<String, FeedbackSummary> summaries = new HashMap<>();
    /** Edits: the contents each content was edited into, and back. */
    private final Map<String, Set<String>> next = new HashMap<>();
    private final Map<String, Set<String>> previous = new HashMap<>();

    synchronized void apply(FeedbackEvent event) {
        apply(event.contentHash(), event.user(), Current.of(event));
    }

    /** Records an event unless the rep already has a later one on this content, and on the contents it was edited into. */
    synchronized void apply(String hash, String user, Current candidate) {
        apply(hash, user, candidate, new HashSet<>());
    }

    private void apply(String hash, String user, Current candidate, Set<String> visited) {
        if (!visited.add(hash)) {
            return; // edited back and forth: each content once
        }
        Map<String, Current> users = byHash.computeIfAbsent(hash, h -> new HashMap<>());
        Current current = users.get(user);
        if (current == null || candidate.isAfter(current)) {
            users.put(user, candidate);
            summaries.remove(hash);
            for (String edited : next.getOrDefault(hash, Set.of())) {
                apply(edited, user, candidate, visited);
            }
        }
    }

    /** A file with content {@code from} was edited into {@code to}: feedback on {@code from} counts for {@code to}. */
    synchronized void link(String from, String to) {
        if (from.equals(to) || !next.computeIfAbsent(from, h -> new HashSet<>()).add(to)) {
            return;
        }
        previous.computeIfAbsent(to, h -> new HashSet<>()).add(from);
        for (Map.Entry<String, Current> user : List.copyOf(byHash.getOrDefault(from, Map.of()).entrySet())) {
            apply(to, user.getKey(), user.getValue());
        }
    }

    /** The content and every content it was edited from (directly or through other edits), itself first. */
    synchronized List<String> lineage(String hash) {
        List<String> lineage = new ArrayList<>(List.of(hash));
        Set<String> seen = new HashSet<>(lineage);
        for (int i = 0; i < lineage.size(); i++) {
            for (String before : previous.getOrDefault(lineage.get(i), Set.of())) {
                if (seen.add(before)) {
                    lineage.add(before);
                }
            }
        }
        return lineage;
    }

    /** Every content {@code hash} was edited into (directly or through other edits), not itself. */
    synchronized Set<String> editedInto(String hash) {
        Set<String> later = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(hash));
        for (int i = 0; i < queue.size(); i++) {
            for (String after : next.getOrDefault(queue.get(i), Set.of())) {
                if (!after.equals(hash) && later.add(after)) {
                    queue.add(after);
                }
            }
        }
        return later;
    }

    /** Whether an event is the rep's current feedback on {@code hash} (given there, or on a content it was edited from). */
    synchronized boolean isCurrentEntryOn(String hash, FeedbackEvent event) {
        return of(hash, event.user())
                .filter(current -> current.entry() && current.id().equals(event.id()))
                .isPresent();
    }

    synchronized Optional<Current> of(String hash, String user) {
        Map<String, Current> users = byHash.get(hash);
        return users == null ? Optional.empty() : Optional.ofNullable(users.get(user));
    }

    /** Whether this event is a current entry (a rep's latest event on its content, and not a withdrawal). */
    synchronized boolean isCurrentEntry(FeedbackEvent event) {
        return of(event.contentHash(), event.user())
                .filter(current -> current.entry() && current.id().equals(event.id()))
                .isPresent();
    }

    synchronized FeedbackSummary summary(String hash) {
        FeedbackSummary summary = summaries.get(hash);
        if (summary == null) {
            summary = summarize(hash, byHash.getOrDefault(hash, Map.of()));
            summaries.put(hash, summary);
        }
        return summary;
    }

    /** Hashes whose (non-empty) summary matches. */
    synchronized Set<String> hashesWhere(Predicate<FeedbackSummary> test) {
        Set<String> matching = new HashSet<>();
        for (String hash : byHash.keySet()) {
            FeedbackSummary summary = summary(hash);
            if (!summary.isEmpty() && test.test(summary)) {
                matching.add(hash);
            }
        }
        return matching;
    }

    /** Hashes with at least one current entry. */
    synchronized Set<String> hashesWithFeedback() {
        return hashesWhere(summary -> true);
    }

    private static FeedbackSummary summarize(String hash, Map<String, Current> users) {
        Map<String, Integer> tags = new HashMap<>();
        int count = 0;
        int rated = 0;
        int ratingSum = 0;
        boolean commented = false;
        for (Current current : users.values()) {
            if (!current.entry()) {
                continue;
            }
            count++;
            current.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum));
            if (current.rating() != null) {
                rated++;
                ratingSum += current.rating();
            }
            commented |= current.commented();
        }
        if (count == 0) {
            return FeedbackSummary.empty(hash);
        }
        return new FeedbackSummary(hash, sortedByCount(tags), rated == 0 ? null : (double) ratingSum / rated,
                count, commented);
    }

    /** Most frequent first, then alphabetical. */
    static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
