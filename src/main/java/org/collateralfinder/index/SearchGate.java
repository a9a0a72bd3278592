package org.collateralfinder.index;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the searchers handed out and lets a swap of the index underneath wait until none is: once
 * {@link #close(Duration)} returned true nothing is in flight and {@link #enter()} blocks until
 * {@link #open()}. Searchers may be released on another thread than the one that acquired them.
 */
final class SearchGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean closed;
    private int inFlight;

    /** One more searcher (or refresh) in flight; waits while the gate is closed. */
    void enter() {
        lock.lock();
        try {
            while (closed) {
                changed.awaitUninterruptibly();
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    void leave() {
        lock.lock();
        try {
            if (--inFlight <= 0) {
                inFlight = 0;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops letting searches in and waits for those in flight.
     *
     * @return true when none is in flight (the gate stays closed until {@link #open()}); false, with the
     *         gate open again, when some were still out after {@code wait}
     */
    boolean close(Duration wait) {
        lock.lock();
        try {
            closed = true;
            long nanos = wait.toNanos();
            while (inFlight > 0 && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            if (inFlight > 0) {
                open();
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open();
            return false;
        } finally {
            lock.unlock();
        }
    }

    void open() {
        lock.lock();
        try {
            closed = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
