package org.collateralfinder.gui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The folder named beside a file's name: its parent folder ("Decks"), and for files of the same name as many
 * folders above it as tell them apart ("2024/Decks", "2025/Decks"). The one rule the report's lists, the search
 * rows, the answer notice and the closing question follow: two price lists of one name could not be told apart.
 */
public final class FolderLabels {

    private FolderLabels() {
    }

    /** Each path's folder label ("" for a path without a folder). */
    public static Map<String, String> of(Collection<String> paths) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String path : new LinkedHashSet<>(paths)) {
            byName.computeIfAbsent(Formats.lastName(path), n -> new ArrayList<>()).add(path);
        }
        Map<String, String> labels = new HashMap<>();
        for (List<String> sameName : byName.values()) {
            int deepest = sameName.stream().mapToInt(p -> folders(p).size()).max().orElse(0);
            int depth = 1;
            while (depth < deepest && !distinct(sameName, depth)) {
                depth++;
            }
            for (String path : sameName) {
                labels.put(path, label(path, depth));
            }
        }
        return labels;
    }

    /**
     * How a sentence names each path: {@code name} of it, and " in " its folder label when another of the paths
     * has the same file name ("price-list in apac/2025"); a name no other path shares stands alone.
     */
    public static Map<String, String> names(Collection<String> paths, Function<String, String> name) {
        Map<String, Long> sameName = new HashMap<>();
        Set<String> distinctPaths = new LinkedHashSet<>(paths);
        distinctPaths.forEach(p -> sameName.merge(Formats.lastName(p), 1L, Long::sum));
        Map<String, String> labels = of(distinctPaths);
        Map<String, String> names = new HashMap<>();
        for (String path : distinctPaths) {
            String label = labels.get(path);
            names.put(path, name.apply(path) + (sameName.get(Formats.lastName(path)) > 1 && !label.isEmpty()
                    ? " in " + label : ""));
        }
        return names;
    }

    private static boolean distinct(List<String> paths, int depth) {
        Set<String> seen = new HashSet<>();
        return paths.stream().allMatch(p -> seen.add(label(p, depth)));
    }

    /** The last {@code depth} folders of the path, joined with "/". */
    private static String label(String path, int depth) {
        List<String> folders = folders(path);
        return String.join("/", folders.subList(Math.max(0, folders.size() - depth), folders.size()));
    }

    private static List<String> folders(String path) {
        List<String> parts = new ArrayList<>(Arrays.stream(path.split("[/\\\\]+")).filter(p -> !p.isEmpty()).toList());
        return parts.isEmpty() ? parts : parts.subList(0, parts.size() - 1);
    }
}
