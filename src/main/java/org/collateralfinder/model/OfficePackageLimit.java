package org.collateralfinder.model;

import java.util.Locale;

/**
 * How many parts an Office file (.pptx, .docx, .xlsx: a zip of parts) may have for the app to read it, the same for the
 * index and for decks built from slides, so a deck whose slides are found can give them. POI refuses more than 1,000
 * parts unless told otherwise, a guard against files made to fill memory: a 480-slide deck the app had exported itself
 * has 1,001, and slides of decks that size could not be exported (slides re-test 20 #2). Tika reads up to 10,000 in the
 * extraction worker; decks are read with the same number. POI's other guard, on how far one part may expand, is left
 * as each reader has it: POI's own (a part may not expand more than 100 times) where decks are read in the app's
 * process, Tika's in the extraction worker, whose heap and time are capped.
 */
public final class OfficePackageLimit {

    /** The most parts (zip entries) an Office file may have to be read. */
    public static final int MAX_PARTS = 10_000;

    private OfficePackageLimit() {
    }

    /**
     * The end of a sentence saying a file has too many parts to be read, after its name ("deck.pptx has 10,061 parts,
     * more than …").
     */
    public static String tooManyParts(int parts) {
        return "has " + String.format(Locale.ROOT, "%,d", parts) + " parts, more than the "
                + String.format(Locale.ROOT, "%,d", MAX_PARTS) + " Collateral Finder reads in one Office file (a guard "
                + "against files made to fill memory)";
    }
}
