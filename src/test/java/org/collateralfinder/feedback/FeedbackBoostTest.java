package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackBoostTest {

    private static FeedbackSummary summary(Map<String, Integer> tags, Double rating, int count) {
        return new FeedbackSummary("h", tags, rating, count, false);
    }

    @Test
    void noFeedbackLeavesTheScoreAlone() {
        assertThat(FeedbackBoost.factor(null)).isEqualTo(1.0);
        assertThat(FeedbackBoost.factor(FeedbackSummary.empty("h"))).isEqualTo(1.0);
        assertThat(FeedbackBoost.factor(summary(Map.of("pilot", 2), 3.0, 2))).isEqualTo(1.0);
    }

    @Test
    void workedAndHighRatingsRankUpToOneAndAHalf() {
        assertThat(FeedbackBoost.factor(summary(Map.of("worked", 1), 5.0, 1))).isCloseTo(1.25, within(1e-9));
        assertThat(FeedbackBoost.factor(summary(Map.of("worked", 3), 5.0, 3))).isCloseTo(1.375, within(1e-9));
        assertThat(FeedbackBoost.factor(summary(Map.of("worked", 1000), 5.0, 1000))).isLessThanOrEqualTo(1.5)
                .isGreaterThan(1.49);
    }

    @Test
    void outdatedAndLowRatingsRankDownToPointSixNeverZero() {
        assertThat(FeedbackBoost.factor(summary(Map.of("outdated", 1), null, 1))).isCloseTo(0.8, within(1e-9));
        assertThat(FeedbackBoost.factor(summary(Map.of("outdated", 1000, "didn't land", 1000), 1.0, 1000)))
                .isGreaterThanOrEqualTo(0.6).isLessThan(0.61);
    }

    @Test
    void oneOpinionMovesAFileLessThanManyAgreeing() {
        double one = FeedbackBoost.factor(summary(Map.of("worked", 1), null, 1));
        double five = FeedbackBoost.factor(summary(Map.of("worked", 5), null, 5));
        assertThat(one).isLessThan(five);
    }
}
