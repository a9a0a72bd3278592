package org.collateralfinder.feedback;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.collateralfinder.model.DealContext;

/**
 * What the team's feedback says of a file in deals like the rep's: the current entries (one per rep) given in such
 * deals, how many of them say it worked and how many that it did not land, and which of the deal's traits they all
 * share — what the row says ("worked in 4 healthcare deals") and what the deal factor ({@link FeedbackBoost#dealFactor})
 * reads.
 *
 * <p>An entry is from a deal like the rep's when it shares at least one trait and contradicts none: the same industry,
 * the same stage (entries record both, case and spacing aside), or a comment that names the competitor as a word; an
 * entry of another industry or stage is not, even if its comment names the competitor.
 *
 * @param deal          the rep's deal
 * @param deals         entries from deals like it (one per rep)
 * @param worked        among them, those tagged worked
 * @param notLanded     among them, those tagged didn't land or outdated
 * @param summary       their summary, as the feedback factor reads one
 * @param sameIndustry  every one of them has the deal's industry
 * @param sameStage     every one of them has the deal's stage
 * @param sameCompetitor every one of them names the deal's competitor
 */
public record DealEvidence(DealContext deal, int deals, int worked, int notLanded, FeedbackSummary summary,
                           boolean sameIndustry, boolean sameStage, boolean sameCompetitor) {

    /** Whether an entry with this industry, stage and comment is from a deal like {@code deal}. */
    static boolean likeDeal(String industry, String stage, String comment, DealContext deal) {
        if (deal == null || deal.isEmpty()) {
            return false;
        }
        if (deal.industry() != null && industry != null && !DealContext.same(industry, deal.industry())) {
            return false;
        }
        if (deal.stage() != null && stage != null && !DealContext.same(stage, deal.stage())) {
            return false;
        }
        return DealContext.same(industry, deal.industry()) || DealContext.same(stage, deal.stage())
                || names(comment, deal.competitor());
    }

    /** Whether a comment names the competitor as a word of its own ("Acme" in "won over Acme.", not in "Acmeware"). */
    static boolean names(String comment, String competitor) {
        if (comment == null || competitor == null) {
            return false;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(DealContext.key(competitor))
                + "(?![\\p{L}\\p{N}])");
        return word.matcher(comment.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).find();
    }

    static DealEvidence of(DealContext deal, Collection<CurrentFeedback.Current> like, FeedbackSummary summary) {
        int worked = 0;
        int notLanded = 0;
        boolean industry = true;
        boolean stage = true;
        boolean competitor = true;
        for (CurrentFeedback.Current entry : like) {
            worked += entry.tags().contains(FeedbackTags.WORKED) ? 1 : 0;
            notLanded += entry.tags().contains(FeedbackTags.DIDNT_LAND) || entry.tags().contains(FeedbackTags.OUTDATED)
                    ? 1 : 0;
            industry &= DealContext.same(entry.industry(), deal.industry());
            stage &= DealContext.same(entry.stage(), deal.stage());
            competitor &= names(entry.comment(), deal.competitor());
        }
        return new DealEvidence(deal, like.size(), worked, notLanded, summary, industry, stage, competitor);
    }

    public boolean isEmpty() {
        return deals == 0;
    }

    /**
     * Why the file ranks as it does for this deal, as its row says it: "worked in 4 healthcare deals", "worked in 3 of
     * 4 healthcare deals at proposal", "didn't land in 2 deals against Acme", "rated 4.5 in 2 healthcare deals"; null
     * without evidence.
     */
    public String reason() {
        if (deals == 0) {
            return null;
        }
        if (worked > 0) {
            return worked == deals ? "worked in " + deals(worked) : "worked in " + worked + " of " + deals(deals);
        }
        if (notLanded > 0) {
            return "didn't land in " + (notLanded == deals ? deals(notLanded) : notLanded + " of " + deals(deals));
        }
        if (summary.averageRating() != null) {
            return "rated " + String.format(Locale.ROOT, "%.1f", summary.averageRating()).replace(".0", "") + " in "
                    + deals(deals);
        }
        return "feedback from " + deals(deals);
    }

    /** "4 healthcare deals at proposal against Acme": the traits every counted entry shares. */
    private String deals(int n) {
        StringBuilder s = new StringBuilder().append(n).append(' ');
        if (sameIndustry) {
            s.append(deal.industry()).append(' ');
        }
        s.append(n == 1 ? "deal" : "deals");
        if (sameStage) {
            s.append(" at ").append(deal.stage());
        }
        if (sameCompetitor) {
            s.append(" against ").append(deal.competitor());
        }
        return s.toString();
    }
}
