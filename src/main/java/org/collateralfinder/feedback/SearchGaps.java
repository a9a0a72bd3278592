package org.collateralfinder.feedback;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The searches that found nothing (issue 16, item 4): what reps looked for and did not find, or found and did not
 * use, counted without their names so marketing learns what material to make next.
 *
 * <p>Each search is tallied on this computer per week and query ({@link #record}); once the week is over its tallies
 * become weekly counts in this computer's log in the team folder, {@code gaps/<laptop>.jsonl}, named by a random id
 * made for this data folder rather than by its user ({@link #closeFinishedWeeks}, run by every sync), and every
 * laptop merges every gaps log as it merges the feedback logs ({@link SubfolderLogSync#GAPS}). So a log says how
 * often a query was searched in a week on one computer and on which day last, and nothing finer: neither who, nor
 * when in the week (the log is only written after it). Whether anything is counted is the rep's choice
 * ({@link FeedbackPreferences#sharesSearchGaps}): the caller asks it first; turning it off forgets what waits
 * ({@link #forgetUnshared}).
 */
public final class SearchGaps {

    /** A query longer than this is no subject marketing can make material for (a pasted paragraph): not counted. */
    public static final int MAX_QUERY_CHARS = 200;
    /** More searches of one query in a week than any rep makes: a line claiming more is refused. */
    static final int MAX_WEEKLY_SEARCHES = 10_000;
    /** The report counts this week and the twelve before it: a quarter, so material made since drops out. */
    public static final int REPORT_WEEKS = 13;

    private final FeedbackDatabase database;
    private final Clock clock;

    public SearchGaps(FeedbackDatabase database) {
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock today and this week, in the clock's zone (the rep's) */
    public SearchGaps(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Counts one search of {@code query} (normalised by the search package) that found nothing ({@code foundNothing})
     * or whose files nobody used. Counts of weeks that are over are made ready for the team on the way.
     */
    public void record(String query, boolean foundNothing) {
        if (!isNormalised(query)) {
            throw new IllegalArgumentException("Not a normalised query: " + query);
        }
        LocalDate today = LocalDate.now(clock);
        database.write(connection -> {
            SearchGapTable.tally(connection, weekOf(today), query, foundNothing, today);
            SearchGapTable.closeWeeksBefore(connection, weekOf(today), SearchGapTable.laptop(connection));
            return null;
        });
    }

    /** Turns the tallies of the weeks that are over into weekly counts queued for this computer's gaps log. */
    void closeFinishedWeeks() {
        database.write(connection -> SearchGapTable.exists(connection)
                ? SearchGapTable.closeWeeksBefore(connection, weekOf(LocalDate.now(clock)), SearchGapTable.laptop(connection))
                : List.of());
    }

    /**
     * Forgets what this computer counted and has not shared yet (the rep turned counting off): nothing more of it
     * leaves this computer. What was written to the team folder already stays there.
     *
     * @return how many searches were forgotten
     */
    public int forgetUnshared() {
        return database.write(SearchGapTable::forgetUnshared);
    }

    /**
     * The searches that found nothing in this week and the {@value #REPORT_WEEKS} - 1 before it: the team's weekly
     * counts and this computer's own of this week (not shared yet), most searched first.
     */
    public List<SearchGap> report() {
        return database.read(connection -> SearchGapTable.since(connection, reportFrom(LocalDate.now(clock))));
    }

    /** The first week the report counts, for a report made on {@code today}. */
    static LocalDate reportFrom(LocalDate today) {
        return weekOf(today).minusWeeks(REPORT_WEEKS - 1L);
    }

    /** This computer's random id: it names this computer's gaps log. */
    public String laptopId() {
        return database.write(SearchGapTable::laptop);
    }

    /** The Monday of the week {@code day} is in. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Whether a query is as the search package normalises it: 1 to {@value #MAX_QUERY_CHARS} characters, lower case,
     * no control characters, words separated by one space, none at either end.
     */
    public static boolean isNormalised(String query) {
        if (query == null || query.isEmpty() || query.length() > MAX_QUERY_CHARS || !query.equals(query.strip())
                || query.contains("  ") || !query.equals(query.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return query.chars().noneMatch(c -> Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' '));
    }
}
