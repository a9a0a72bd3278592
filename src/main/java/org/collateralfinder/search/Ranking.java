package org.collateralfinder.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import org.collateralfinder.feedback.FeedbackBoost;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * The ranking function, in one place (see docs/ranking.md). A file's score is
 *
 * <pre>
 *   BM25 over the fields, weighted  (title, file name ×4; author ×1.5; body ×1)
 * + forgiving alternatives of a word, weighted lower (close spellings, completions, split or joined words)
 * then, over the best {@value #PROXIMITY_WINDOW}:
 * + a bonus when all words stand close together (sloppy phrase in body and title)
 * then, over the top candidates:
 * × recency  (1 + {@value #RECENCY_WEIGHT} × ½^(age / {@value #RECENCY_HALF_LIFE_DAYS} days), age counted from the newest file)
 * × feedback (the team's ratings and tags, bounded, 1 without feedback)
 * × curation (marketing's word: official ×{@value #CURATION_OFFICIAL}, retired or expired ×{@value #CURATION_DISCOURAGED},
 *             1 for a draft and for a file nobody curated)
 * × deal     (with a deal set: the feedback given in deals like it, within [{@value #DEAL_MIN}, {@value #DEAL_MAX}],
 *             1 without a deal or without such feedback)
 * </pre>
 *
 * Ties go to the newer file. The weights were tuned on the relevance set in
 * {@code src/test/resources/relevance/queries.tsv}.
 */
public final class Ranking {

    /** Field weights for words the rep typed. */
    public static final Map<String, Float> FIELD_BOOSTS = Map.of(Schema.TITLE, 4f, Schema.FILENAME, 4f,
            Schema.BODY, 1f, Schema.AUTHOR, 1.5f);
    /** Weights of the as-typed word fields, which forgiving alternatives search. */
    public static final float NAME_WORDS_BOOST = 4f;
    public static final float BODY_WORDS_BOOST = 1f;

    /** A word is "weak" (so close spellings are tried) when at most this many files contain it. */
    public static final int FEW_HITS = 2;
    /** Close spellings are tried for words of at least this many letters. */
    public static final int FUZZY_MIN_LETTERS = 5;
    /**
     * Close spellings, respellings and splits are looked up for at most this many rare words of one query, the
     * first ones typed; later words are searched as typed. Each lookup reads the term dictionaries (twice when no
     * spelling keeps the first letter): a pasted paragraph of 221 unknown words took 17–30 s (slides re-test 20,
     * finding 5), and typos come in the few words people type.
     */
    public static final int MAX_FORGIVEN_WORDS = 16;
    /** This many leading letters must match exactly (typos at the start are rare, and it keeps it fast); a word with
     *  no close spelling that keeps them is then looked up with none, for a typo in its first letter. */
    public static final int FUZZY_PREFIX_LENGTH = 1;
    /** At most this many close spellings per field. */
    public static final int FUZZY_MAX_EXPANSIONS = 16;
    /** The weight of a close-spelling match relative to an exact one. */
    public static final float FUZZY_WEIGHT = 0.3f;

    /** As you type, the last word completes to at most this many words per field (the most frequent). */
    public static final int PREFIX_EXPANSIONS = 6;
    /**
     * A last word of at most this many letters (one or two) completes to the most frequent words it starts
     * only, unless other words narrow the search: it starts too many words to look them all up at every
     * keystroke.
     */
    public static final int SHORT_PREFIX_LETTERS = 2;
    /** The weight of a completion relative to an exact match. */
    public static final float PREFIX_WEIGHT = 0.6f;
    /**
     * A code or phrase being typed completes its last part to at most this many words per field (the most
     * frequent): its parts are often numbers, and a short number starts many ("x5" → 5, 50, 500, 5000…).
     */
    public static final int PHRASE_COMPLETIONS = 32;
    /**
     * ...and to the words that follow its other words in the first this many files holding them (so a rare
     * next word is found too), ...
     */
    public static final int PHRASE_FOLLOWING_FILES = 8;
    /** ...at most this many places in each. */
    public static final int PHRASE_FOLLOWING_PLACES = 8;
    /**
     * The score of a rarer completion (not among the most frequent), when other words narrow the search or
     * the last word is long: enough to be found, too little to outrank a frequent one.
     */
    public static final float RARE_COMPLETION_SCORE = 0.1f;
    /** Every completion counts from this many letters on, or when another word is in few files: */
    public static final int EVERY_COMPLETION_MIN_LETTERS = 5;
    /** ...at most this share of the files, */
    public static final double NARROW_SHARE = 0.01;
    /** ...or this many in a small index. */
    public static final int NARROW_MIN_FILES = 50;

    /** The weight of "one pager" when the rep typed "onepager", and of "onepager" for "one-pager". */
    public static final float COMPOUND_WEIGHT = 0.8f;

    /** Words within this many positions of each other count as "close together". */
    public static final int PROXIMITY_SLOP = 6;
    /** The weight of the closeness bonus. */
    public static final float PROXIMITY_WEIGHT = 0.5f;
    /** Phrase bonus only for queries of at most this many words. */
    public static final int PROXIMITY_MAX_WORDS = 6;
    /** The closeness bonus is computed for this many of the best files (a rescoring pass, not for every match). */
    public static final int PROXIMITY_WINDOW = 50;

    /**
     * Over the best {@value #PROXIMITY_WINDOW}, a file holding every typed word in the very form typed scores this
     * fraction more (shared among the words: one word of three as typed, a third of it): "intentional design
     * limitations" finds the slide saying so before a file saying "intent", "limited" and "design" (s15 MAJOR 2).
     */
    public static final float AS_TYPED_WEIGHT = 0.5f;
    /** ...and this fraction more when the typed words stand together in the order typed, ... */
    public static final float TOGETHER_WEIGHT = 0.3f;
    /** ...at most one other word between two of them. */
    public static final int TOGETHER_SLOP = 1;

    /** The largest recency bonus: the newest file scores up to this fraction more. */
    public static final double RECENCY_WEIGHT = 0.05;
    public static final double RECENCY_HALF_LIFE_DAYS = 365;

    /** Grouping, recency and feedback look at this many times the requested hits. */
    public static final int CANDIDATE_FACTOR = 3;
    /** ...but at least this many. */
    public static final int MIN_CANDIDATES = 30;

    /** Feedback never moves a score by more than these factors (the bounds of the one feedback factor, {@link FeedbackBoost}). */
    public static final double FEEDBACK_MIN = FeedbackBoost.MIN;
    public static final double FEEDBACK_MAX = FeedbackBoost.MAX;

    /**
     * An official file (its curation not expired) scores this much more: bounded like feedback, so a file that matches
     * the words clearly better still comes first.
     */
    public static final double CURATION_OFFICIAL = 1.25;
    /**
     * A retired file, or one whose curation expired, scores this fraction: it sinks below what replaces it, and is
     * never hidden (a filter such as {@code -curation:retired} hides it, if the rep wants).
     */
    public static final double CURATION_DISCOURAGED = 0.4;

    /** Feedback given in deals like the rep's moves a file at most this far (on top of the feedback factor). */
    public static final double DEAL_MIN = FeedbackBoost.DEAL_MIN;
    public static final double DEAL_MAX = FeedbackBoost.DEAL_MAX;

    private static final Ranking STANDARD = new Ranking((path, hash) -> 1.0, (path, hash) -> 1.0, (path, hash) -> 1.0);

    /** The feedback factor of one file: its path and content (feedback carried over an edit is the path's). */
    @FunctionalInterface
    public interface FeedbackFactor {
        double of(String path, String contentHash);

        /**
         * The factor for a hit whose best matching page {@code bestPage} tells (0 for none; asked only when some
         * feedback on the file names slides): feedback on some slides counts only where the search found one of them.
         */
        default double of(String path, String contentHash, IntSupplier bestPage) {
            return of(path, contentHash);
        }
    }

    /** The curation factor of one file: its path and content (a file edited in place keeps its curation). */
    @FunctionalInterface
    public interface CurationFactor {
        double of(String path, String contentHash);
    }

    /** The deal factor of one file: its path and content, as feedback's. */
    @FunctionalInterface
    public interface DealFactor {
        double of(String path, String contentHash);
    }

    private final FeedbackFactor feedback;
    private final CurationFactor curation;
    private final DealFactor deal;

    private Ranking(FeedbackFactor feedback, CurationFactor curation, DealFactor deal) {
        this.feedback = feedback;
        this.curation = curation;
        this.deal = deal;
    }

    /** The ranking without feedback. */
    public static Ranking standard() {
        return STANDARD;
    }

    /**
     * The ranking with the team's feedback: {@code factorByHash} maps a content hash to a score factor
     * (1 for none). Factors are clamped to [{@value #FEEDBACK_MIN}, {@value #FEEDBACK_MAX}]: feedback
     * reorders, it never hides a file.
     */
    public static Ranking withFeedback(ToDoubleFunction<String> factorByHash) {
        return new Ranking((path, hash) -> factorByHash.applyAsDouble(hash), STANDARD.curation, STANDARD.deal);
    }

    /** As {@link #withFeedback(ToDoubleFunction)}, with a factor per file (path and content). */
    public static Ranking withFeedback(FeedbackFactor factorByFile) {
        return new Ranking(factorByFile, STANDARD.curation, STANDARD.deal);
    }

    /**
     * This ranking with marketing's curation: {@code factorByFile} gives each file's {@link #curationFactor}; null when
     * nothing is curated.
     */
    public Ranking withCuration(CurationFactor factorByFile) {
        return factorByFile == null ? this : new Ranking(feedback, factorByFile, deal);
    }

    /** This ranking with the rep's deal: {@code factorByFile} gives each file's deal factor; null without a deal. */
    public Ranking withDeal(DealFactor factorByFile) {
        return factorByFile == null ? this : new Ranking(feedback, curation, factorByFile);
    }

    /** The deal factor of a file, 1 without a deal or without feedback from deals like it. */
    public double dealBoost(String path, String contentHash) {
        if (contentHash == null) {
            return 1.0;
        }
        double f = deal.of(path, contentHash);
        return Double.isNaN(f) ? 1.0 : Math.clamp(f, DEAL_MIN, DEAL_MAX);
    }

    /** The factor of a curation on {@code today}: official, retired or expired, else (a draft, none) 1. */
    public static double curationFactor(Curation curation, LocalDate today) {
        if (curation == null) {
            return 1.0;
        }
        if (curation.discouraged(today)) {
            return CURATION_DISCOURAGED;
        }
        return curation.state() == CurationState.OFFICIAL ? CURATION_OFFICIAL : 1.0;
    }

    /** The curation factor of a file, 1 when nobody curated it. */
    public double curationBoost(String path, String contentHash) {
        if (contentHash == null) {
            return 1.0;
        }
        double f = curation.of(path, contentHash);
        return Double.isNaN(f) ? 1.0 : Math.clamp(f, CURATION_DISCOURAGED, CURATION_OFFICIAL);
    }

    /** The feedback factor of a file's content, 1 without feedback. */
    public double feedbackBoost(String contentHash) {
        return feedbackBoost(null, contentHash);
    }

    /** The feedback factor of the file at {@code path} with this content, 1 without feedback. */
    public double feedbackBoost(String path, String contentHash) {
        if (contentHash == null) {
            return 1.0;
        }
        double f = feedback.of(path, contentHash);
        return Double.isNaN(f) ? 1.0 : Math.clamp(f, FEEDBACK_MIN, FEEDBACK_MAX);
    }

    /**
     * The feedback factor of the file at {@code path} with this content for a hit whose best matching page
     * {@code bestPage} tells (0 for none): feedback about some slides counts only when that page is one of them.
     */
    public double feedbackBoost(String path, String contentHash, IntSupplier bestPage) {
        if (contentHash == null) {
            return 1.0;
        }
        double f = feedback.of(path, contentHash, bestPage);
        return Double.isNaN(f) ? 1.0 : Math.clamp(f, FEEDBACK_MIN, FEEDBACK_MAX);
    }

    /** The recency factor of a file modified at {@code modified} when the newest file is {@code newest}. */
    public static double recencyBoost(long modified, long newest) {
        double ageDays = Math.max(0, newest - modified) / 86_400_000.0;
        return 1.0 + RECENCY_WEIGHT * Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS);
    }

    /** At most this many spellings are searched for a word no file contains (one per stem, fewest edits away). */
    static final int RESPELLINGS_MAX = 3;

    /** Most edits a close spelling may be away: 1 for words of 5–7 letters, 2 for longer ones. */
    public static int maxEdits(String word) {
        int letters = word.codePointCount(0, word.length());
        if (letters < FUZZY_MIN_LETTERS) {
            return 0;
        }
        return letters >= 8 ? 2 : 1;
    }

    /**
     * Most edits a likely spelling of a word no file contains may be away: as {@link #maxEdits}, and 1 for a word of 4
     * letters, which a missing letter leaves of most 5-letter words ("abot", "lide", "shll" found nothing and said
     * nothing: issue 15 re-test r25, finding 3). Only for a word no file holds: a 4-letter word some file holds is taken
     * as typed, as a close spelling of it would match too many others.
     */
    public static int maxEditsOfUnknown(String word) {
        return word.codePointCount(0, word.length()) == FUZZY_MIN_LETTERS - 1 ? 1 : maxEdits(word);
    }

    /** How many candidates to rank, group and rescore for a page of {@code limit} hits. */
    public static int candidates(int limit) {
        return Math.max(MIN_CANDIDATES, limit * CANDIDATE_FACTOR);
    }
}
