package org.collateralfinder.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;

/**
 * Lucene's classic query syntax over title, file name, body and author, with AND as the default, plus
 * the fields reps use: {@code type:pdf}, {@code ext:pptx}, {@code title:}, {@code author:},
 * {@code path:}, {@code modified:[2024-01 TO 2025-06]}, {@code modified:2025} and {@code size:<5mb}.
 * Field names are read in any case; one a letter or two from a field ({@code titel:}) is said to be a
 * misspelling, any other unknown name is searched as words ("http://..." stays a search for its words). Wildcards,
 * fuzzy terms and regular expressions are counted and bounded.
 *
 * <p>Given the index's vocabulary ({@link ForgivingWords}), each plain word also matches, at a lower
 * weight, its close spellings when it is rare, the two words it splits into ("onepager"), the word its
 * parts join into ("one-pager"), and, as you type, the completions of the last word.
 */
final class CollateralQueryParser extends MultiFieldQueryParser {

    static final String[] DEFAULT_FIELDS = {Schema.TITLE, Schema.FILENAME, Schema.BODY, Schema.AUTHOR};
    static final int MAX_MULTI_TERMS = 24;
    private static final int NAME_PARTS_SLOP = 1;
    /** A word with _ or . inside, as file names have (the word splitter keeps those together). */
    private static final Pattern PASTED_NAME = Pattern.compile("\\w[_.]\\w");
    /** A word where letters and digits meet, as in product and part codes (X500, ISO27001, v2). */
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("\\p{L}\\p{Nd}|\\p{Nd}\\p{L}");
    static final int MAX_REGEXP_LENGTH = 80;

    private static final List<String> TEXT_FIELDS = List.of(Schema.TITLE, Schema.FILENAME, Schema.BODY,
            Schema.AUTHOR, Schema.PATH_TEXT);

    private int multiTerms;
    private final ForgivingWords forgiving;
    /** Rare words looked up for other spellings so far ({@link Ranking#MAX_FORGIVEN_WORDS}). */
    private int forgivenWords;
    private final QueryText typed;
    private final boolean asYouType;
    /** How many times each term was met so far (the parser meets them left to right). */
    private final Map<String, Integer> termsSeen = new HashMap<>();
    private final List<Query> highlightExtras = new ArrayList<>();
    /** Each word no file contains, with the close spelling searched instead (in the order typed). */
    private final Map<String, List<String>> respelled = new LinkedHashMap<>();
    /** Each forgiving query made for a word, with the word as typed and its exact query: an excluded word is that. */
    private final Map<Query, Typed> typedOf = new IdentityHashMap<>();

    private record Typed(String text, Query exact) {
    }

