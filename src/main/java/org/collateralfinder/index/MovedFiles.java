package org.collateralfinder.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.collateralfinder.model.MovedFile;

/**
 * The files a run saw moved: a content that left one path (its file deleted from the index, or replaced
 * there by other content) and appeared at another (a file new to the index) in the same run. A file kept
 * under a new name while a new file is put at its old name reads so: its old path was edited in place,
 * and its content appeared at the new name. When several files with one content left and
 * appeared, those with the same name are paired (a folder renamed or moved); the rest only when one left
 * and one appeared, since which went where cannot be told otherwise.
 */
final class MovedFiles {

    private MovedFiles() {
    }

    /**
     * @param gone     the ids whose content left them this run (deleted, or edited in place), with that content
     * @param appeared the ids new to the index this run, with their content
     */
    static List<MovedFile> pair(Map<String, String> gone, Map<String, String> appeared) {
        Map<String, TreeSet<String>> goneByContent = byContent(gone);
        Map<String, TreeSet<String>> appearedByContent = byContent(appeared);
        List<MovedFile> moved = new ArrayList<>();
        goneByContent.forEach((hash, from) -> {
            TreeSet<String> to = appearedByContent.get(hash);
            if (to == null) {
                return;
            }
            if (from.size() > 1 || to.size() > 1) {
                pairByName(hash, from, to, moved);
            }
            if (from.size() == 1 && to.size() == 1) {
                moved.add(new MovedFile(from.first(), to.first(), hash));
            }
        });
        return moved;
    }

    /** Pairs (and takes out of both sets) the paths whose names occur once on each side. */
    private static void pairByName(String hash, TreeSet<String> from, TreeSet<String> to, List<MovedFile> moved) {
        Map<String, List<String>> fromByName = byName(from);
        Map<String, List<String>> toByName = byName(to);
        fromByName.forEach((name, fromPaths) -> {
            List<String> toPaths = toByName.get(name);
            if (fromPaths.size() == 1 && toPaths != null && toPaths.size() == 1) {
                moved.add(new MovedFile(fromPaths.getFirst(), toPaths.getFirst(), hash));
                from.remove(fromPaths.getFirst());
                to.remove(toPaths.getFirst());
            }
        });
    }

    private static Map<String, TreeSet<String>> byContent(Map<String, String> contentById) {
        Map<String, TreeSet<String>> byContent = new HashMap<>();
        contentById.forEach((id, hash) -> byContent.computeIfAbsent(hash, h -> new TreeSet<>()).add(id));
        return byContent;
    }

    private static Map<String, List<String>> byName(TreeSet<String> ids) {
        Map<String, List<String>> byName = new TreeMap<>();
        ids.forEach(id -> byName.computeIfAbsent(nameOf(id), n -> new ArrayList<>()).add(id));
        return byName;
    }

    /** The last part of an id (a path, or an archive's path and a member's name). */
    private static String nameOf(String id) {
        int cut = Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\'));
        return id.substring(cut + 1);
    }
}
