package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.collateralfinder.model.FileCollection;

/**
 * Which shared collection holds a name when several authors' shared collections have it (names compare regardless of
 * case): the one that was shared under it first (the earliest shared version with that name; then by author and
 * collection id), the same on every laptop whatever order the logs were merged in. The others are not listed, except
 * on their own author's computer (nobody loses their own collection), and each sync that reads one says so. A line
 * someone writes by hand into their own log cannot take a name the team shares already, as {@code collection create}
 * cannot (issue 16 re-test t16, minor 4).
 */
final class CollectionNameClaims {

    /** A shared collection that another's holds the name of, with the one that holds it. */
    record Outnamed(FileCollection collection, FileCollection holder, Instant since) {
    }

    private CollectionNameClaims() {
    }

    /**
     * The collections of {@code latest} (the latest version of each) that another author's shared collection holds the
     * name of, keyed by {@link #key}.
     *
     * @param versions every version stored, in {@link FileCollection#ORDER}
     */
    static Map<List<Object>, Outnamed> outnamed(List<FileCollection> versions, List<FileCollection> latest) {
        Map<List<Object>, Instant> namedSince = new HashMap<>(); // author, collection, name → first shared under it
        for (FileCollection version : versions) {
            if (version.shared()) {
                namedSince.merge(List.of(key(version), fold(version.name())), version.at(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, List<FileCollection>> byName = new LinkedHashMap<>();
        for (FileCollection collection : latest) {
            if (collection.shared() && !collection.deleted()) {
                byName.computeIfAbsent(fold(collection.name()), n -> new ArrayList<>()).add(collection);
            }
        }
        Map<List<Object>, Outnamed> outnamed = new HashMap<>();
        for (Map.Entry<String, List<FileCollection>> named : byName.entrySet()) {
            if (named.getValue().stream().map(c -> key(c).getFirst()).distinct().count() < 2) {
                continue;
            }
            Comparator<FileCollection> first = Comparator
                    .comparing((FileCollection c) -> namedSince.get(List.of(key(c), named.getKey())))
                    .thenComparing(c -> (String) key(c).getFirst())
                    .thenComparing(c -> c.collection().toString());
            FileCollection holder = named.getValue().stream().min(first).orElseThrow();
            for (FileCollection collection : named.getValue()) {
                if (!key(collection).getFirst().equals(key(holder).getFirst())) {
                    outnamed.put(key(collection), new Outnamed(collection, holder,
                            namedSince.get(List.of(key(holder), named.getKey()))));
                }
            }
        }
        return outnamed;
    }

    /** A collection: its author's log and its id. */
    static List<Object> key(FileCollection collection) {
        return List.of(TeamLogFiles.logFileName(collection.author()), collection.collection());
    }

    private static String fold(String name) {
        return CollectionRules.folded(name);
    }
}
