package org.collateralfinder.feedback;

import java.time.LocalDate;
import java.util.Locale;
import org.collateralfinder.model.Plural;

/**
 * A query reps searched for and did not find, as marketing's report lists it: the material to make next.
 *
 * @param query        normalised (lower case, accents folded, one space between words)
 * @param count        how many searches of it found nothing or found files nobody opened, copied, dragged or pinned
 * @param foundNothing how many of those found no file at all
 * @param last         the last day it was searched on
 */
public record SearchGap(String query, int count, int foundNothing, LocalDate last) {

    /**
     * "3 searches (2 found nothing, 1 found files nobody used), last on 2026-12-03": how the report says it, in the
     * window and on the command line.
     */
    public String describe() {
        String what;
        if (foundNothing == count) {
            what = count == 1 ? ", found nothing" : ", all found nothing";
        } else if (foundNothing == 0) {
            what = count == 1 ? ", found files nobody used" : ", all found files nobody used";
        } else {
            what = " (" + String.format(Locale.ROOT, "%,d", foundNothing) + " found nothing, "
                    + String.format(Locale.ROOT, "%,d", count - foundNothing) + " found files nobody used)"; // as Plural writes the count
        }
        return Plural.of(count, "search", "searches") + what + ", last on " + last;
    }
}
