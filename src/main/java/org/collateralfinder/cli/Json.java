package org.collateralfinder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collateralfinder.feedback.DealEvidence;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.feedback.FeedbackSummary;
import org.collateralfinder.model.DealContext;
import org.collateralfinder.model.FacetCount;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.PageHit;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.offline.CopyFailure;
import org.collateralfinder.offline.OfflineListing;
import org.collateralfinder.offline.Pin;
import org.collateralfinder.offline.RefreshSummary;
import org.collateralfinder.search.FoundCollection;
import org.collateralfinder.search.ShownCuration;
import org.collateralfinder.slides.DeckExport;

/** The command line's JSON shapes, built field by field so the contract is visible in one place. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
    }

    /** Per-hit facts that come from outside the index: is the file reachable now, is there an offline copy. */
    interface Availability {
        Availability ALWAYS = new Availability() {
            @Override
            public boolean available(SearchHit hit) {
                return true;
            }

            @Override
            public boolean offlineCopy(SearchHit hit) {
                return false;
            }
        };

        boolean available(SearchHit hit);

        boolean offlineCopy(SearchHit hit);
    }

    /** Seconds as the JSON contract gives them: to the millisecond. */
    static double seconds(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /** A run's counts as {@code index --json} gives them, and whether it was stopped before its end; null: none. */
    static Map<String, Object> lastRun(IndexRunStats stats, boolean cancelled) {
        if (stats == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new LinkedHashMap<>(MAPPER.convertValue(stats, Map.class));
        m.put("cancelled", cancelled);
        return m;
    }

    static Map<String, Object> searchResult(SearchResult r) {
        return searchResult(r, Availability.ALWAYS);
    }

    static Map<String, Object> searchResult(SearchResult r, Availability availability) {
        return searchResult(r, availability, Map.of());
    }

    /**
     * With the team's feedback per hit (by path): "tags" (most given first), "tag_slides" (the tags given on some slides
     * only, with those slides), "rating" (average or null), "feedback_count".
     */
    static Map<String, Object> searchResult(SearchResult r, Availability availability,
                                            Map<String, FeedbackSummary> feedback) {
        return searchResult(r, availability, feedback, Map.of());
    }

    /** With each hit's best pages, slides or sheets (by path): "page_hits", best first, empty for files without pages. */
    static Map<String, Object> searchResult(SearchResult r, Availability availability,
                                            Map<String, FeedbackSummary> feedback, Map<String, List<PageHit>> pageHits) {
        return searchResult(r, availability, feedback, pageHits, Map.of());
    }

    /**
     * With marketing's curation of each hit (by path): "curation", {"state", "expires", "expired", "owner",
     * "replaced_by"}, or null for a file nobody curated.
     */
    static Map<String, Object> searchResult(SearchResult r, Availability availability,
                                            Map<String, FeedbackSummary> feedback, Map<String, List<PageHit>> pageHits,
                                            Map<String, ShownCuration> curation) {
        return searchResult(r, availability, feedback, pageHits, curation, DealContext.none(), Map.of());
    }

    /**
     * With the rep's deal: "context", {"industry", "stage", "competitor"} or null without one, and per hit "context",
     * what the team's feedback says of it in deals like it ({@link #dealEvidence}), or null.
     */
    static Map<String, Object> searchResult(SearchResult r, Availability availability,
                                            Map<String, FeedbackSummary> feedback, Map<String, List<PageHit>> pageHits,
                                            Map<String, ShownCuration> curation, DealContext deal,
                                            Map<String, DealEvidence> evidence) {
        return searchResult(r, availability, feedback, pageHits, curation, deal, evidence, Map.of(), List.of());
    }

    /**
     * With the collections: each hit's "collections", the names of those holding it ([] for none), and at the top
     * "collections", those whose name or description answers the query: [{"name", "description", "by", "shared",
     * "files"}], "files" the paths of their files the index has, in the collection's order.
     */
    static Map<String, Object> searchResult(SearchResult r, Availability availability,
                                            Map<String, FeedbackSummary> feedback, Map<String, List<PageHit>> pageHits,
                                            Map<String, ShownCuration> curation, DealContext deal,
                                            Map<String, DealEvidence> evidence, Map<String, List<String>> collectionsOf,
                                            List<FoundCollection> collections) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", r.query());
        out.put("total", r.total());
        out.put("took_ms", r.tookMs());
        out.put("counts_ms", r.countMs());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            Map<String, Object> m = hit(h);
            m.put("page_hits", pageHits.getOrDefault(h.path(), List.of()).stream().map(Json::pageHit).toList());
            FeedbackSummary f = h.contentHash() == null ? null : feedback.get(h.path());
            m.put("tags", f == null ? List.of() : f.tagCounts().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList());
            // a tag given on some slides only, with those slides: {"outdated": [3, 4, 5]} (slides re-test 22 #4)
            m.put("tag_slides", f == null ? Map.of() : new TreeMap<>(f.tagSlides()));
            m.put("rating", f == null || f.averageRating() == null ? null : Math.round(f.averageRating() * 100) / 100.0);
            m.put("feedback_count", f == null ? 0 : f.count());
            m.put("available", availability.available(h));
            m.put("offline_copy", availability.offlineCopy(h));
            m.put("curation", curation(curation.get(h.path())));
            m.put("context", dealEvidence(evidence.get(h.path())));
            m.put("collections", collectionsOf.getOrDefault(h.path(), List.of()));
            hits.add(m);
        }
        out.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            f.getValue().forEach(c -> counts.put(c.value(), c.count()));
            facets.put(f.getKey(), counts);
        }
        out.put("facets", facets);
        out.put("context", deal(deal));
        out.put("collections", collections.stream().map(Json::foundCollection).toList());
        if (r.message() != null) {
            out.put("message", r.message());
        }
        return out;
    }

    /** A collection as search finds it: its name, description, author, whether shared, and its files' paths. */
    static Map<String, Object> foundCollection(FoundCollection found) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", found.collection().name());
        m.put("description", found.collection().description());
        m.put("by", found.collection().author());
        m.put("shared", found.collection().shared());
        m.put("files", found.foundPaths());
        return m;
    }

    /** The rep's deal as search echoes it: {"industry", "stage", "competitor"} (each null when not given), or null. */
    static Map<String, Object> deal(DealContext deal) {
        if (deal == null || deal.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("industry", deal.industry());
        m.put("stage", deal.stage());
        m.put("competitor", deal.competitor());
        return m;
    }

    /**
     * What the team's feedback says of a hit in deals like the rep's: {"reason": "worked in 4 healthcare deals",
     * "deals", "worked", "didnt_land", "factor"} (the deal factor its score was multiplied by), or null.
     */
    static Map<String, Object> dealEvidence(DealEvidence evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", evidence.reason());
        m.put("deals", evidence.deals());
        m.put("worked", evidence.worked());
        m.put("didnt_land", evidence.notLanded());
        m.put("factor", Math.round(FeedbackBoost.dealFactor(evidence) * 1000) / 1000.0);
        return m;
    }

    /** A file's curation as search and {@code curate list} write it, or null. */
    static Map<String, Object> curation(ShownCuration shown) {
        if (shown == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", shown.state().code());
        m.put("expires", shown.curation().expires() == null ? null : shown.curation().expires().toString());
        m.put("expired", shown.expired());
        m.put("owner", shown.curation().owner());
        m.put("replaced_by", shown.replacedBy());
        m.put("replacement_retired", shown.replacementRetired());
        return m;
    }

    static Map<String, Object> pageHit(PageHit p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p.page());
        m.put("name", p.name());
        m.put("snippet", p.snippet());
        return m;
    }

    static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", h.path());
        m.put("title", h.title());
        m.put("type", h.type());
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("snippet", h.snippet());
        m.put("modified", h.modified().toString());
        m.put("file_name", h.fileName());
        m.put("extension", h.extension());
        m.put("folder", h.folder());
        m.put("source", h.source());
        m.put("size", h.size());
        m.put("author", h.author());
        m.put("pages", h.pages());
        m.put("content_hash", h.contentHash());
        if (h.failure() != null) {
            m.put("failure", h.failure());
        }
        m.put("duplicates", h.duplicates());
        m.put("versions", h.versions());
        m.put("newer_versions", h.newerVersions());
        return m;
    }

    /** {@code offline list --json}: the space used, the budget and every pin. */
    static Map<String, Object> offlineListing(OfflineListing listing) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("used_bytes", listing.usedBytes());
        o.put("budget_bytes", listing.budgetBytes());
        o.put("pins", listing.pins().stream().map(Json::pin).toList());
        return o;
    }

    private static Map<String, Object> pin(Pin pin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", pin.path());
        m.put("copy", pin.copy().toString());
        m.put("size", pin.size());
        m.put("pinned_at", pin.pinnedAt().toString());
        m.put("folder", pin.folder());
        return m;
    }

    /** {@code offline refresh --json}: what a refresh of the pins did. */
    static Map<String, Object> refreshSummary(RefreshSummary r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("refreshed", r.refreshed());
        o.put("added", r.added());
        o.put("unchanged", r.unchanged());
        o.put("unreachable", r.unreachable());
        o.put("failed", r.failed().stream().map(Json::copyFailure).toList());
        return o;
    }

    private static Map<String, Object> copyFailure(CopyFailure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("reason", f.reason());
        return m;
    }

    /** {@code slides export --json}: the deck written (null when none could be), its slides, and those left out. */
    /** @param reason why no deck was written, or null when one was */
    static Map<String, Object> deckExport(DeckExport export, String reason) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("output", export.output() == null ? null : export.output().toString());
        o.put("slides", export.slides());
        o.put("skipped", export.skipped().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slide", s.slide().toString());
            m.put("reason", s.reason());
            return m;
        }).toList());
        o.put("reason", reason);
        // slides in the deck that lack something (a SmartArt diagram drawn into a picture), said per slide
        o.put("warnings", export.warnings().stream().map(w -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slide", w.slide().toString());
            m.put("warning", w.warning());
            return m;
        }).toList());
        return o;
    }
}