    /** English function words that a query of other words does not require (Lucene's English stop words but "no", "not"). */
    static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
            "this", "to", "was", "will", "with");
    /** The queries made for small words typed without a field or quotes. */
    private final Map<Query, Boolean> smallWords = new IdentityHashMap<>();
    /** ...of those, the ones only the default AND requires. */
    private final Map<Query, Boolean> optionalSmallWords = new IdentityHashMap<>();

    /** QueryParserBase's MOD_NONE and CONJ_NONE (not visible here): a clause typed without + - NOT AND OR. */
    private static final int NO_MODIFIER = 0;
    private static final int NO_CONJUNCTION = 0;

    private static boolean isSmallWord(String text) {
        return SMALL_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
    /** True while a word without a field is expanded over the default fields. */
    private boolean expandingDefaultFields;
    /** What tag:, rating: and commented: mean, or null when there is no feedback store. */
    private FeedbackFilters feedback;
    /** As you type, the words of the quoted phrase still being typed (its closing quote added), or null. */
    private String openPhrase;
    /** As you type, whether the last word completes to every word it starts, however short it is. */
    private boolean everyCompletion;
    /** Whether the last word completed to the words most files hold only (not to every word it starts). */
    private boolean completedInPart;

    CollateralQueryParser(Analyzer analyzer) {
        this(analyzer, null, null, false);
    }

    /**
     * @param forgiving the index's vocabulary, or null for exact matching only
     * @param typed     the query as read before parsing (for the last word), or null
     * @param asYouType whether the last word is still being typed (and so also matches its completions)
     */
    CollateralQueryParser(Analyzer analyzer, ForgivingWords forgiving, QueryText typed, boolean asYouType) {
        super(DEFAULT_FIELDS, analyzer, Ranking.FIELD_BOOSTS);
        this.forgiving = forgiving;
        this.typed = typed;
        this.asYouType = asYouType;
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setDeterminizeWorkLimit(2_000);
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true);
    }

    /** Each query parsed counts its own rare words ({@link Ranking#MAX_FORGIVEN_WORDS}). */
    @Override
    public Query parse(String query) throws ParseException {
        forgivenWords = 0;
        return super.parse(query);
    }

    /** As you type: the words of a quoted phrase the rep has not closed yet (closed for them), or null. */
    CollateralQueryParser completingPhrase(String words) {
        this.openPhrase = words;
        return this;
    }

    /**
     * As you type: the last word completes to every word it starts, not only to the most frequent (what a
     * search that found nothing tries next: "Hadron Co" → collider).
     */
    CollateralQueryParser completingEveryWord(boolean every) {
        this.everyCompletion = every;
        return this;
    }

    /** Reads tag:, rating: and commented: with the team's feedback (without it, they are refused with a sentence). */
    CollateralQueryParser withFeedback(FeedbackFilters filters) {
        this.feedback = filters;
        return this;
    }

    /** As you type, whether the last word completed to the words most files hold only, not to every word it starts. */
    boolean completedInPart() {
        return completedInPart;
    }

    /** Queries that only serve highlighting: the stems of the close spellings and completions matched. */
    List<Query> highlightExtras() {
        return highlightExtras;
    }

    /** Words no file contains, each with the close spellings searched instead of it. */
    Map<String, List<String>> respelled() {
        return respelled;
    }

    @Override
    protected Query getFieldQuery(String typedField, String queryText, boolean quoted) throws ParseException {
        String field = field(typedField);
        if (field == null) {
            if (!quoted && queryText.codePoints().noneMatch(Character::isLetterOrDigit)) {
                return null; // an emoji or a sign alone (🚀 pricing) is no word a file must hold: left out
            }
            Query exact = super.getFieldQuery(null, queryText, quoted);
            if (quoted || forgiving == null || exact == null) {
                if (!quoted && exact != null && isSmallWord(queryText)) {
                    smallWords.put(exact, Boolean.TRUE);
                }
                return exact;
            }
            Query forgiven = forgiving(queryText, exact);
            typedOf.put(forgiven, new Typed(queryText, exact));
            if (isSmallWord(queryText)) {
                smallWords.put(forgiven, Boolean.TRUE);
            }
            return forgiven;
        }
        if (Schema.TITLE.equals(field)) {
            return titleOrName(super.getFieldQuery(Schema.TITLE, queryText, quoted),
                    nameQuery(Schema.FILENAME, queryText), queryText);
        }
        if (Schema.FILENAME.equals(field) || Schema.PATH_TEXT.equals(field)) {
            return nameQuery(field, queryText);
        }
        if (TEXT_FIELDS.contains(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        if (FeedbackFilters.isField(field)) {
            if (feedback == null) {
                throw new ParseException(FeedbackFilters.noFeedback(field));
            }
            try {
                // as you type, a value still being typed means what it can become (tag:wor: worked)
                return beingTyped(field, queryText, quoted) ? feedback.clauseBeingTyped(field, queryText)
                        : feedback.clause(field, queryText);
            } catch (CollateralException e) {
                throw new ParseException(e.userMessage());
            }
        }
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "type", "kind" -> typeQuery(queryText, beingTyped(field, queryText, quoted));
            case "ext", "extension" -> new TermQuery(new Term(Schema.EXT, stripDot(queryText)));
            case "modified", "year", "date" -> dateRange(queryText, queryText);
            case "size" -> SizeBuckets.parse(queryText);
            case "name", "file" -> nameQuery(Schema.FILENAME, queryText);
            default -> super.getFieldQuery(null, field + " " + queryText, quoted);
        };
    }

    /**
     * A word to exclude ({@code -acme}, {@code NOT acme}) is excluded as typed: not its close spellings,
     * respellings or completions, which would hide files with other words ({@code -hacme} hiding Acme's).
     */
    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
        super.addClause(clauses, conj, mods, q);
        BooleanClause added = clauses.isEmpty() ? null : clauses.getLast();
        if (added != null && added.query() == q && added.occur() == BooleanClause.Occur.MUST && mods == NO_MODIFIER
                && conj == NO_CONJUNCTION && smallWords.containsKey(q)) {
            optionalSmallWords.put(q, Boolean.TRUE); // required by the default AND only, not by + or AND
        }
        Typed typed = added != null && added.query() == q && added.occur() == BooleanClause.Occur.MUST_NOT
                ? typedOf.get(q) : null;
        if (typed != null) {
            respelled.remove(typed.text());
            clauses.set(clauses.size() - 1, new BooleanClause(typed.exact(), BooleanClause.Occur.MUST_NOT));
        }
    }

    /**
     * A quoted word after a field ({@code tag:"didn't land"}, {@code title:"price list"}, a whole path after
     * {@code path:}) means what the same words unquoted mean there: the field's own reading, then the slop.
     * (The multi-field parser would otherwise read it as a phrase of the field's words.)
     */
    @Override
    protected Query getFieldQuery(String typedField, String queryText, int slop) throws ParseException {
        String field = field(typedField);
        if (field == null) {
            Query exact = super.getFieldQuery(null, queryText, slop);
            return forgiving != null && queryText.equals(openPhrase) ? withPhraseCompleted(queryText, exact)
                    : asWritten(exact, queryText, slop);
        }
        Query query = getFieldQuery(field, queryText, true);
        if (slop > 0 && query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder sloppy = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < phrase.getTerms().length; i++) {
                sloppy.add(phrase.getTerms()[i], phrase.getPositions()[i]);
            }
            return sloppy.build();
        }
        return query;
    }

    /**
     * A quoted phrase or word stays exact (rc15 minor B): the phrase over the stemmed fields, as Lucene reads it (its
     * order and slop), in a file that holds each of its words as written, in its title, name or text (lower case,
     * accents folded: {@link Schema#BODY_WORDS}, {@link Schema#NAME_WORDS}), or whose author the phrase names.
     * "intentional" no longer finds a file that says only "Intent". (The words as written hold no positions: the
     * phrase's own words are its stems; a file with "Purchase Intent" and, elsewhere, "intentional" is found.)
     */
    private Query asWritten(Query phrase, String text, int slop) throws ParseException {
        List<String> words = ForgivingWords.analyze(Schema.wordsAnalyzer(), Schema.BODY_WORDS, text);
        if (phrase == null || words.isEmpty()) {
            return phrase;
        }
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (String word : words) {
            every.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.BODY_WORDS, word)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Schema.NAME_WORDS, word)), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.MUST);
        }
        BooleanQuery.Builder written = new BooleanQuery.Builder().add(every.build(), BooleanClause.Occur.SHOULD);
        Query byAuthor = super.getFieldQuery(Schema.AUTHOR, text, slop);
        if (byAuthor != null) {
            written.add(byAuthor, BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST)
                .add(written.build(), BooleanClause.Occur.FILTER).build();
    }

    /**
     * A file name or path, or a part of one, as the index holds names: split at separators ({@code _ . / \ -}),
     * case changes and digits, so {@code doc_html}, {@code brochure.html}, {@code w1/src} and a whole path
     * match the parts in order.
     */
    private Query nameQuery(String field, String text) throws ParseException {
        return newFieldQuery(Schema.nameQueryAnalyzer(), field, text, true);
    }

    /**
     * {@code title:} means the title a result shows ({@link Schema#shownTitle}): the document's title, or for
     * a file without one, its name (not its extension).
     */
    private static Query titleOrName(Query onTitle, Query onName, String text) {
        if (onName == null) {
            return onTitle;
        }
        BooleanQuery.Builder untitled = new BooleanQuery.Builder().add(onName, BooleanClause.Occur.MUST)
                .add(new FieldExistsQuery(Schema.TITLE), BooleanClause.Occur.MUST_NOT);
        if (text != null) {
            untitled.add(new TermQuery(new Term(Schema.EXT, text.strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.MUST_NOT);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (onTitle != null) {
            any.add(onTitle, BooleanClause.Occur.SHOULD);
        }
        return any.add(untitled.build(), BooleanClause.Occur.SHOULD).build();
    }

    /** The exact query for a plain word, or it OR its forgiving alternatives. */
    private Query forgiving(String text, Query exact) throws ParseException {
        List<String> tokens = forgiving.tokens(text);
        boolean last = isLastWord(text);
        Query query = forgiving(text, exact, tokens, tokens.size() == 1 && last);
        return last ? withCodeCompleted(text, tokens, exact, query) : query;
    }

    /**
     * A code being typed ({@code x5}, {@code PDFBOX-30}, {@code pdfbox30}, and {@code x 5}: a number files
     * hold after a word) also finds the codes it starts: its parts in order, the last one completed. A code
     * some file holds is taken as typed in full (x500 is not also X5000, nor "x 500" "x 5000"), as a number is.
     */
    private Query withCodeCompleted(String text, List<String> tokens, Query exact, Query query) throws ParseException {
        try {
            List<ForgivingWords.Positioned> parts;
            String before = typed.wordBeforeLast();
            if (tokens.size() > 1) {
                if (forgiving.matchesAny(exact)) {
                    return query;
                }
                parts = forgiving.tokensAtPositions(text);
            } else if (tokens.size() == 1 && hasDigit(tokens.getFirst()) && forgiving.typedHits(tokens.getFirst()) > 0
                    && before != null) {
                // "x 5": 5 is a number files hold, but not after an x
                Query code = super.getFieldQuery(null, before + " " + text, true);
                if (code == null || forgiving.matchesAny(code)) {
                    return query;
                }
                parts = forgiving.tokensAtPositions(before + " " + text);
            } else if (tokens.size() == 1 && hasDigit(tokens.getFirst()) && forgiving.typedHits(tokens.getFirst()) == 0) {
                List<String> named = forgiving.nameParts(text);
                parts = new ArrayList<>();
                for (int i = 0; i < named.size(); i++) {
                    parts.add(new ForgivingWords.Positioned(named.get(i), i));
                }
            } else {
                return query;
            }
            if (parts.size() < 2) {
                return query;
            }
            ForgivingWords.Expansion completed = forgiving.phraseCompletions(parts);
            if (completed == null) {
                return query;
            }
            highlight(completed.words());
            return new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(completed.query(), Ranking.PREFIX_WEIGHT), BooleanClause.Occur.SHOULD).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As you type, a quoted phrase the rep has not closed yet: its last word also completes. */
    private Query withPhraseCompleted(String text, Query exact) {
        List<ForgivingWords.Positioned> words = forgiving.tokensAtPositions(text);
        if (words.isEmpty()) {
            return exact;
        }
        try {
            String word = words.getFirst().word();
            boolean every = everyCompletion || word.length() > Ranking.SHORT_PREFIX_LETTERS;
            ForgivingWords.Expansion completed = words.size() == 1
                    ? forgiving.completions(word, every) : forgiving.phraseCompletions(words);
            if (completed == null) {
                return exact;
            }
            completedInPart |= words.size() == 1 && !every;
            highlight(completed.words());
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            if (exact != null) {
                any.add(exact, BooleanClause.Occur.SHOULD);
            }
            return any.add(new BoostQuery(completed.query(), Ranking.PREFIX_WEIGHT), BooleanClause.Occur.SHOULD).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #forgiving(String, Query)}; a word no file contains in any form is searched as its likely
     * spellings, each exactly as if it had been typed (so "Showing results for" shows what a search for
     * the words it names shows).
     */
    private Query forgiving(String text, Query exact, List<String> tokens, boolean last) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD);
        int alternatives = 0;
        try {
            if (tokens.size() == 1) {
                String token = tokens.getFirst();
                // a word no file holds as typed is forgiven even when other words share its stem ("administred":
                // "administr", as "administration" is; s15 minor 2), unless it is the last one being typed and starts
                // words files hold (it completes); one that starts none is forgiven as Enter forgives it (rc15 minor C)
                boolean unheld = forgiving.typedHits(token) == 0 && (!last || forgiving.completions(token, false) == null);
                if (forgivenWords < Ranking.MAX_FORGIVEN_WORDS && (unheld || forgiving.isWeak(text, token))) {
                    forgivenWords++;
                    // (a last word still being typed that starts known words is not misspelled: it completes)
                    if (forgiving.typedHits(token) == 0 && forgiving.stemHits(text) == 0
                            && !(last && forgiving.completions(token, false) != null)) {
                        List<String> meant = new ArrayList<>();
                        BooleanQuery.Builder anyMeant = new BooleanQuery.Builder();
                        for (String word : forgiving.likelySpellings(token, Ranking.RESPELLINGS_MAX)) {
                            Query corrected = super.getFieldQuery(null, word, false);
                            if (corrected != null) {
                                anyMeant.add(forgiving(word, corrected, forgiving.tokens(word), last), BooleanClause.Occur.SHOULD);
                                // the files with the very spelling first (it matches no file the word's search misses)
                                anyMeant.add(new BoostQuery(forgiving.asTyped(word), Ranking.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                                meant.add(word);
                            }
                        }
                        if (!meant.isEmpty()) {
                            respelled.put(text, meant);
                            return anyMeant.build();
                        }
                    }
                    ForgivingWords.Expansion close = forgiving.closeSpellings(token);
                    if (close != null) {
                        any.add(new BoostQuery(close.query(), Ranking.FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                        highlight(close.words());
                        alternatives++;
                    }
                    String split = forgiving.split(token);
                    if (split != null) {
                        Query parts = super.getFieldQuery(null, split, true);
                        if (parts != null) {
                            any.add(new BoostQuery(parts, Ranking.COMPOUND_WEIGHT), BooleanClause.Occur.SHOULD);
                            alternatives++;
                        }
                    }
                }
                if (last && !(hasDigit(token) && forgiving.typedHits(token) > 0)) {
                    // (a number files hold is taken as typed in full: the window cannot tell it from one being
                    // typed, and part 4248 is not part 42480; a number no file holds still completes)
                    // every word it starts, not only the most frequent: from 5 letters on, when another word leaves
                    // few files (from 3 letters: one or two start too many words), or when the search found nothing
                    boolean every = everyCompletion || token.length() >= Ranking.EVERY_COMPLETION_MIN_LETTERS
                            || token.length() > Ranking.SHORT_PREFIX_LETTERS && narrowedByOtherWords(text);
                    ForgivingWords.Expansion completions = forgiving.completions(token, every);
                    completedInPart |= completions != null && !every;
                    if (completions != null) {
                        any.add(new BoostQuery(completions.query(), Ranking.PREFIX_WEIGHT), BooleanClause.Occur.SHOULD);
                        highlight(completions.words());
                        alternatives++;
                    }
                }
            } else if (tokens.size() > 1) {
                String joined = String.join("", tokens);
                if (forgiving.typedHits(joined) > 0) {
                    Query whole = super.getFieldQuery(null, joined, false);
                    if (whole != null) {
                        any.add(new BoostQuery(whole, Ranking.COMPOUND_WEIGHT), BooleanClause.Occur.SHOULD);
                        alternatives++;
                    }
                }
            }
            boolean pasted = PASTED_NAME.matcher(text).find();
            List<String> parts = pasted || LETTERS_AND_DIGITS.matcher(text).find() ? forgiving.nameParts(text) : List.of();
            if (parts.size() > 1 && !parts.equals(tokens)) {
                // a pasted file name or a word made of parts: Q3_PricingDeck_v2 matches its parts in order; a
                // code of letters and digits its parts side by side (x500 finds "x-500" and "X 500")
                Query inOrder = super.getFieldQuery(null, String.join(" ", parts), pasted ? NAME_PARTS_SLOP : 0);
                if (inOrder != null) {
                    any.add(new BoostQuery(inOrder, Ranking.COMPOUND_WEIGHT), BooleanClause.Occur.SHOULD);
                    alternatives++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alternatives == 0 ? exact : any.build();
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }

    /** Whether another typed word is rare enough to narrow the search to a few files. */
    private boolean narrowedByOtherWords(String last) {
        long few = Math.max(Ranking.NARROW_MIN_FILES, (long) (forgiving.fileCount() * Ranking.NARROW_SHARE));
        for (String word : typed.words()) {
            if (!word.equalsIgnoreCase(last)) {
                List<String> t = forgiving.tokens(word);
                if (t.size() == 1 && forgiving.typedHits(t.getFirst()) <= few) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether this plain word is the last one typed, still being typed. */
    private boolean isLastWord(String text) {
        return typed != null && isLastTerm(text, typed.lastWord());
    }

    /** Whether a field's value is the last thing typed, still being typed ({@code tag:wor}, {@code tag:"didn}). */
    private boolean beingTyped(String field, String value, boolean quoted) {
        if (quoted) {
            return asYouType && value.equals(openPhrase);
        }
        return typed != null && isLastTerm(field + ":" + value, typed.lastTerm());
    }

    /** Whether {@code term} is {@code last} and no later term is the same (the parser meets terms left to right). */
    private boolean isLastTerm(String term, String last) {
        if (!asYouType || last == null || !last.equalsIgnoreCase(term)) {
            return false;
        }
        return termsSeen.merge(term.toLowerCase(Locale.ROOT), 1, Integer::sum) == typed.occurrences(term);
    }

    private void highlight(Set<String> words) {
        for (String w : words) {
            for (String stem : forgiving.stems(w)) {
                highlightExtras.add(new TermQuery(new Term(Schema.BODY, stem)));
            }
        }
    }

    @Override
    protected Query getRangeQuery(String typedField, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String field = field(typedField);
        if (field != null && List.of("modified", "year", "date").contains(field.toLowerCase(Locale.ROOT))) {
            return dateRange(part1, part2);
        }
        if (field != null && "size".equalsIgnoreCase(field)) {
            return SizeBuckets.range(part1, part2, startInclusive, endInclusive);
        }
        throw new ParseException("Ranges work on modified dates and sizes only, as in modified:[2024-01-01 TO 2024-12-31].");
    }

    @Override
    protected Query getWildcardQuery(String typedField, String termStr) throws ParseException {
        String field = field(typedField);
        if ("*".equals(termStr) && (field == null || "*".equals(field))) {
            return new MatchAllDocsQuery();
        }
        countMultiTerm();
        if (Schema.TITLE.equals(field) && !expandingDefaultFields) {
            return titleOrName(super.getWildcardQuery(field, termStr), super.getWildcardQuery(Schema.FILENAME, termStr), null);
        }
        Query stemmed = expandDefaultFields(field, () -> super.getWildcardQuery(field, termStr));
        return field == null ? orWordsAsTyped(stemmed, words -> super.getWildcardQuery(words, termStr)) : stemmed;
    }

    private interface WordsQuery {
        Query in(String field) throws ParseException;
    }

    /**
     * A wildcard or fuzzy word without a field also over the words as typed, names' and text's: the text's
     * field holds stems, where {@code pri?ing} and {@code pricing~} meet only "price" (a prefix still meets it).
     */
    private static Query orWordsAsTyped(Query stemmed, WordsQuery asTyped) throws ParseException {
        return new BooleanQuery.Builder().add(stemmed, BooleanClause.Occur.SHOULD)
                .add(asTyped.in(Schema.NAME_WORDS), BooleanClause.Occur.SHOULD)
                .add(asTyped.in(Schema.BODY_WORDS), BooleanClause.Occur.SHOULD).build();
    }

    @Override
    protected Query getPrefixQuery(String typedField, String termStr) throws ParseException {
        String field = field(typedField);
        countMultiTerm();
        if (Schema.TITLE.equals(field) && !expandingDefaultFields) {
            return titleOrName(super.getPrefixQuery(field, termStr), super.getPrefixQuery(Schema.FILENAME, termStr), null);
        }
        return expandDefaultFields(field, () -> super.getPrefixQuery(field, termStr));
    }

    private interface ParsedQuery {
        Query get() throws ParseException;
    }

    /** For a word without a field, the default fields' queries: there the title field is only the title. */
    private Query expandDefaultFields(String field, ParsedQuery query) throws ParseException {
        if (field != null) {
            return query.get();
        }
        expandingDefaultFields = true;
        try {
            return query.get();
        } finally {
            expandingDefaultFields = false;
        }
    }

    @Override
    protected Query getFuzzyQuery(String typedField, String termStr, float minSimilarity) throws ParseException {
        String field = field(typedField);
        countMultiTerm();
        Query stemmed = super.getFuzzyQuery(field, termStr, minSimilarity);
        return field == null ? orWordsAsTyped(stemmed, words -> super.getFuzzyQuery(words, termStr, minSimilarity)) : stemmed;
    }

    @Override
    protected Query getRegexpQuery(String typedField, String termStr) throws ParseException {
        String field = field(typedField);
        countMultiTerm();
        if (termStr.length() > MAX_REGEXP_LENGTH) {
            throw new ParseException("Regular expressions are limited to " + MAX_REGEXP_LENGTH + " characters.");
        }
        return super.getRegexpQuery(field, termStr);
    }

    /**
     * Small function words ("with", "for", "the": {@link #SMALL_WORDS}) typed among other words are not required: a file
     * holding the other words is found without them (a German deck saying "Workshop mit Dr. Evi Scheinecker" for
     * "workshop with evi scheinecker"; s15 minor 3), and one holding them too scores more. Required still when only
     * such words are typed, when the rep asks for them ({@code +with}, {@code AND}) and inside a quoted phrase.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        boolean otherRequired = clauses.stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST
                && !optionalSmallWords.containsKey(c.query()));
        if (otherRequired && clauses.stream().anyMatch(c -> optionalSmallWords.containsKey(c.query()))) {
            clauses = clauses.stream().map(c -> c.occur() == BooleanClause.Occur.MUST && optionalSmallWords.containsKey(c.query())
                    ? new BooleanClause(c.query(), BooleanClause.Occur.SHOULD) : c).toList();
        }
        Query q = super.getBooleanQuery(clauses);
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            // "-draft" alone means everything except drafts
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    /** The field a typed name means ({@link QueryFields}): {@code Title} is title, a misspelling is said. */
    private static String field(String typed) throws ParseException {
        try {
            return QueryFields.canonical(typed);
        } catch (QueryFields.CloseToAField e) {
            throw new ParseException(e.getMessage());
        }
    }

    private void countMultiTerm() throws ParseException {
        if (++multiTerms > MAX_MULTI_TERMS) {
            throw new ParseException("A query may use at most " + MAX_MULTI_TERMS
                    + " wildcard, fuzzy or regular-expression terms.");
        }
    }

    /** @param beingTyped as you type, the last thing typed: every type it starts ({@code type:pd} → pdf) */
    private static Query typeQuery(String word, boolean beingTyped) throws ParseException {
        try {
            return beingTyped ? FileTypes.startingWith(word) : FileTypes.query(word);
        } catch (CollateralException e) {
            throw new ParseException(e.userMessage());
        }
    }

    private static String stripDot(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith(".") ? t.substring(1) : t;
    }

    private static Query dateRange(String from, String to) throws ParseException {
        long lower = from == null || "*".equals(from) ? Long.MIN_VALUE : startOf(from);
        long upper = to == null || "*".equals(to) ? Long.MAX_VALUE : endOf(to);
        return LongPoint.newRangeQuery(Schema.MODIFIED, lower, upper);
    }

    private static long startOf(String s) throws ParseException {
        return parseDate(s, true);
    }

    private static long endOf(String s) throws ParseException {
        return parseDate(s, false);
    }

    /** yyyy, yyyy-MM or yyyy-MM-dd, as the first or last millisecond of that period (UTC). */
    private static long parseDate(String s, boolean start) throws ParseException {
        String t = s.strip();
        try {
            LocalDate first;
            LocalDate last;
            if (t.matches("\\d{4}")) {
                first = LocalDate.of(Integer.parseInt(t), 1, 1);
                last = first.plusYears(1);
            } else if (t.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.parse(t.length() == 6 ? t.substring(0, 5) + "0" + t.substring(5) : t);
                first = ym.atDay(1);
                last = first.plusMonths(1);
            } else {
                first = LocalDate.parse(t);
                last = first.plusDays(1);
            }
            LocalDate day = start ? first : last;
            long millis = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            return start ? millis : millis - 1;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException("\"" + s + "\" is not a date; write it as 2025, 2025-03 or 2025-03-01.");
        }
    }
}
