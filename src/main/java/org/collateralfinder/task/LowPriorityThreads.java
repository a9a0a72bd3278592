package org.collateralfinder.task;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for work nobody waits for (warming the search after the index opens): the operating system runs them when
 * the processor has nothing else to do. Java's own thread priority is ignored on Linux, so on Linux each thread also
 * lowers its own scheduling priority to the lowest, nice 19, as {@code nice -n 19} would a process (a thread may
 * always lower its own); elsewhere Java's lowest priority is all it has. A thread that cannot lower itself runs anyway.
 */
public final class LowPriorityThreads {

    private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);
    /** The lowest scheduling priority on Linux (nice values run from -20, the highest, to 19). */
    static final int LOWEST_NICE = 19;
    private static final int PRIO_PROCESS = 0; // with a thread's id, setpriority(2) sets that thread's nice value

    private LowPriorityThreads() {
    }

    /** Daemon threads named {@code name} that run at the lowest priority the system gives them. */
    public static ThreadFactory named(String name) {
        ThreadFactory threads = Thread.ofPlatform().name(name).daemon().priority(Thread.MIN_PRIORITY).factory();
        return work -> threads.newThread(() -> {
            lowerThisThread();
            work.run();
        });
    }

    /** Lowers the calling thread's scheduling priority to nice 19 on Linux; whether it did (a failure is logged). */
    static boolean lowerThisThread() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup c = linker.defaultLookup();
            MethodHandle gettid = linker.downcallHandle(c.find("gettid").orElseThrow(), FunctionDescriptor.of(JAVA_INT));
            MethodHandle setpriority = linker.downcallHandle(c.find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
            int thread = (int) gettid.invokeExact();
            return (int) setpriority.invokeExact(PRIO_PROCESS, thread, LOWEST_NICE) == 0;
        } catch (Throwable e) { // no such call in this C library, or native access not allowed: run at normal priority
            LOG.debug("Could not lower a background thread's priority", e);
            return false;
        }
    }
}
