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

    private FeedbackBoost() {
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
