package org.collateralfinder.task;

import java.time.Duration;

/**
 * How far a long piece of work is.
 *
 * @param done        items finished
 * @param total       items known so far (may grow while a folder walk is still running)
 * @param current     the item being worked on, for display
 * @param perSecond   the recent rate, items a second
 * @param timeLeft    estimated time left, or null while unknown
 */
public record Progress(long done, long total, String current, double perSecond, Duration timeLeft) {

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
