package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.collateralfinder.model.DealContext;

/**
 * Each rep's current event per content hash, and per hash the summary search reads: a pure function of
 * the set of stored events (the latest by {@link FeedbackEvent#ORDER} wins), kept in memory so filters and
 * summaries cost no query. Loaded once from the database, then every inserted event is applied.
 *
 * <p>It also keeps where each content was: the paths entries on it were given at, and the paths this
 * computer saw it edited at, moved along with the files this computer saw moved. A file edited in place gets a new content hash; {@link #carried} tells, for
 * the index as it is now, which earlier contents each path had, and {@link #latest} merges a file's
 * contents: a rep's current feedback on a file is their latest event over all the contents it had
 * ({@link FeedbackByFile} is the one place that decides which contents those are). Thread-safe.
 */
final class CurrentFeedback {

    /**
     * What is kept of a rep's latest event on a content hash.
     *
     * @param slides the slides (pages, sheets) the entry is about; empty for the whole file
     */
    record Current(Instant at, UUID id, boolean entry, List<String> tags, Integer rating, boolean commented,
                   String industry, String stage, String comment, List<Integer> slides) {

        Current {
            slides = slides == null ? List.of() : List.copyOf(slides);
        }

        static Current of(FeedbackEvent event) {
            return switch (event) {
                case FeedbackEntry e -> new Current(e.at(), e.id(), true, e.tags(), e.rating(), e.commented(),
                        e.industry(), e.dealStage(), e.comment(), e.slides());
                case FeedbackWithdrawal w -> new Current(w.at(), w.id(), false, List.of(), null, false, null, null, null,
                        List.of());
            };
        }

        /** Whether the entry counts for a hit whose best page is {@code page}: one about the whole file, or naming it. */
        boolean countsOn(int page) {
            return slides.isEmpty() || slides.contains(page);
        }

        /** True when this event comes after the other in {@link FeedbackEvent#ORDER}. */
        boolean isAfter(Current other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime > 0 : id.toString().compareTo(other.id.toString()) > 0;
        }
    }

    private final Map<String, Map<String, Current>> byHash = new HashMap<>();
    private final Map<String, FeedbackSummary> summaries = new HashMap<>();
    /** Where each content was: the paths entries on it were given at and the paths it was seen edited at. */
    private final Map<String, Set<String>> paths = new HashMap<>();
    /** Files this computer saw moved, in the order seen: each took the contents that were at its old path along. */
    private final List<Move> moves = new ArrayList<>();
    /** Counts every change, so a view of the files built on this one knows when it is out of date. */
    private long version;

    synchronized void apply(FeedbackEvent event) {
        apply(event.contentHash(), event.user(), Current.of(event));
        if (event instanceof FeedbackEntry entry) {
            wasAt(entry.contentHash(), entry.path());
        }
    }

    /** Records an event unless the rep already has a later one on this content. */
    synchronized void apply(String hash, String user, Current candidate) {
        Map<String, Current> users = byHash.computeIfAbsent(hash, h -> new HashMap<>());
        Current current = users.get(user);
        if (current == null || candidate.isAfter(current)) {
            users.put(user, candidate);
            summaries.remove(hash);
            version++;
        }
    }

    /** The content {@code hash} was at {@code path}: feedback was given on it there, or the file there was edited from it. */
    synchronized void wasAt(String hash, String path) {
        if (path != null && paths.computeIfAbsent(hash, h -> new HashSet<>()).add(path)) {
            version++;
        }
    }

    /** A content that was at {@code from} went along with the file moved from there to {@code to}. */
    record Move(String hash, String from, String to) {
    }

    /** The file at {@code move.from()} was moved to {@code move.to()}, taking the content {@code move.hash()} along. */
    synchronized void moved(Move move) {
        moves.add(move);
        version++;
    }

    /** The contents that were at this path (as {@link #carried} places them): what a file moved from there takes along. */
    synchronized Set<String> contentsThatWereAt(String path) {
        Set<String> at = new HashSet<>();
        placed().forEach((hash, where) -> {
            if (where.contains(path)) {
                at.add(hash);
            }
        });
        return at;
    }

