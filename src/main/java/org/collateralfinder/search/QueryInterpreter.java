package org.collateralfinder.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.RefusedInputException;

/**
 * Turns what a rep typed into a Lucene query, or into one sentence saying what is wrong with it.
 * Checks the cheap things first (length, nesting, quotes, brackets) so a hostile query is refused
 * before any parsing.
 */
public final class QueryInterpreter {

    public static final int MAX_LENGTH = 2_000;
    public static final int MAX_DEPTH = 20;
    public static final int MAX_CLAUSES = 1_024;

    /**
     * A query made from what the rep typed.
     *
     * @param query     what to search for
     * @param highlight what to highlight in snippets (the query plus the close spellings and completions used)
     * @param message   a sentence when the query was changed (a word no file contains was respelled), else null
     * @param closeness the bonus for files where the words stand close together, applied to the top
     *                  candidates only ({@link Ranking#PROXIMITY_WEIGHT}), or null
     * @param respelled the typed words no file contains, searched for by their close spellings
     * @param completedInPart as you type, whether the last word completed to the words most files hold only,
     *                  not to every word it starts
     * @param asTyped   over the top candidates, how much of the query a file holds as typed, in [0, 1]: the share of
     *                  the words it holds in the very form typed ({@link Ranking#AS_TYPED_WEIGHT}), and whether they
     *                  stand together in order ({@link Ranking#TOGETHER_WEIGHT}); a score factor, or null
     */
    public record Interpretation(Query query, Query highlight, String message, Query closeness, List<String> respelled,
                                 boolean completedInPart, Query asTyped) {

        public Interpretation {
            respelled = respelled == null ? List.of() : List.copyOf(respelled);
        }

        public Interpretation(Query query, Query highlight, String message, Query closeness, List<String> respelled,
                              boolean completedInPart) {
            this(query, highlight, message, closeness, respelled, completedInPart, null);
        }

        /** The same query with another sentence saying what was searched. */
        Interpretation withMessage(String sentence) {
            return new Interpretation(query, highlight, sentence, closeness, respelled, completedInPart, asTyped);
        }

        public Interpretation(Query query, Query highlight, String message, Query closeness, List<String> respelled) {
            this(query, highlight, message, closeness, respelled, false);
        }

        public Interpretation(Query query, Query highlight, String message, Query closeness) {
            this(query, highlight, message, closeness, List.of());
        }

        public Interpretation(Query query, Query highlight, String message) {
            this(query, highlight, message, null);
        }
    }

    private final FeedbackFilters feedback;

    /** Without the team's feedback: tag:, rating: and commented: are refused with a sentence. */
    public QueryInterpreter() {
        this(null);
    }

    /** @param feedback what tag:, rating: and commented: mean, or null when there is no feedback store */
    public QueryInterpreter(FeedbackFilters feedback) {
        this.feedback = feedback;
    }

