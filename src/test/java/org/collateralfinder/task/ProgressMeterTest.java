package org.collateralfinder.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    @Test
    void reportsTheFirstItemAtOnceThenAtMostOncePerIntervalWithRateAndTimeLeft() {
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        List<Progress> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add, 100, nanos::get);
        meter.setTotal(10);

        nanos.addAndGet(10_000_000);
        meter.advance("a.pdf");
        nanos.addAndGet(10_000_000);
        meter.advance("b.pdf"); // within 100 ms of the last report: not reported
        nanos.addAndGet(180_000_000);
        meter.advance("c.pdf");

        assertThat(reports).extracting(Progress::done, Progress::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "a.pdf"), org.assertj.core.groups.Tuple.tuple(3L, "c.pdf"));
        Progress last = reports.getLast();
        assertThat(last.perSecond()).isEqualTo(15.0); // 3 items in 0.2 s
        assertThat(last.timeLeft()).isEqualTo(Duration.ofMillis(466)); // 7 items at 15/s
        assertThat(last.fraction()).isEqualTo(0.3);
    }
}
