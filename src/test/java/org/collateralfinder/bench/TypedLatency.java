package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The latency of searches made one after another in one process, first one included: the keystrokes of
 * queries typed into the search box ({@code search --as-you-type --batch}), or complete queries. Taken
 * from the {@code took_ms} each answer reports, or from a reference's list of times.
 *
 * @param first    the first search after the index opened, in ms
 * @param all      percentiles over every search, the first included: the time to the page of results
 * @param counts   percentiles of the time the total and facets took after the page ({@code counts_ms}), or
 *                 null when the answers do not say it (a reference, or a jar from before they followed)
 * @param count    searches made
 * @param noHits   searches that found nothing
 * @param errors   searches answered with an error
 */
record TypedLatency(double first, QueryLatency.Percentiles all, QueryLatency.Percentiles counts, int count, int noHits,
                    int errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static TypedLatency of(MeasuredProcess.Outcome batch, int expected) throws IOException {
        List<Double> ms = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        int noHits = 0;
        int errors = 0;
        for (String line : batch.stdout().split("\n")) {
            if (!line.strip().startsWith("{")) {
                continue;
            }
            JsonNode a = JSON.readTree(line);
            if (a.has("error")) {
                errors++;
            } else if (a.path("total").asLong() == 0) {
                noHits++;
            }
            ms.add(a.path("took_ms").asDouble());
            if (a.has("counts_ms")) {
                counts.add(a.path("counts_ms").asDouble());
            }
        }
        if (ms.size() != expected) {
            throw new IllegalStateException("The batch search answered " + ms.size() + " of " + expected
                    + " searches (exit " + batch.exit() + "): " + batch.stderr().strip());
        }
        return new TypedLatency(ms.isEmpty() ? Double.NaN : ms.getFirst(), QueryLatency.Percentiles.of(ms),
                counts.isEmpty() ? null : QueryLatency.Percentiles.of(counts), ms.size(), noHits, errors);
    }

    static TypedLatency of(List<Double> ms, int noHits, int errors) {
        return new TypedLatency(ms.isEmpty() ? Double.NaN : ms.getFirst(), QueryLatency.Percentiles.of(ms), null, ms.size(),
                noHits, errors);
    }

    static TypedLatency of(JsonNode array) {
        List<Double> ms = new ArrayList<>();
        array.forEach(v -> ms.add(v.asDouble()));
        return of(ms, 0, 0);
    }
}
