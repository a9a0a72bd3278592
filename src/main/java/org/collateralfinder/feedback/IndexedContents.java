package org.collateralfinder.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds now, as far as feedback needs it to tell which file feedback given before an edit
 * in place belongs to ({@link FeedbackByFile}): whether a content is still in some file, and what content
 * a path holds; and where the files with a content are (to name the files of an answer as they are now). The index lives elsewhere: search answers this over a searcher, {@link #of} over a list of
 * the indexed files.
 */
public interface IndexedContents {

    /** Of these contents, those at least one indexed file has now. */
    Set<String> held(Set<String> contentHashes);

    /** The content of the file indexed at each of these paths; a path with no file (or one without content) is left out. */
    Map<String, String> contentsAt(Set<String> paths);

    /** The paths of the indexed files with each of these contents, sorted; a content no file has is left out. */
    Map<String, List<String>> pathsOf(Set<String> contentHashes);

    /** Over a list of every indexed file (an empty list: nothing indexed yet). */
    static IndexedContents of(Collection<KnownFile> files) {
        Set<String> contents = new HashSet<>();
        Map<String, String> byPath = new HashMap<>();
        for (KnownFile file : files) {
            contents.add(file.contentHash());
            byPath.put(file.path(), file.contentHash());
        }
        return new IndexedContents() {
            @Override
            public Set<String> held(Set<String> contentHashes) {
                Set<String> held = new HashSet<>(contentHashes);
                held.retainAll(contents);
                return held;
            }

            @Override
            public Map<String, List<String>> pathsOf(Set<String> contentHashes) {
                Map<String, List<String>> paths = new HashMap<>();
                for (KnownFile file : files) {
                    if (contentHashes.contains(file.contentHash())) {
                        paths.computeIfAbsent(file.contentHash(), hash -> new ArrayList<>()).add(file.path());
                    }
                }
                paths.values().forEach(Collections::sort);
                return paths;
            }

            @Override
            public Map<String, String> contentsAt(Set<String> paths) {
                Map<String, String> at = new HashMap<>();
                paths.forEach(path -> {
                    if (byPath.containsKey(path)) {
                        at.put(path, byPath.get(path));
                    }
                });
                return at;
            }
        };
    }
}