    /** The exact query, without looking at the index (no forgiving alternatives). */
    public Query interpret(String text) {
        String q = text == null ? "" : quotePaths(text.strip());
        if (q.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        precheck(q);
        return parse(new CollateralQueryParser(Schema.queryAnalyzer()).withFeedback(feedback), q);
    }

    /**
     * The query with its forgiving alternatives, read against the searcher's vocabulary: close spellings of
     * rare words, split and joined words, completions of the last word (as you type), and a bonus for
     * files where the words stand close together.
     */
    public Interpretation interpret(String text, IndexSearcher searcher, boolean asYouType) {
        return interpret(text, searcher, asYouType, false);
    }

    /**
     * As {@link #interpret(String, IndexSearcher, boolean)}; with {@code everyCompletion}, the last word being
     * typed completes to every word it starts, not only the most frequent ones (for a search that found nothing
     * with those: a word of one or two letters, or one the other words or filters leave few files for).
     */
    public Interpretation interpret(String text, IndexSearcher searcher, boolean asYouType, boolean everyCompletion) {
        String openPhrase = null;
        String lastTyped = text; // where the word being typed is at the end
        if (asYouType && text != null && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // only punctuation typed so far ("-", "\"", "!!", "--"): nothing to look for yet, as with an empty box
            Query all = new MatchAllDocsQuery();
            return new Interpretation(all, all, null);
        }
        if (asYouType) {
            UnfinishedQuery.Finished soFar = UnfinishedQuery.finish(text);
            text = soFar.text();
            openPhrase = soFar.openPhrase();
            lastTyped = soFar.unclosed();
        }
        String q = text == null ? "" : quotePaths(text.strip());
        if (q.isEmpty()) {
            Query all = new MatchAllDocsQuery();
            return new Interpretation(all, all, null);
        }
        precheck(q);
        QueryText typed = QueryText.read(quotePaths(lastTyped)); // not stripped: a trailing space ends the last word
        ForgivingWords words = new ForgivingWords(searcher);
        CollateralQueryParser parser = new CollateralQueryParser(Schema.queryAnalyzer(), words, typed, asYouType)
                .withFeedback(feedback).completingPhrase(openPhrase).completingEveryWord(everyCompletion);
        Query query = parse(parser, q);
        if (typed.plain()) {
            query = withJoinedWords(query, typed, words);
        }
        List<String> near = typed.words();
        if (asYouType && typed.lastWord() != null && !near.isEmpty() && near.getLast().equalsIgnoreCase(typed.lastWord())
                && words.typedHits(words.tokens(typed.lastWord()).stream().findFirst().orElse("")) == 0) {
            near = near.subList(0, near.size() - 1);
        }
        Query closeness = near.size() >= 2 && near.size() <= Ranking.PROXIMITY_MAX_WORDS
                ? closeness(parser, String.join(" ", near)) : null;
        Query highlight = query;
        if (!parser.highlightExtras().isEmpty()) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
            parser.highlightExtras().forEach(extra -> b.add(extra, BooleanClause.Occur.SHOULD));
            highlight = b.build();
        }
        String message = Respellings.describe(text, parser.respelled()).orElse(null);
        return new Interpretation(query, highlight, message, closeness, List.copyOf(parser.respelled().keySet()),
                parser.completedInPart(), typed.plain() ? asTyped(parser, typed.words(), near, words) : null);
    }

