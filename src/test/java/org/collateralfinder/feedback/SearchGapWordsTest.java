package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the report says a search gap: every count written alike (rc16, nit 4: "10,003 searches (10002 found nothing"). */
class SearchGapWordsTest {

    @Test
    void everyCountIsWrittenWithItsThousandsSeparated() {
        assertThat(new SearchGap("roi calculator", 10_003, 10_002, LocalDate.of(2026, 12, 3)).describe())
                .isEqualTo("10,003 searches (10,002 found nothing, 1 found files nobody used), last on 2026-12-03");
        assertThat(new SearchGap("roi calculator", 3, 3, LocalDate.of(2026, 12, 3)).describe())
                .isEqualTo("3 searches, all found nothing, last on 2026-12-03");
    }
}
