package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of one JVM run, read from its {@code -Xlog:gc} file: the most it held before a collection (the
 * peak of what it used), the most it still held after one (what it could not let go of: the live set and
 * what a young collection leaves), and the most the JVM had reserved for it (committed).
 *
 * @param collections collections logged
 * @param peakUsedMb  the largest heap in use before a collection, MB (MiB as the log says them)
 * @param peakLiveMb  the largest heap in use after a collection
 * @param committedMb the largest committed heap
 */
record HeapLog(int collections, long peakUsedMb, long peakLiveMb, long committedMb) {

    /** {@code 120M->30M(512M)} in lines such as {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(512M) 4.5ms}. */
    private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static HeapLog read(Path gcLog) throws IOException {
        if (!Files.isRegularFile(gcLog)) {
            return new HeapLog(0, -1, -1, -1);
        }
        int n = 0;
        long used = -1;
        long live = -1;
        long committed = -1;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = SIZES.matcher(line);
            // only pauses that collect: a concurrent cycle's Remark and Cleanup log sizes too, and free nothing
            if ((line.contains("Pause Young") || line.contains("Pause Full")) && m.find()) {
                n++;
                used = Math.max(used, mb(m.group(1), m.group(2)));
                live = Math.max(live, mb(m.group(3), m.group(4)));
                committed = Math.max(committed, mb(m.group(5), m.group(6)));
            }
        }
        return new HeapLog(n, used, live, committed);
    }

    private static long mb(String number, String unit) {
        long v = Long.parseLong(number);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    String describe() {
        return collections == 0 ? "n/a (no collection logged)" : String.format(Locale.ROOT,
                "peak %,d MB in use, %,d MB after a collection, %,d MB committed (%d collections)", peakUsedMb, peakLiveMb,
                committedMb, collections);
    }

    /** {@code 410 / 180 MB}: peak in use / peak after a collection. */
    String shortForm() {
        return collections == 0 ? "n/a" : String.format(Locale.ROOT, "%,d / %,d MB", peakUsedMb, peakLiveMb);
    }
}
