package org.collateralfinder.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A realistic, reproducible mix of queries drawn from what an index holds: single words and pairs of
 * words from the titles, two- and three-word phrases, exact tokens (the synthetic corpora's
 * {@code tagNN} and {@code SCALE-NNNNNN} lines; numbered file-name words in the real corpus), prefixes
 * ({@code word*}) and {@code type:}/{@code ext:} filters. The same corpus and seed give the same queries.
 */
final class QueryMix {

    /** The kinds of query, with their share of the mix in percent. */
    enum Kind {
        WORD("one word", 30), TWO_WORDS("two words", 20), PHRASE("phrase", 15), EXACT("exact token", 10),
        PREFIX("prefix word*", 10), FILTER("type:/ext: filter", 15);

        final String label;
        final int percent;

        Kind(String label, int percent) {
            this.label = label;
            this.percent = percent;
        }
    }

    record Query(Kind kind, String text) {
    }

    /** The seed the benchmark uses, so runs draw the same queries. */
    static final long SEED = 42;

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "are", "was",
            "not", "you", "your", "how", "what", "use", "using", "into", "its", "has", "have", "can", "all", "but");

    private final Random random;
    private final List<List<String>> titleWords = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> longWords = new ArrayList<>();
    private final List<String> exactTokens = new ArrayList<>();
    private final List<String> types;
    private final List<String> extensions;
    private final int scaleDocuments;

    /**
     * @param contents       the index's titles, file names, types and extensions
     * @param scaleDocuments documents in a synthetic corpus (its tag and reference lines are queried), or 0
     * @param seed           the random seed
     */
    QueryMix(IndexContents contents, int scaleDocuments, long seed) {
        this.random = new Random(seed);
        this.scaleDocuments = scaleDocuments;
        // sorted: the order of documents in the index depends on thread timing, the queries must not
        List<String> fileNames = contents.fileNames().stream().sorted().toList();
        List<String> sources = contents.titles().size() >= 20 ? contents.titles().stream().sorted().toList() : fileNames;
        for (String title : sources) {
            List<String> tokens = new ArrayList<>();
            for (String t : SPLIT.split(title.toLowerCase(Locale.ROOT))) {
                if (LETTERS.matcher(t).matches() && t.length() >= 2) {
                    tokens.add(t);
                } else if (!t.isEmpty()) {
                    tokens.add(null); // breaks a phrase
                }
            }
            titleWords.add(tokens);
            for (String t : tokens) {
                if (t != null && t.length() >= 3 && !STOP.contains(t)) {
                    words.add(t);
                    if (t.length() >= 5) {
                        longWords.add(t);
                    }
                }
            }
        }
        for (String name : fileNames) {
            String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            for (String t : SPLIT.split(base.toLowerCase(Locale.ROOT))) {
                if (t.length() >= 4 && t.chars().anyMatch(Character::isDigit) && t.chars().anyMatch(Character::isLetter)) {
                    exactTokens.add(t);
                }
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("the index has no titles or file names to draw queries from");
        }
        if (longWords.isEmpty()) {
            longWords.addAll(words);
        }
        this.types = contents.types().keySet().stream().filter(t -> !t.equals("other")).toList();
        this.extensions = contents.extensions().entrySet().stream().filter(e -> e.getValue() >= 5 && !e.getKey().isEmpty())
                .map(Map.Entry::getKey).toList();
    }

    /** {@code count} queries in a shuffled order of kinds that keeps each kind's share. */
    List<Query> queries(int count) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (int i = 0; i < Math.round(count * k.percent / 100.0); i++) {
                kinds.add(k);
            }
        }
        while (kinds.size() < count) {
            kinds.add(Kind.WORD);
        }
        Collections.shuffle(kinds, random);
        List<Query> list = new ArrayList<>();
        for (Kind k : kinds.subList(0, count)) {
            list.add(new Query(k, make(k)));
        }
        return list;
    }

    /**
     * {@code count} queries as a rep types them into the search box: two words of a title (the index's
     * own words, so most find something), drawn with their own random numbers so the mix above stays as
     * it was. {@link #keystrokes} turns them into what the box searches at each key.
     */
    List<String> typed(int count) {
        Random own = new Random(SEED + 1);
        List<String> list = new ArrayList<>();
        for (int attempt = 0; list.size() < count && attempt < count * 100; attempt++) {
            List<String> t = titleWords.get(own.nextInt(titleWords.size())).stream()
                    .filter(w -> w != null && w.length() >= 3 && !STOP.contains(w)).distinct().toList();
            if (t.size() >= 2) {
                String q = t.get(0) + " " + t.get(1);
                if (!list.contains(q)) {
                    list.add(q);
                }
            }
        }
        while (list.size() < count) {
            list.add(words.get(own.nextInt(words.size())));
        }
        return list;
    }

    /** Every prefix of each query, key by key (a prefix ending in a space searches as the one before it, left out). */
    static List<String> keystrokes(List<String> queries) {
        List<String> keys = new ArrayList<>();
        for (String q : queries) {
            for (int i = 1; i <= q.length(); i++) {
                if (q.charAt(i - 1) != ' ') {
                    keys.add(q.substring(0, i));
                }
            }
        }
        return keys;
    }

    /** The complete queries of a list of keystrokes: each key that the next one does not extend. */
    static List<String> typedOf(List<String> keys) {
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String next = i + 1 < keys.size() ? keys.get(i + 1) : "";
            if (!next.startsWith(keys.get(i)) || next.equals(keys.get(i))) {
                typed.add(keys.get(i));
            }
        }
        return typed;
    }

    private String make(Kind kind) {
        return switch (kind) {
            case WORD -> word();
            case TWO_WORDS -> twoWords();
            case PHRASE -> phrase();
            case EXACT -> exact();
            case PREFIX -> {
                String w = pick(longWords);
                yield (w.length() <= 3 ? w : w.substring(0, 3 + random.nextInt(Math.min(3, w.length() - 3)))) + "*";
            }
            case FILTER -> filter();
        };
    }

    private String word() {
        return pick(words);
    }

    /** Two words of one title, so that some documents match both. */
    private String twoWords() {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> t = pick(titleWords).stream().filter(w -> w != null && w.length() >= 3 && !STOP.contains(w)).distinct().toList();
            if (t.size() >= 2) {
                int a = random.nextInt(t.size());
                int b = (a + 1 + random.nextInt(t.size() - 1)) % t.size();
                return t.get(a) + " " + t.get(b);
            }
        }
        return word() + " " + word();
    }

    /** Two or three consecutive words of a title, in quotes. */
    private String phrase() {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> t = pick(titleWords);
            int length = 2 + random.nextInt(2);
            if (t.size() < length) {
                continue;
            }
            int from = random.nextInt(t.size() - length + 1);
            List<String> run = t.subList(from, from + length);
            if (run.stream().allMatch(w -> w != null)) {
                return "\"" + String.join(" ", run) + "\"";
            }
        }
        return "\"" + twoWords() + "\"";
    }

    private String exact() {
        if (scaleDocuments > 0) {
            return random.nextBoolean() ? String.format(Locale.ROOT, "tag%02d", random.nextInt(97))
                    : String.format(Locale.ROOT, "SCALE-%06d", random.nextInt(scaleDocuments));
        }
        return exactTokens.isEmpty() ? word() : pick(exactTokens);
    }

    private String filter() {
        int form = random.nextInt(3);
        if (form == 0 && !types.isEmpty()) {
            return "type:" + pick(types) + " " + word();
        }
        if (form == 1 && !extensions.isEmpty()) {
            return "ext:" + pick(extensions) + " " + word();
        }
        return types.isEmpty() ? word() : "type:" + pick(types);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
