package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachabilityTest {

    /**
     * Folder listings run on virtual threads, which share one carrier thread per core; while a listing of a large
     * tree keeps every carrier busy (a million files did, on two cores), a local folder must still be found
     * reachable, not judged gone because the check waited for a carrier past its time limit.
     */
    @Test
    void aLocalFolderIsReachableWhileVirtualThreadsKeepEveryCarrierBusy(@TempDir Path folder) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(carriers);
        List<Thread> busy = new ArrayList<>();
        for (int i = 0; i < carriers; i++) {
            busy.add(Thread.ofVirtual().start(() -> {
                started.countDown();
                long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (!stop.get() && System.nanoTime() < giveUp) {
                    Thread.onSpinWait(); // work that never blocks, so it never lets go of its carrier
                }
            }));
        }
        started.await();
        Reachability.Check check;
        try {
            check = new Reachability(FileSystemAccess.LOCAL, Duration.ofSeconds(2), Duration.ofSeconds(1)).check(folder);
        } finally {
            stop.set(true);
            for (Thread t : busy) {
                t.join();
            }
        }
        assertThat(check.state().available()).as("%s: %s", check.state(), check.reason()).isTrue();
    }
}
