package org.collateralfinder.index;

import java.util.Locale;
import java.util.regex.Pattern;
import org.collateralfinder.model.FileKind;

/**
 * The name a file has once its version markers are taken away, so {@code Pricing Deck v2.pptx},
 * {@code Pricing_Deck_final.pptx}, {@code Pricing Deck (1).pptx}, {@code Copy of Pricing Deck.pptx} and
 * {@code Pricing Deck 2024-03-01.pptx} in one folder are versions of one document. The extension is kept:
 * the PDF export of a deck is a different deliverable, not an older version of it.
 */
public final class VersionNames {

    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(19|20)\\d{2}[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\\d|3[01])(?![0-9])"
                    + "|(?<![0-9])(0[1-9]|[12]\\d|3[01])[-_.](0[1-9]|1[0-2])[-_.](19|20)\\d{2}(?![0-9])");
    private static final Pattern MARKERS = Pattern.compile(
            "(?<![a-z0-9])(v|ver|version|rev|revision)[ _.-]?\\d+([._]\\d+)*(?![0-9])"
                    + "|(?<![a-z0-9])copy of(?![a-z])|(?<![a-z0-9])(final|draft|copy|kopie)(?![a-z])"
                    + "|\\(\\s*\\d+\\s*\\)|\\[\\s*\\d+\\s*]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_.\\-–—()\\[\\],;]+");

    private VersionNames() {
    }

    /** The file name without extension and version markers, lower case, separators collapsed to one space. */
    public static String normalize(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        String ext = FileKind.extensionOf(name);
        if (!ext.isEmpty() && name.length() > ext.length() + 1) {
            name = name.substring(0, name.length() - ext.length() - 1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String stripped = MARKERS.matcher(DATE.matcher(lower).replaceAll(" ")).replaceAll(" ");
        stripped = SEPARATORS.matcher(stripped).replaceAll(" ").strip();
        if (stripped.isEmpty()) {
            stripped = SEPARATORS.matcher(lower).replaceAll(" ").strip();
        }
        return ext.isEmpty() ? stripped : stripped + "." + ext;
    }

    /** The key versions of one document share: the folder and the normalized name. */
    public static String key(String folder, String fileName) {
        return (folder == null ? "" : folder) + "\u0000" + normalize(fileName);
    }
}