    /**
     * How much of the query a file holds as typed, as a constant score: {@link Ranking#AS_TYPED_WEIGHT} shared among
     * the words, for each word the file holds in the form typed (not only its stem: "intentional", not just
     * "intent"), plus {@link Ranking#TOGETHER_WEIGHT} when the words stand together in the order typed (at most one
     * word between two). Null when no word is held as typed anywhere.
     */
    private static Query asTyped(CollateralQueryParser parser, List<String> typedWords, List<String> near,
                                 ForgivingWords words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : typedWords) {
            List<String> tokens = words.tokens(word);
            if (tokens.size() == 1 && words.typedHits(tokens.getFirst()) > 0) {
                b.add(new BoostQuery(new ConstantScoreQuery(words.asTyped(tokens.getFirst())),
                        Ranking.AS_TYPED_WEIGHT / typedWords.size()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        if (near.size() >= 2 && near.size() <= Ranking.PROXIMITY_MAX_WORDS) {
            String phrase = String.join(" ", near);
            BooleanQuery.Builder together = new BooleanQuery.Builder();
            for (String field : List.of(Schema.BODY, Schema.TITLE)) {
                Query inField = parser.createPhraseQuery(field, phrase, Ranking.TOGETHER_SLOP);
                if (inField != null) {
                    together.add(inField, BooleanClause.Occur.SHOULD);
                }
            }
            BooleanQuery any = together.build();
            if (!any.clauses().isEmpty()) {
                b.add(new BoostQuery(new ConstantScoreQuery(any), Ranking.TOGETHER_WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** "one pager" also finds "onepager": the query OR the query with two neighbouring words joined. */
    private Query withJoinedWords(Query query, QueryText typed, ForgivingWords words) {
        List<QueryText.Token> tokens = typed.tokens();
        BooleanQuery.Builder any = null;
        int joins = 0;
        for (int i = 0; i + 1 < tokens.size() && joins < 2; i++) {
            if (!tokens.get(i).word() || !tokens.get(i + 1).word()) {
                continue;
            }
            String joined = String.join("", words.tokens(tokens.get(i).text())) + String.join("", words.tokens(tokens.get(i + 1).text()));
            if (joined.isEmpty() || words.typedHits(joined) == 0) {
                continue;
            }
            Query alternative = parse(new CollateralQueryParser(Schema.queryAnalyzer()).withFeedback(feedback),
                    typed.join(i, joined));
            if (any == null) {
                any = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
            }
            any.add(new BoostQuery(alternative, Ranking.COMPOUND_WEIGHT), BooleanClause.Occur.SHOULD);
            joins++;
        }
        return any == null ? query : any.build();
    }

    /** Files where the words stand within a few positions of each other, in body or title; null if none can. */
    private static Query closeness(CollateralQueryParser parser, String words) {
        Query body = parser.createPhraseQuery(Schema.BODY, words, Ranking.PROXIMITY_SLOP);
        Query title = parser.createPhraseQuery(Schema.TITLE, words, Ranking.PROXIMITY_SLOP);
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        if (body != null) {
            near.add(body, BooleanClause.Occur.SHOULD);
        }
        if (title != null) {
            near.add(new BoostQuery(title, Ranking.FIELD_BOOSTS.get(Schema.TITLE)), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery bonus = near.build();
        return bonus.clauses().isEmpty() ? null : bonus;
    }

    private static Query parse(CollateralQueryParser parser, String q) {
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new RefusedInputException(explain(q, e), e);
        } catch (TokenMgrError e) {
            throw new RefusedInputException("The query has a character that cannot be read here; put the words in quotes.", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(q, e);
        }
    }

    /** The sentence for a query that needs more clauses than one search may have: too many wildcards, or words. */
    static RefusedInputException tooManyClauses(String query, RuntimeException e) {
        String q = query == null ? "" : query.strip();
        if (q.matches("(?s).*[*?~/].*")) {
            return new RefusedInputException("The query expands to too many words; make wildcards more specific.", e);
        }
        return new RefusedInputException("The query has " + q.split("\\s+").length
                + " words, more than one search can look for at once; use fewer words.", e);
    }

    /**
     * {@code path:} followed by a Windows or Unix path ({@code path:C:\Users\rep}, {@code path:/mnt/share})
     * is read as the path, not as the syntax its backslashes, colons and slashes mean elsewhere.
     */
    static String quotePaths(String query) {
        Matcher m = PATH_VALUE.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2);
            String closing = "";
            while (value.endsWith(")") && value.chars().filter(c -> c == ')').count() > value.chars().filter(c -> c == '(').count()) {
                closing += ")"; // "(path:/mnt/x OR ...)": the parenthesis belongs to the query
                value = value.substring(0, value.length() - 1);
            }
            String quoted = value.matches(".*[\\\\/:].*")
                    ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quoted + closing));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PATH_VALUE =
            Pattern.compile("(?i)((?<![\\w:])path:)([^\\s\"(\\[{][^\\s]*)");

    private static void precheck(String q) {
        if (q.length() > MAX_LENGTH) {
            throw new RefusedInputException("The query is " + q.length() + " characters long; the limit is " + MAX_LENGTH + ".");
        }
        int depth = 0;
        int maxDepth = 0;
        int squareOrCurly = 0;
        String rangeField = null; // the field of the first range bracket opened: what an unclosed range is about
        boolean inQuotes = false;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\' && i + 1 < q.length()) {
                i++;
                continue;
            }
            if (c == '"') {
                inQuotes = !inQuotes;
                continue;
            }
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                words++;
            }
            if (inQuotes) {
                continue;
            }
            switch (c) {
                case '(' -> maxDepth = Math.max(maxDepth, ++depth);
                case ')' -> {
                    if (--depth < 0) {
                        throw new RefusedInputException("The query closes a parenthesis that was never opened.");
                    }
                }
                case '[', '{' -> {
                    if (squareOrCurly++ == 0 && rangeField == null) {
                        rangeField = fieldBefore(q, i);
                    }
                }
                case ']', '}' -> squareOrCurly--;
                default -> { }
            }
        }
        if (inQuotes) {
            throw new RefusedInputException("The query has an opening quote (\") without a closing one.");
        }
        if (depth > 0) {
            throw new RefusedInputException("The query opens a parenthesis that is never closed.");
        }
        if (maxDepth > MAX_DEPTH) {
            throw new RefusedInputException("The query nests parentheses " + maxDepth + " deep; the limit is " + MAX_DEPTH + ".");
        }
        if (squareOrCurly != 0) {
            throw new RefusedInputException(unclosedRange(rangeField));
        }
        if (words > MAX_CLAUSES) {
            throw new RefusedInputException("The query has " + words + " words; the limit is " + MAX_CLAUSES + ".");
        }
    }

    /** The field name written just before position {@code at} ({@code rating} in {@code rating:[}), or "". */
    private static String fieldBefore(String q, int at) {
        int colon = at - 1;
        if (colon < 0 || q.charAt(colon) != ':') {
            return "";
        }
        int start = colon;
        while (start > 0 && Character.isLetter(q.charAt(start - 1))) {
            start--;
        }
        return q.substring(start, colon).toLowerCase(Locale.ROOT);
    }

    /** What a range missing a bracket is said as, for the field it is on. */
    private static String unclosedRange(String field) {
        return switch (field) {
            case "size" -> "A size range needs both brackets, as in size:[1mb TO 10mb].";
            case "rating" -> FeedbackFilters.RATING_FORM; // ratings take no ranges in brackets
            case "modified", "year", "date" -> "A date range needs both brackets, as in modified:[2024-01 TO 2024-12].";
            default -> "A range needs both brackets, as in modified:[2024-01 TO 2024-12] or size:[1mb TO 10mb].";
        };
    }

    /** A one-line explanation of a parse error, without parser jargon. */
    static String explain(String query, ParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.currentToken == null && !message.startsWith("Cannot parse")) {
            return message; // our own sentences
        }
        int nested = message.indexOf(": ", message.indexOf("Cannot parse") + 1);
        String inner = nested >= 0 ? message.substring(nested + 2) : message;
        if (inner.contains("'*' or '?' not allowed as first character")) {
            return "A word cannot start with * or ?; type at least one letter before the wildcard.";
        }
        if (!inner.contains("Encountered") && !inner.contains("Lexical error") && e.getCause() instanceof ParseException own) {
            return own.getMessage();
        }
        if (!inner.contains("Encountered") && !inner.isBlank() && !inner.contains("Lexical error")) {
            return inner.strip();
        }
        if (inner.contains("<EOF>")) {
            String[] words = query.strip().split("\\s+");
            return "The query ends right after \"" + words[words.length - 1]
                    + "\"; add what should follow it, or put it in quotes.";
        }
        Matcher m = Pattern.compile("column (\\d+)").matcher(inner);
        String near = "";
        if (m.find()) {
            near = " at \"" + wordAt(query, Integer.parseInt(m.group(1)) - 1) + "\"";
        }
        return "The query could not be understood" + near
                + "; put words with special characters (: ( ) [ ] ^ ~ * ?) in quotes.";
    }

    private static String wordAt(String query, int index) {
        int i = Math.max(0, Math.min(query.length() - 1, index));
        int from = i;
        while (from > 0 && !Character.isWhitespace(query.charAt(from - 1))) {
            from--;
        }
        int to = i;
        while (to < query.length() && !Character.isWhitespace(query.charAt(to))) {
            to++;
        }
        return query.substring(from, to);
    }
}
