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

    /**
     * Window re-test 22, F8: "4 of 781 files read · about 46 min left", then "about 8 min" at 50; the run took 4.5 min.
     * The first files of a run come slowly (the workers warm up, the first files are often the large ones): a handful
     * of files is no rate to promise a time by. No estimate until a tenth of the files, or 20 of them, are read.
     */
    @Test
    void noTimeLeftIsPromisedFromTheFirstFewFilesOfALongRun() {
        AtomicLong nanos = new AtomicLong(0);
        List<Progress> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add, 500, nanos::get);
        meter.setTotal(781);
        for (int i = 0; i < 4; i++) { // four files in the first 10 s, the workers warming up
            nanos.addAndGet(2_500_000_000L);
            meter.advance("slow" + i);
        }
        assertThat(reports.getLast().done()).isEqualTo(4);
        assertThat(reports.getLast().timeLeft()).isNull();

        for (int i = 0; i < 16; i++) { // then three files a second
            nanos.addAndGet(333_333_333L);
            meter.advance("file" + i);
        }
        assertThat(reports.getLast().done()).isEqualTo(20);
        assertThat(reports.getLast().timeLeft()).isNotNull();
    }

    @Test
    void aShortRunHasItsEstimateAfterAFewFiles() {
        AtomicLong nanos = new AtomicLong(0);
        List<Progress> reports = new ArrayList<>();
        ProgressMeter meter = new ProgressMeter(reports::add, 100, nanos::get);
        meter.setTotal(14);
        for (int i = 0; i < 3; i++) { // the sample files: one every 1.5 s
            nanos.addAndGet(1_500_000_000L);
            meter.advance("sample" + i);
        }
        // 11 files left at 2 files in 3 s
        assertThat(reports.getLast().timeLeft().toMillis()).isCloseTo(16_500L, Offset.offset(1L));
    }
}
