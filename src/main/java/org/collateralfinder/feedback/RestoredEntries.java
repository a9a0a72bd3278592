package org.collateralfinder.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A withdrawal undone, as people read it. Undo gives the withdrawn entry again as a new event (events are never
 * changed or deleted, {@link FeedbackEvent}), recorded after the withdrawal so that it is current, and keeping the
 * time the entry was first given ({@link FeedbackEntry#restored()}). To the rep it is the same entry back: it stands
 * where the entry withdrawn stood, dated when it was given, and neither that entry nor the withdrawal it undid is
 * there any more. The history and the report's "last feedback" read a file's events so.
 */
final class RestoredEntries {

    private RestoredEntries() {
    }

    /**
     * The events without the withdrawals undone, each entry given back in the place of the entry it repeats (its
     * rep's event before that withdrawal, given at the same time); a chain of undos leaves the last entry given back.
     *
     * @param oldestFirst a file's events in {@link FeedbackEvent#ORDER}
     */
    static List<FeedbackEvent> folded(List<FeedbackEvent> oldestFirst) {
        List<FeedbackEvent> shown = new ArrayList<>();
        for (FeedbackEvent event : oldestFirst) {
            if (event instanceof FeedbackEntry entry && entry.restored()) {
                int withdrawal = lastBy(shown, entry.user(), shown.size());
                int withdrawn = withdrawal < 0 ? -1 : lastBy(shown, entry.user(), withdrawal);
                if (withdrawn >= 0 && shown.get(withdrawal) instanceof FeedbackWithdrawal
                        && shown.get(withdrawn) instanceof FeedbackEntry before && before.given().equals(entry.given())) {
                    shown.set(withdrawn, entry);
                    shown.remove(withdrawal);
                    continue;
                }
            }
            shown.add(event);
        }
        return shown;
    }

    /** When a reader sees the event happen: an entry when it was given, a withdrawal when it was made. */
    static Instant shownAt(FeedbackEvent event) {
        return event instanceof FeedbackEntry entry ? entry.given() : event.at();
    }

    /** The latest time any of a file's events shows, once the withdrawals undone are left out; null for none. */
    static Instant lastShown(List<FeedbackEvent> oldestFirst) {
        return folded(oldestFirst).stream().map(RestoredEntries::shownAt).max(Instant::compareTo).orElse(null);
    }

    /** The index of the user's last event before {@code end}, or -1. */
    private static int lastBy(List<FeedbackEvent> events, String user, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (events.get(i).user().equals(user)) {
                return i;
            }
        }
        return -1;
    }
}
