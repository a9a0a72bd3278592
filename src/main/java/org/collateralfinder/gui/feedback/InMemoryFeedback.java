package org.collateralfinder.gui.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Feedback kept in memory only: the stand-in until the H2 feedback store is wired in. Thread-safe. */
public final class InMemoryFeedback implements FeedbackGateway {

    private final Map<String, List<FeedbackEntry>> byHash = new ConcurrentHashMap<>();

    @Override
    public Map<String, FeedbackSummary> summaries(Collection<String> contentHashes) {
        Map<String, FeedbackSummary> result = new HashMap<>();
        for (String hash : contentHashes) {
            List<FeedbackEntry> entries = hash == null ? null : byHash.get(hash);
            if (entries != null && !entries.isEmpty()) {
                result.put(hash, FeedbackSummary.of(entries));
            }
        }
        return result;
    }

    @Override
    public List<FeedbackEntry> history(String contentHash) {
        List<FeedbackEntry> entries = new ArrayList<>(byHash.getOrDefault(contentHash, List.of()));
        entries.sort(Comparator.comparing(FeedbackEntry::at).reversed());
        return entries;
    }

    @Override
    public void save(FeedbackEntry entry) {
        if (entry.contentHash() == null || entry.isEmpty()) {
            throw new IllegalArgumentException("feedback needs a file and a tag, rating or comment");
        }
        byHash.computeIfAbsent(entry.contentHash(), h -> new CopyOnWriteArrayList<>()).add(entry);
    }

    @Override
    public boolean isPersistent() {
        return false;
    }
}
