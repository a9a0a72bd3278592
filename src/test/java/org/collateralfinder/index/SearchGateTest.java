package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gate a swap closes: it waits for searches in flight, holds new ones, and gives up when they stay out. */
class SearchGateTest {

    @Test
    void closingWaitsForSearchesInFlightAndHoldsNewOnesUntilOpened() throws Exception {
        SearchGate gate = new SearchGate();
        gate.enter();
        Thread releaser = Thread.ofPlatform().start(() -> {
            sleep(200);
            gate.leave(); // released on another thread than the one that entered
        });
        assertThat(gate.close(Duration.ofSeconds(10))).isTrue();
        releaser.join();

        CountDownLatch entered = new CountDownLatch(1);
        Thread search = Thread.ofPlatform().start(() -> {
            gate.enter();
            entered.countDown();
            gate.leave();
        });
        assertThat(entered.await(300, TimeUnit.MILLISECONDS)).isFalse();
        gate.open();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        search.join();
    }

    @Test
    void aSearchThatStaysOutTooLongLeavesTheGateOpen() throws Exception {
        SearchGate gate = new SearchGate();
        gate.enter();
        assertThat(gate.close(Duration.ofMillis(100))).isFalse();

        CountDownLatch entered = new CountDownLatch(1);
        Thread search = Thread.ofPlatform().start(() -> {
            gate.enter();
            entered.countDown();
            gate.leave();
        });
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        search.join();
        gate.leave();
        assertThat(gate.close(Duration.ofMillis(100))).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
