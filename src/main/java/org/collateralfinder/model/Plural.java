package org.collateralfinder.model;

import java.util.Locale;

/** A count with its noun, as every sentence of the app writes it: "1 file", "2 files", "1,034 files". */
public final class Plural {

    private Plural() {
    }

    /** {@code n} with thousands separators, then {@code one} when it is 1, else {@code many}. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
