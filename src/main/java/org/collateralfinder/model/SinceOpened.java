package org.collateralfinder.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a saved search finds that it did not when the rep last opened it. A file is <em>new</em> when neither its
 * path nor its content was among the files matched then (a file added, or one that matches since it was edited); it
 * is <em>changed</em> when it is at a path matched then with other content (edited). A file moved, renamed or copied
 * keeps its content and is neither, nor is a file that no longer matches.
 *
 * @param added   the new files' paths, sorted
 * @param changed the changed files' paths, sorted
 */
public record SinceOpened(List<String> added, List<String> changed) {

    public static final SinceOpened NOTHING = new SinceOpened(List.of(), List.of());

    public SinceOpened {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
    }

    /**
     * @param then the files matched when last opened, path to content hash ("" for none)
     * @param now  the files matched now, the same way
     */
    public static SinceOpened of(Map<String, String> then, Map<String, String> now) {
        Set<String> contentsThen = new HashSet<>();
        then.values().stream().filter(hash -> !hash.isEmpty()).forEach(contentsThen::add);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        now.forEach((path, hash) -> {
            String before = then.get(path);
            if (before == null) {
                if (hash.isEmpty() || !contentsThen.contains(hash)) {
                    added.add(path);
                }
            } else if (!before.equals(hash)) {
                changed.add(path);
            }
        });
        added.sort(null);
        changed.sort(null);
        return new SinceOpened(added, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty();
    }

    /** "3 new, 1 changed", "2 new", "1 changed", or "" when nothing is: the list's badge and the command line's. */
    public String badge() {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%,d new", added.size()));
        }
        if (!changed.isEmpty()) {
            parts.add(String.format(Locale.ROOT, "%,d changed", changed.size()));
        }
        return String.join(", ", parts);
    }

    /** "3 files are new and 1 changed since you last opened it." as a sentence, or that nothing is. */
    public String sentence() {
        if (isEmpty()) {
            return "Nothing is new or changed since you last opened it.";
        }
        String news = added.isEmpty() ? "" : Plural.of(added.size(), "file is", "files are") + " new";
        String edits = changed.isEmpty() ? "" : (added.isEmpty() ? Plural.of(changed.size(), "file", "files") + " changed"
                : changed.size() + " changed");
        return (news.isEmpty() ? edits : edits.isEmpty() ? news : news + " and " + edits) + " since you last opened it.";
    }
}
