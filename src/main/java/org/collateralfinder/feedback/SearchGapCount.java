package org.collateralfinder.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a computer's gaps log: how often one query was searched on that computer in one week without being
 * found or used, and the last day it was. It names no one: {@code laptop} is the computer's random id
 * ({@link SearchGaps#laptopId}), which also names its log ({@code gaps/<laptop>.jsonl}).
 *
 * @param week         the Monday the week starts on
 * @param query        normalised as the search package normalises gap queries (lower case, accents folded, one space)
 * @param searches     how many searches of it counted (at least one)
 * @param foundNothing how many of them found no file at all (the others found files nobody used)
 * @param lastDay      the last day of the week it was searched on
 */
record SearchGapCount(UUID id, String laptop, LocalDate week, String query, int searches, int foundNothing,
                      LocalDate lastDay) {
}
