package org.collateralfinder.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time an event given now is stamped with, so that it comes after the one it replaces: the events of a file are
 * ordered by time on every laptop, and a clock set back, or an event dated in the future (a laptop with a wrong clock,
 * a line edited by hand), must not make the newest word lose. The one rule feedback, withdrawals, answers and
 * curations are stamped by.
 */
final class EventTimes {

    private EventTimes() {
    }

    /** {@code now}, or just after {@code replaced} when that is not before now; {@code replaced} may be null. */
    static Instant after(Instant now, Instant replaced) {
        return replaced == null || replaced.isBefore(now) ? now : replaced.plus(1, ChronoUnit.MICROS);
    }
}
