package org.collateralfinder.feedback;

/**
 * How much the team's feedback moves a file up or down the results: a factor search multiplies the
 * relevance score by. Pure function of a {@link FeedbackSummary}, always within
 * [{@value #MIN}, {@value #MAX}], exactly 1 without feedback, never zero (feedback reorders, it never
 * hides a file).
 *
 * <p>The signal, from -1 to +1, is the mean of two parts: the average rating mapped linearly
 * (1 → -1, 3 → 0, 5 → +1), left out when nobody rated, and the tags, per rep:
 * {@code worked} +1, {@code customer asked} +0.5, {@code didn't land} -0.5, {@code needs update} -0.5,
 * {@code outdated} -1 (clamped to ±1). It is weighed by confidence {@code n / (n + 1)} for n reps, so one
 * opinion moves a file half as far as many. A positive signal scales up to ×{@value #MAX}, a negative
 * one down to ×{@value #MIN}.
 */
public final class FeedbackBoost {

    public static final double MIN = 0.6;
    public static final double MAX = 1.5;
    /**
     * The deal factor's bounds: the same signal from entries given in deals like the rep's moves a file at most this
     * far, on top of the feedback factor (which counts those entries too), so all feedback together stays within
     * {@code MIN × DEAL_MIN} and {@code MAX × DEAL_MAX}.
     */
    public static final double DEAL_MIN = 0.8;
    public static final double DEAL_MAX = 1.3;

    private FeedbackBoost() {
    }

    /**
     * The factor of the feedback given in deals like the rep's: the same signal as {@link #factor}, read from those
     * entries only and scaled into [{@value #DEAL_MIN}, {@value #DEAL_MAX}]; exactly 1 without any.
     */
    public static double dealFactor(DealEvidence evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return 1.0;
        }
        double f = factor(evidence.summary());
        double scaled = f >= 1.0 ? 1.0 + (f - 1.0) / (MAX - 1.0) * (DEAL_MAX - 1.0)
                : 1.0 - (1.0 - f) / (1.0 - MIN) * (1.0 - DEAL_MIN);
        return Math.clamp(scaled, DEAL_MIN, DEAL_MAX);
    }

    public static double factor(FeedbackSummary summary) {
        if (summary == null || summary.count() <= 0) {
            return 1.0;
        }
        int n = summary.count();
        double tags = (summary.tagCount(FeedbackTags.WORKED)
                + 0.5 * summary.tagCount(FeedbackTags.CUSTOMER_ASKED)
                - 0.5 * summary.tagCount(FeedbackTags.DIDNT_LAND)
                - 0.5 * summary.tagCount(FeedbackTags.NEEDS_UPDATE)
                - summary.tagCount(FeedbackTags.OUTDATED)) / n;
        tags = Math.clamp(tags, -1.0, 1.0);
        double signal = tags;
        if (summary.averageRating() != null) {
            double rating = Math.clamp((summary.averageRating() - 3.0) / 2.0, -1.0, 1.0);
            signal = (rating + tags) / 2.0;
        }
        double weighed = signal * n / (n + 1.0);
        double factor = weighed >= 0 ? 1.0 + (MAX - 1.0) * weighed : 1.0 + (1.0 - MIN) * weighed;
        return Math.clamp(factor, MIN, MAX);
    }
}
