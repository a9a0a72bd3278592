package org.collateralfinder.gui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.collateralfinder.model.BidiControls;
import org.collateralfinder.model.Plural;

/**
 * How sizes, dates and durations read in the window. One date style everywhere: "5 Dec 2026",
 * "5 Dec 2026, 14:05", and "Dec 2026" for a month, so a month never reads as a day.
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    public static String date(Instant instant) {
        if (instant == null || instant.toEpochMilli() <= 0) {
            return "";
        }
        LocalDate day = instant.atZone(ZoneId.systemDefault()).toLocalDate();
        LocalDate today = LocalDate.now();
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        return DATE.format(day);
    }

    /** "5 Dec 2026, 14:05" in this computer's time zone, or "" for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "Dec 2026". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "about 3 min left", "12 s left", or "" while unknown. */
    public static String timeLeft(Duration left) {
        if (left == null) {
            return "";
        }
        long s = left.toSeconds();
        if (s < 60) {
            return Math.max(1, s) + " s left";
        }
        if (s < 3600) {
            return "about " + Math.round(s / 60.0) + " min left";
        }
        return String.format(Locale.ROOT, "about %.1f h left", s / 3600.0);
    }

    /** The last part of a path, for display: "/a/b/Sales decks" gives "Sales decks"; never for naming a file. */
    public static String lastName(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        String p = path.endsWith("/") || path.endsWith("\\") ? path.substring(0, path.length() - 1) : path;
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return BidiControls.drawable(slash >= 0 ? p.substring(slash + 1) : p); // shown: see WrappingText.drawn
    }

    /**
     * The last part of {@code path}, and its folder's when {@code beside} (the file it is named next to) has the same last
     * part: "use 2026/price-list.pdf" under 2025/price-list.pdf, not a name that reads as the row's own.
     */
    public static String nameBeside(String path, String beside) {
        String name = lastName(path);
        if (beside == null || !name.equals(lastName(beside))) {
            return name;
        }
        String p = path.endsWith("/") || path.endsWith("\\") ? path.substring(0, path.length() - 1) : path;
        String folder = lastName(p.substring(0, Math.max(0, p.length() - name.length() - 1)));
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    public static String plural(long n, String one, String many) {
        return Plural.of(n, one, many);
    }
}