    /** Where each content was, once the moves seen are replayed in order: a moved file's contents are at its new path only. */
    private Map<String, Set<String>> placed() {
        if (moves.isEmpty()) {
            return paths;
        }
        Map<String, Set<String>> placed = new HashMap<>();
        paths.forEach((hash, at) -> placed.put(hash, new HashSet<>(at)));
        for (Move move : moves) {
            Set<String> at = placed.get(move.hash());
            if (at != null && at.remove(move.from())) {
                at.add(move.to());
            }
        }
        return placed;
    }

    synchronized long version() {
        return version;
    }

    /**
     * The files that had earlier contents, for the index as it is now: a content no indexed file has any more,
     * that was at a path now holding other content, was that file's before it was edited in place (and a file
     * this computer saw moved took it to its new path). A content
     * still in some file keeps its feedback there (a copy kept, or the file moved and another put in its
     * place). Each such path maps to its file's contents: the one it has now, then the earlier ones sorted
     * (files with the same contents compare equal).
     */
    Map<String, List<String>> carried(IndexedContents index) {
        return carried(index, byHash::containsKey);
    }

    /**
     * As {@link #carried(IndexedContents)}, for these contents only, whether feedback was given on them or not
     * (the file an answer names as the fix follows its edits and moves as the file feedback is on does).
     */
    Map<String, List<String>> carried(IndexedContents index, Set<String> contents) {
        return carried(index, contents::contains);
    }

    private Map<String, List<String>> carried(IndexedContents index, Predicate<String> followed) {
        Map<String, Set<String>> where = new HashMap<>();
        synchronized (this) {
            placed().forEach((hash, at) -> {
                if (followed.test(hash)) {
                    where.put(hash, Set.copyOf(at));
                }
            });
        }
        if (where.isEmpty()) {
            return Map.of();
        }
        Set<String> gone = new HashSet<>(where.keySet());
        gone.removeAll(index.held(where.keySet()));
        Set<String> pathsOfGone = new HashSet<>();
        gone.forEach(hash -> pathsOfGone.addAll(where.get(hash)));
        Map<String, String> now = pathsOfGone.isEmpty() ? Map.of() : index.contentsAt(pathsOfGone);
        Map<String, List<String>> earlier = new HashMap<>();
        for (String hash : gone) {
            for (String path : where.get(hash)) {
                String there = now.get(path);
                if (there != null && !there.equals(hash)) {
                    earlier.computeIfAbsent(path, p -> new ArrayList<>()).add(hash);
                }
            }
        }
        Map<String, List<String>> carrying = new HashMap<>();
        earlier.forEach((path, hashes) -> {
            Collections.sort(hashes);
            List<String> contents = new ArrayList<>(List.of(now.get(path)));
            contents.addAll(hashes);
            carrying.put(path, List.copyOf(contents));
        });
        return carrying;
    }

    /** The rep's latest event over these contents (a file's content and the contents it had before), if any. */
    /** The content of the rep's latest event over these contents (where their feedback on the file was given), or empty. */
    synchronized Optional<String> latestContent(List<String> contents, String user) {
        String where = null;
        Current latest = null;
        for (String hash : contents) {
            Current current = byHash.getOrDefault(hash, Map.of()).get(user);
            if (current != null && (latest == null || current.isAfter(latest))) {
                latest = current;
                where = hash;
            }
        }
        return Optional.ofNullable(where);
    }

