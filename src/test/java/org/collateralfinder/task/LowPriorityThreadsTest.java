package org.collateralfinder.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Threads for work nobody waits for run at the lowest priority the system gives. */
class LowPriorityThreadsTest {

    @Test
    void aThreadRunsAtTheLowestJavaPriorityAsADaemon() throws Exception {
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        LowPriorityThreads.named("warm-up").newThread(() -> ran.complete(Thread.currentThread())).start();

        Thread thread = ran.get(30, TimeUnit.SECONDS);
        assertThat(thread.getName()).isEqualTo("warm-up");
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(thread.isDaemon()).isTrue();
    }

    @Test
    void onLinuxTheThreadIsNicedToNineteenAndTheThreadThatMadeItIsNot() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "nice values are Linux's");
        int before = niceOfThisThread();
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        LowPriorityThreads.named("warm-up").newThread(() -> {
            try {
                nice.complete(niceOfThisThread());
            } catch (IOException e) {
                nice.completeExceptionally(e);
            }
        }).start();

        assertThat(nice.get(30, TimeUnit.SECONDS)).isEqualTo(LowPriorityThreads.LOWEST_NICE);
        assertThat(niceOfThisThread()).isEqualTo(before).isLessThan(LowPriorityThreads.LOWEST_NICE);
    }

    /** The calling thread's nice value: the 19th field of /proc/thread-self/stat (after the name in parentheses). */
    private static int niceOfThisThread() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]); // fields[0] is the 3rd field (state)
    }
}
