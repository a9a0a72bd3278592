package org.collateralfinder.index;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Document titles from metadata are often noise ("PowerPoint Presentation", "Microsoft Word -
 * brochure.doc", "Slide 1"). This keeps real titles and drops the rest, so the file name shows instead.
 */
final class TitleCleaner {

    private static final Pattern APP_PREFIX = Pattern.compile(
            "^(Microsoft (Word|PowerPoint|Excel)|PowerPoint|Word)\\s*-\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC = Set.of(
            "powerpoint presentation", "presentation", "slide 1", "untitled", "document", "title",
            "no title", "untitled document", "microsoft word document", "blank", "new document", "doc1", "book1",
            "sheet1", "pdf", "word document", "slide title");

    private TitleCleaner() {
    }

    /** The text without control characters (a PDF title ending in NUL), runs of them read as one space, stripped. */
    static String withoutControls(String text) {
        return text.replaceAll("\\p{Cc}+", " ").strip();
    }

    static String clean(String title) {
        if (title == null) {
            return null;
        }
        String t = APP_PREFIX.matcher(withoutControls(title)).replaceFirst("").strip();
        if (t.length() < 2 || t.length() > 300 || GENERIC.contains(t.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return t;
    }
}
