package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Query latency from one {@code search --json --batch} run: the {@code took_ms} each query reports
 * (measured inside the process: parse, search, snippets and facets), the warm-up queries left out.
 *
 * @param measured  queries counted
 * @param warmup    queries run first and left out
 * @param all       percentiles over all counted queries
 * @param byKind    percentiles per kind of query
 * @param errors    counted queries answered with an error
 * @param noHits    counted queries with no hit
 * @param wallSeconds the whole batch process, JVM start included
 */
record QueryLatency(int measured, int warmup, Percentiles all, Map<QueryMix.Kind, Percentiles> byKind, int errors,
                    int noHits, double wallSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Percentiles(int count, double p50, double p90, double p99, double max, double mean) {

        static Percentiles of(List<Double> values) {
            List<Double> v = new ArrayList<>(values);
            v.sort(null);
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            return new Percentiles(v.size(), rank(v, 50), rank(v, 90), rank(v, 99), v.isEmpty() ? Double.NaN : v.getLast(), mean);
        }

        /** Nearest-rank percentile of sorted values. */
        private static double rank(List<Double> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    /**
     * @param queries the queries, in the order of the batch file
     * @param outcome the batch run, one JSON object per query on standard output
     * @param warmup  how many of the first queries to leave out
     */
    static QueryLatency of(List<QueryMix.Query> queries, MeasuredProcess.Outcome outcome, int warmup) throws IOException {
        List<JsonNode> answers = new ArrayList<>();
        for (String line : outcome.stdout().split("\n")) {
            if (line.strip().startsWith("{")) {
                answers.add(JSON.readTree(line));
            }
        }
        if (answers.size() != queries.size()) {
            throw new IllegalStateException("The batch search answered " + answers.size() + " of " + queries.size()
                    + " queries (exit " + outcome.exit() + "): " + outcome.stderr().strip());
        }
        List<Double> all = new ArrayList<>();
        Map<QueryMix.Kind, List<Double>> kinds = new EnumMap<>(QueryMix.Kind.class);
        int errors = 0;
        int noHits = 0;
        for (int i = warmup; i < queries.size(); i++) {
            JsonNode a = answers.get(i);
            if (a.has("error")) {
                errors++;
                continue;
            }
            double ms = a.path("took_ms").asDouble();
            all.add(ms);
            kinds.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(ms);
            if (a.path("total").asLong() == 0) {
                noHits++;
            }
        }
        Map<QueryMix.Kind, Percentiles> byKind = new EnumMap<>(QueryMix.Kind.class);
        kinds.forEach((k, v) -> byKind.put(k, Percentiles.of(v)));
        return new QueryLatency(queries.size() - warmup, warmup, Percentiles.of(all), byKind, errors, noHits,
                outcome.wallSeconds());
    }
}
