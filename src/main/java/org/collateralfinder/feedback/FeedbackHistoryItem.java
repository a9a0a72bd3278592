package org.collateralfinder.feedback;

/**
 * One event in a file's history. {@code current} is true for the entries that count today (each rep's
 * latest, unless withdrawn); superseded entries and withdrawals have it false.
 */
public record FeedbackHistoryItem(FeedbackEvent event, boolean current) {
}
