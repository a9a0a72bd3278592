package org.collateralfinder.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * What a curation did beyond the files named, said as {@link Curations#curate} tells the curator (the command line and
 * the window say the same sentences): the identical copies elsewhere that a curation by content reaches too, the mix of
 * curations a folder's curation replaces, the retired files it un-retires, and when search here shows a file curated
 * as it is on disk now.
 */
final class CurationSentences {

    /** Paths named in full in a sentence; past this, "and N more". */
    private static final int NAMED = 5;

    /**
     * A sentence for the curator, and whether it warns (standard error, "Warning: ") rather than informs.
     */
    record Said(String text, boolean warning) {
    }

    /** An indexed file the curation reaches besides the files named, and the curation it had until now (or null). */
    record Copy(String path, Curation until) {
    }

    private CurationSentences() {
    }

    /**
     * The identical copies a curation also applies to (issue 16 re-test M1: retiring an archive copy retired the official
     * deck it was copied from on every laptop, and nothing said so). A warning when it takes official copies out of
     * official: "It also applies to 1 identical copy, official until now: …/decks/pitch-deck.pptx; curation follows the
     * content, so every laptop shows it as retired now too."; else "It also applies to 1 identical copy: … (curation
     * follows the content)." Empty when there is none.
     */
    static Optional<Said> copies(List<Copy> copies, CurationState state) {
        if (copies.isEmpty()) {
            return Optional.empty();
        }
        int n = copies.size();
        String counted = n == 1 ? "1 identical copy" : n + " identical copies";
        List<String> official = state == CurationState.OFFICIAL ? List.of() : copies.stream()
                .filter(copy -> copy.until() != null && copy.until().state() == CurationState.OFFICIAL)
                .map(Copy::path).toList();
        String all = named(copies.stream().map(Copy::path).toList());
        if (official.isEmpty()) {
            return Optional.of(new Said("It also applies to " + counted + ": " + all + " (curation follows the content).",
                    false));
        }
        boolean one = official.size() == 1;
        String shown = "curation follows the content, so every laptop shows " + (one ? "it" : "them") + " as "
                + state.code() + " now too.";
        if (official.size() == n) {
            return Optional.of(new Said("It also applies to " + counted + ", official until now: " + all + "; " + shown,
                    true));
        }
        return Optional.of(new Said("It also applies to " + counted + ": " + all + "; " + official.size() + " of them "
                + (one ? "was" : "were") + " official until now (" + named(official) + "), and " + shown, true));
    }

    /**
     * The curations a folder's curation replaces, when there are several: "3 draft and 1 retired curation (the latest
     * maria's of 2026-12-06)" (issue 16 re-test minor 8: it named one state of the mix).
     */
    static String replacedMix(List<Curation> replaced, Curation latest) {
        Map<CurationState, Integer> counts = new EnumMap<>(CurationState.class);
        replaced.forEach(curation -> counts.merge(curation.state(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(count + " " + state.code()));
        String mix = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        int last = counts.values().stream().reduce((first, second) -> second).orElse(0);
        return mix + (last == 1 ? " curation" : " curations") + " (the latest " + latest.curator() + "'s of "
                + latest.day() + ")";
    }

    /**
     * The retired files with a replacement that this curation makes official or a draft (so reps are no longer sent on
     * to the replacement), each path to the replacement's: for one file named, a note; for a folder, a warning, since
     * they were not named (issue 16 re-test minor 8: a folder made official silently un-retired a retired file).
     */
    static Optional<Said> noLongerRetired(Map<String, String> replacedBy, boolean folder) {
        if (replacedBy.isEmpty()) {
            return Optional.empty();
        }
        if (!folder && replacedBy.size() == 1) {
            return Optional.of(new Said("It is no longer retired, nor replaced by "
                    + replacedBy.values().iterator().next() + ".", false));
        }
        List<String> each = new ArrayList<>();
        replacedBy.forEach((path, replacement) -> each.add(path + " (replaced by " + replacement + " until now)"));
        int n = replacedBy.size();
        return Optional.of(new Said((n == 1 ? "1 retired file with a replacement is" : n
                + " retired files with a replacement are") + " no longer retired: " + named(each) + ".", true));
    }

    /**
     * When search on this computer shows the curation of files curated as they are on disk now, not as the index holds
     * them (issue 16 re-test minor 7: it said "after the next index run" where search showed it at once). A file whose
     * new content no indexed file has shows it now (the index's file there carries the curated content); one saved over
     * with the content of another indexed file shows it once an index run reads it.
     *
     * @param later the changed files that show their curation only after the next index run
     */
    static String searchShows(List<String> changed, List<String> later) {
        boolean one = changed.size() == 1;
        if (later.isEmpty()) {
            return "Search here shows " + (one ? "its" : "their") + " curation now, and " + (one ? "its" : "their")
                    + " new text after the next index run.";
        }
        if (later.size() == changed.size()) {
            return "Search here shows " + (one ? "its" : "their") + " curation after the next index run.";
        }
        return "Search here shows the curation of " + named(later) + " after the next index run, of the others now.";
    }

    /** Paths joined, the first few in full. */
    private static String named(List<String> paths) {
        return paths.size() <= NAMED ? String.join(", ", paths)
                : String.join(", ", paths.subList(0, NAMED)) + " and " + (paths.size() - NAMED) + " more";
    }
}
