package org.collateralfinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.Plural;
import org.collateralfinder.model.SavedSearch;
import org.collateralfinder.model.SinceOpened;
import org.collateralfinder.search.SavedSearchService;

/** How the command line says saved searches, in JSON and in sentences. */
final class SavedJson {

    private SavedJson() {
    }

    /** {@code "saved"} of {@code search --save}: the name, how many files match, and whether one was replaced. */
    static Map<String, Object> saved(SavedSearchService.Saved saved) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", saved.search().name());
        json.put("matching", saved.matching());
        json.put("replaced", saved.replaced().isPresent());
        return json;
    }

    /** "Saved the search “Healthcare pitch” (3 files match now); …". */
    static String savedSentence(SavedSearchService.Saved saved) {
        return (saved.replaced().isPresent() ? "Replaced the saved search \u201c" + saved.replaced().get().name()
                + "\u201d with this one" : "Saved the search \u201c" + saved.search().name() + "\u201d") + " ("
                + Plural.of(saved.matching(), "file matches", "files match") + " now); saved list shows what is new or "
                + "changed since you last opened it, saved open runs it again.";
    }

    /** One saved search with its counts, as {@code saved list --json} gives it. */
    static Map<String, Object> listed(SavedSearchService.Listed listed) {
        Map<String, Object> json = search(listed.search());
        json.put("matching", listed.matching());
        since(json, listed.since());
        return json;
    }

    static Map<String, Object> search(SavedSearch search) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", search.name());
        json.put("query", search.query());
        json.put("filters", search.filters());
        json.put("sort", search.sort());
        json.put("as_you_type", search.asYouType());
        json.put("saved_at", search.savedAt().toString());
        json.put("opened_at", search.openedAt().toString());
        return json;
    }

    /** Adds {@code new}, {@code changed} (counts) and {@code new_files}, {@code changed_files} (paths). */
    static void since(Map<String, Object> json, SinceOpened since) {
        json.put("new", since.added().size());
        json.put("changed", since.changed().size());
        json.put("new_files", since.added());
        json.put("changed_files", since.changed());
    }

    /** "healthcare pitch · type: presentation, pdf · newest first": what a saved search searches for. */
    static String describe(SavedSearch search) {
        StringBuilder text = new StringBuilder(search.query().isEmpty() ? "(no words)" : search.query());
        search.filters().forEach((dimension, values) -> text.append(" \u00b7 ").append(dimension).append(": ")
                .append(String.join(", ", values)));
        String order = switch (search.sort()) {
            case "newest" -> "newest first";
            case "name" -> "by name";
            case "rating" -> "by rating";
            default -> "";
        };
        return order.isEmpty() ? text.toString() : text.append(" \u00b7 ").append(order).toString();
    }

    static List<Map<String, Object>> list(List<SavedSearchService.Listed> all) {
        return all.stream().map(SavedJson::listed).toList();
    }
}
