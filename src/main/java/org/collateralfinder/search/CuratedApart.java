package org.collateralfinder.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.Curation;

/**
 * Which files marketing's curation keeps in results of their own, however alike the grouping finds them (copies,
 * versions by name, near-identical text): a file marketing discourages (retired, or its curation expired) is never
 * folded with one it does not, and a retired file never with the file named to replace it. Else a retired price list
 * that is newer on disk stood for its replacement, which hid under it as its "older version" (curation re-test 21,
 * finding 1). Built for one search; each file's curation is looked up once.
 */
final class CuratedApart {

    /** Nothing curated: grouping as it always was. */
    static final CuratedApart NONE = new CuratedApart(null);

    /** What curation says of one file for grouping: whether it is discouraged, and where its replacement is now. */
    private record Side(boolean discouraged, String replacement) {
    }

    private static final Side PLAIN = new Side(false, null);

    private final CurationByFile curation;
    private final Map<String, Side> sides = new HashMap<>();

    private CuratedApart(CurationByFile curation) {
        this.curation = curation;
    }

    /** The rule over the curation of one index's files (none, when nothing is curated). */
    static CuratedApart over(CurationByFile curation) {
        return curation == null || curation.isEmpty() ? NONE : new CuratedApart(curation);
    }

    /** Whether the two files (path and content hash, either may be null) must be two results. */
    boolean apart(String pathA, String hashA, String pathB, String hashB) {
        if (curation == null) {
            return false;
        }
        Side a = side(pathA, hashA);
        Side b = side(pathB, hashB);
        return a.discouraged() != b.discouraged() || (a.replacement() != null && a.replacement().equals(pathB))
                || (b.replacement() != null && b.replacement().equals(pathA));
    }

    boolean apart(Candidate a, Candidate b) {
        return apart(a.id(), a.hash(), b.id(), b.hash());
    }

    private Side side(String path, String hash) {
        if (path == null || hash == null) {
            return PLAIN;
        }
        return sides.computeIfAbsent(path + '\n' + hash, key -> {
            Optional<Curation> c = curation.of(new KnownFile(hash, path));
            if (c.isEmpty()) {
                return PLAIN;
            }
            String replacement = curation.replacementOf(c.get()).orElse(null);
            return new Side(c.get().discouraged(curation.today()), replacement);
        });
    }
}