    synchronized Optional<Current> latest(List<String> contents, String user) {
        Current latest = null;
        for (String hash : contents) {
            Current current = byHash.getOrDefault(hash, Map.of()).get(user);
            if (current != null && (latest == null || current.isAfter(latest))) {
                latest = current;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether an event is the rep's current feedback on a file with these contents (their latest event over them, an entry). */
    synchronized boolean isCurrentEntryOver(List<String> contents, FeedbackEvent event) {
        return latest(contents, event.user())
                .filter(current -> current.entry() && current.id().equals(event.id()))
                .isPresent();
    }

    synchronized Optional<Current> of(String hash, String user) {
        return latest(List.of(hash), user);
    }

    /** Whether this event is a current entry (a rep's latest event on its content, and not a withdrawal). */
    synchronized boolean isCurrentEntry(FeedbackEvent event) {
        return isCurrentEntryOver(List.of(event.contentHash()), event);
    }

    synchronized FeedbackSummary summary(String hash) {
        FeedbackSummary summary = summaries.get(hash);
        if (summary == null) {
            summary = summarize(hash, byHash.getOrDefault(hash, Map.of()).values());
            summaries.put(hash, summary);
        }
        return summary;
    }

    /** The summary of a file with these contents (its own first): each rep's latest event over them. */
    synchronized FeedbackSummary summary(List<String> contents) {
        if (contents.size() == 1) {
            return summary(contents.getFirst());
        }
        return summarize(contents.getFirst(), latestByUser(contents).values());
    }

    /**
     * As {@link #summary(List)}, of the entries that count for a hit whose best matching page is {@code page} (0 for a
     * hit without one): those about the whole file and those naming that page. The ranking's rule: feedback on some
     * slides moves a deck only for searches that find those slides (slides re-test 22 #4).
     */
    synchronized FeedbackSummary summaryOn(List<String> contents, int page) {
        List<Current> counted = new ArrayList<>();
        for (Current current : latestByUser(contents).values()) {
            if (current.countsOn(page)) {
                counted.add(current);
            }
        }
        return summarize(contents.getFirst(), counted);
    }

    private Map<String, Current> latestByUser(List<String> contents) {
        Map<String, Current> users = new HashMap<>();
        for (String hash : contents) {
            byHash.getOrDefault(hash, Map.of()).forEach((user, current) -> users.merge(user, current,
                    (a, b) -> b.isAfter(a) ? b : a));
        }
        return users;
    }

    /**
     * The current entries over these contents (each rep's latest) given in deals like {@code deal}, summarised, with
     * how many worked and how many did not ({@link DealEvidence#of}).
     */
    synchronized DealEvidence evidence(List<String> contents, DealContext deal) {
        Map<String, Current> users = new HashMap<>();
        for (String hash : contents) {
            byHash.getOrDefault(hash, Map.of()).forEach((user, current) -> users.merge(user, current,
                    (a, b) -> b.isAfter(a) ? b : a));
        }
        List<Current> like = new ArrayList<>();
        for (Current current : users.values()) {
            if (current.entry() && DealEvidence.likeDeal(current.industry(), current.stage(), current.comment(), deal)) {
                like.add(current);
            }
        }
        return DealEvidence.of(deal, like, summarize(contents.getFirst(), like));
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

    private static FeedbackSummary summarize(String hash, Collection<Current> users) {
        Map<String, Integer> tags = new HashMap<>();
        Map<String, TreeSet<Integer>> tagSlides = new HashMap<>();
        Set<String> wholeFileTags = new HashSet<>();
        TreeSet<Integer> slides = new TreeSet<>();
        int count = 0;
        int rated = 0;
        int ratingSum = 0;
        boolean commented = false;
        for (Current current : users) {
            if (!current.entry()) {
                continue;
            }
            count++;
            current.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum));
            slides.addAll(current.slides());
            for (String tag : current.tags()) {
                if (current.slides().isEmpty()) {
                    wholeFileTags.add(tag);
                } else {
                    tagSlides.computeIfAbsent(tag, t -> new TreeSet<>()).addAll(current.slides());
                }
            }
            if (current.rating() != null) {
                rated++;
                ratingSum += current.rating();
            }
            commented |= current.commented();
        }
        if (count == 0) {
            return FeedbackSummary.empty(hash);
        }
        Map<String, List<Integer>> onSlidesOnly = new HashMap<>();
        tagSlides.forEach((tag, named) -> {
            if (!wholeFileTags.contains(tag)) {
                onSlidesOnly.put(tag, List.copyOf(named));
            }
        });
        return new FeedbackSummary(hash, sortedByCount(tags), rated == 0 ? null : (double) ratingSum / rated,
                count, commented, List.copyOf(slides), onSlidesOnly);
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
