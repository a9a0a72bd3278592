package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.model.PageStarts;

/**
 * Makes the slide-level query set of issue 15 from the real decks of a corpus, the same way on every run:
 * for each deck of at least three slides (by path), its slide with the most words, and from it the first three
 * neighbouring words (letters only, five or more, not a common word, each once) that no other slide of the deck
 * has all of. The query is those words as a rep would type them from the slide; the answer, that deck and slide.
 */
final class SlideQueries {

    /** A query made from one slide, and where it was made from. */
    record SlideQuery(String query, String path, int slide) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> COMMON = Set.of("about", "above", "after", "again", "their", "there", "these",
            "those", "which", "while", "would", "could", "should", "other", "where", "being", "under", "between",
            "through", "within", "without", "slide", "click", "title", "first", "second", "third");

    private SlideQueries() {
    }

    /** At most {@code max} queries, one per deck, decks in path order. */
    static List<SlideQuery> from(Collection<IndexedFile> files, int max) {
        List<SlideQuery> out = new ArrayList<>();
        files.stream()
                .filter(f -> f.kind() == FileKind.PRESENTATION && f.failure() == null && f.pageStarts().count() >= 3)
                .sorted(Comparator.comparing(IndexedFile::id))
                .forEach(deck -> {
                    if (out.size() < max) {
                        SlideQuery q = fromDeck(deck);
                        if (q != null) {
                            out.add(q);
                        }
                    }
                });
        return out;
    }

    private static SlideQuery fromDeck(IndexedFile deck) {
        PageStarts starts = deck.pageStarts();
        List<Set<String>> slides = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        int richest = 0;
        for (int s = 1; s <= starts.count(); s++) {
            List<String> w = words(deck.text().substring(starts.start(s), starts.end(s, deck.text().length())));
            words.add(w);
            slides.add(new HashSet<>(w));
            if (w.size() > words.get(richest).size()) {
                richest = s - 1;
            }
        }
        List<String> onSlide = words.get(richest);
        for (int i = 0; i + 3 <= onSlide.size(); i++) {
            List<String> three = onSlide.subList(i, i + 3);
            if (new HashSet<>(three).size() < 3 || !three.stream().allMatch(SlideQueries::telling)) {
                continue;
            }
            boolean elsewhere = false;
            for (int s = 0; s < slides.size() && !elsewhere; s++) {
                elsewhere = s != richest && slides.get(s).containsAll(three);
            }
            if (!elsewhere) {
                return new SlideQuery(String.join(" ", three), deck.id(), richest + 1);
            }
        }
        return null;
    }

    private static boolean telling(String word) {
        return word.length() >= 5 && !COMMON.contains(word);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
