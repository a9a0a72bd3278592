package org.collateralfinder.gui.search;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.collateralfinder.gui.common.Formats;
import org.collateralfinder.model.CurationState;

/**
 * Opening, copying, dragging or exporting a file marketing retired (or whose curation expired) asks first, once per
 * file while the window is open: sending last year's price sheet is the mistake curation is there to prevent, and
 * asking every time would teach reps to click yes without reading. The question is put by {@code ask} (the window: a
 * confirmation dialog), which answers whether to go on.
 */
public final class RetiredGuard {

    private final Predicate<String> ask;
    private final Runnable used;
    private final Set<String> confirmed = new HashSet<>();

    /** @param ask puts the question to the rep and answers whether they go on (FX thread) */
    public RetiredGuard(Predicate<String> ask) {
        this(ask, () -> { });
    }

    /**
     * @param ask  puts the question to the rep and answers whether they go on (FX thread)
     * @param used told each time a file is used, after any question was answered yes (every use passes here: the
     *             search that found the file found something)
     */
    public RetiredGuard(Predicate<String> ask, Runnable used) {
        this.ask = ask;
        this.used = used;
    }

    /** Whether {@code doing} ("Open", "Copy", "Drag", "Export") may go on with the row's file; asks when it must. */
    public boolean mayUse(ResultItem item, String doing) {
        if (item == null || !item.discouraged() || confirmed.contains(key(item))) {
            used.run();
            return true;
        }
        if (ask.test(question(item, doing))) {
            confirmed.add(key(item));
            used.run();
            return true;
        }
        return false;
    }

    private static String key(ResultItem item) {
        return item.hit().contentHash() == null ? item.hit().path() : item.hit().contentHash();
    }

    /**
     * "Marketing retired price-sheet-2025.txt; use price-sheet-2026.txt instead. Open it anyway?", or for a curation that
     * expired: "The curation of price-sheet-2025.txt expired after 2026-06-30. Copy it anyway?"
     */
    static String question(ResultItem item, String doing) {
        String name = item.hit().fileName();
        String why;
        if (item.curation().state() == CurationState.RETIRED) {
            why = "Marketing retired " + name + (item.curation().replacedBy() != null
                    ? (item.curation().replacementRetired() ? "; " + Formats.nameBeside(item.curation().replacedBy(),
                            item.hit().path()) + ", named to replace it, is retired too."
                            : "; use " + Formats.nameBeside(item.curation().replacedBy(), item.hit().path()) + " instead.")
                    : item.curation().replacementLost() ? "; the file named to replace it is no longer found." : ".");
        } else {
            why = "The curation of " + name + " expired after " + item.curation().curation().expires() + ".";
        }
        return why + " " + doing + " it anyway?";
    }
}
