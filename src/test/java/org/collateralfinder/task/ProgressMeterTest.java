package org.collateralfinder.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Progress with a clock the test moves: no waiting, no wall-clock time. */
class ProgressMeterTest {

    @Test
    void reportsTheFirstItemAtOnceThenAtMostOncePerIntervalWithTheRateSinceTheFirstItem() {
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
                Tuple.tuple(1L, "a.pdf"), Tuple.tuple(3L, "c.pdf"));
        Progress last = reports.getLast();
        assertThat(last.perSecond()).isEqualTo(2 / 0.19); // 2 more items in the 0.19 s since the first one
        assertThat(last.timeLeft()).isNull(); // not settled yet: no promise in the first seconds
        assertThat(last.fraction()).isEqualTo(0.3);
    }

    @Test
    void theTimeLeftComesFromTheRecentRateNotFromTheWorkersStartingUp() {
        AtomicLong nanos = new AtomicLong(0);
        List<Progress> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add, 500, nanos::get);
        meter.setTotal(1_600);
        nanos.addAndGet(5_000_000_000L); // the workers take 5 s to start: nothing is finished meanwhile
        for (int i = 0; i < 1_000; i++) { // then 100 files a second for 10 s
            nanos.addAndGet(10_000_000);
            meter.advance("file" + i);
        }

        Progress last = reports.getLast();
        assertThat(last.perSecond()).isEqualTo(100.0, Offset.offset(0.5));
        // the files left at 100/s (from the whole run's average, with the 5 s start, it would say half as much again)
        long left = 1_600 - last.done();
        assertThat(last.done()).isGreaterThan(900);
        assertThat(last.timeLeft()).isEqualTo(Duration.ofMillis(left * 10));
    }
}
