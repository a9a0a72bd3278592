package org.collateralfinder.search;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.SearchGaps;

/**
 * A query as the searches that found nothing count it ({@link SearchGaps}): searches that differ only as the index's
 * analyzer would not tell them apart are one. Lower case, accents and other marks folded exactly as the analyzer
 * folds them ({@link ASCIIFoldingFilter}: "Présentation" and "presentation" are one query, "Straße" is "strasse"),
 * any run of white space one space, none at either end; filters and operators stay as typed (lower-cased: "pricing
 * type:pdf" tells marketing a PDF was wanted). Stems are not applied: "case studies" stays as the rep wrote it.
 *
 * <p>A query that is nothing but filters ({@code path:"…"}, {@code tag:worked}, {@code curation:retired}) names no
 * subject, and one longer than {@value SearchGaps#MAX_QUERY_CHARS} characters is pasted text, not a subject: neither
 * is counted.
 */
public final class GapQueries {

    /** A field and its value: {@code type:pdf}, {@code path:"/a b"}, {@code modified:[2024-01 TO 2024-12]}. */
    private static final Pattern FIELD = Pattern.compile(
            "[+\\-!(]*[\\p{L}_][\\p{L}\\p{N}_]*:(\"[^\"]*\"?|\\[[^\\]]*\\]?|\\{[^}]*\\}?|\\S*)");
    private static final Pattern OPERATOR = Pattern.compile("(?<![\\p{L}\\p{N}])(AND|OR|NOT)(?![\\p{L}\\p{N}])|&&|\\|\\|");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}\\p{Z}]+");

    private GapQueries() {
    }

    /**
     * Counts a search that found nothing (or files nobody used) when this computer counts them: the rep lets it and
     * there is a team folder ({@link FeedbackPreferences#sharesSearchGaps}), and the query names a subject. One rule
     * for the window and the command line; {@code gaps} is only asked for when the search is counted.
     *
     * @return whether it was counted
     */
    public static boolean countIfShared(FeedbackPreferences preferences, Supplier<SearchGaps> gaps, String typed,
                                        boolean foundNothing) {
        if (!preferences.sharesSearchGaps()) {
            return false;
        }
        Optional<String> counted = normalise(typed);
        counted.ifPresent(query -> gaps.get().record(query, foundNothing));
        return counted.isPresent();
    }

    /** The query as counted, or empty when it is not counted (blank, only filters, too long). */
    public static Optional<String> normalise(String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        String words = OPERATOR.matcher(FIELD.matcher(query).replaceAll(" ")).replaceAll(" ");
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        String lower = query.toLowerCase(Locale.ROOT);
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        String folded = SPACE.matcher(new String(out, 0, length).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return folded.isEmpty() || folded.length() > SearchGaps.MAX_QUERY_CHARS || !SearchGaps.isNormalised(folded)
                ? Optional.empty() : Optional.of(folded);
    }
}
