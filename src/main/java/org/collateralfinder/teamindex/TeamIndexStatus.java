package org.collateralfinder.teamindex;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collateralfinder.index.CopiedIndex;
import org.collateralfinder.index.CopiedIndexes;

/**
 * Which generation of its team index a source searches, for {@code status} and the Sources tab.
 *
 * @param generation  the published generation copied
 * @param publishedAt when it was published (ISO instant)
 * @param copiedAt    when this machine finished copying it (ISO instant)
 */
public record TeamIndexStatus(long generation, String publishedAt, String copiedAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** By source path, the team index copy each source searches (sources without one are not in it). */
    public static Map<String, TeamIndexStatus> of(Path indexDir) {
        Map<String, TeamIndexStatus> out = new LinkedHashMap<>();
        for (CopiedIndex c : CopiedIndexes.read(CopiedIndexes.homeOf(indexDir))) {
            out.put(c.source(), new TeamIndexStatus(c.generation(), c.publishedAt(), c.copiedAt()));
        }
        return out;
    }

    /** "team index, generation 12, copied 2026-12-03 10:15 UTC". */
    public String describe() {
        return "team index, generation " + generation + ", copied " + shown(copiedAt);
    }

    private static String shown(String instant) {
        try {
            return SHOWN.format(Instant.parse(instant));
        } catch (RuntimeException e) {
            return instant;
        }
    }
}
