package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one corpus.
 *
 * @param corpus        what was indexed
 * @param first         the first (full) index run (default heap, or {@code --index-heap})
 * @param heap          the indexer's heap during that run, from its GC log
 * @param capped        the same full run with a capped heap, or null when skipped
 * @param heapCap       that cap, e.g. {@code 512m}
 * @param statusDocs    {@code status --json} documents
 * @param indexBytes    {@code status --json} index_bytes
 * @param indexParts    bytes of the index per kind of Lucene file, largest first
 * @param contents      the index read with Lucene
 * @param reruns        the no-change re-runs
 * @param latency       query latency (the mix of queries)
 * @param typed         keystrokes of queries typed into the search box, searched as you type
 * @param complete      the same queries, complete, as the command line searches them
 * @param references    Recoll and the limit references on the same corpus
 * @param before        the baseline jar on the same corpus in this run, or null
 * @param loadBefore    /proc/loadavg before the corpus
 * @param loadAfter     /proc/loadavg after it
 */
record CorpusMeasurement(Corpus corpus, IndexRun first, HeapLog heap, IndexRun capped, String heapCap, long statusDocs, long indexBytes,
                         Map<String, Long> indexParts, IndexContents contents, List<IndexRun> reruns, QueryLatency latency,
                         TypedLatency typed, TypedLatency complete, References references, Before before, String loadBefore,
                         String loadAfter) {

    /** One {@code index --json} run and the JSON object it printed (null if it printed none). */
    record IndexRun(MeasuredProcess.Outcome outcome, JsonNode json) {

        boolean completed() {
            return outcome.exit() == 0 && json != null && !outcome.stderr().contains("OutOfMemoryError");
        }

        long files() {
            return json == null ? -1 : json.path("files").asLong(-1);
        }

        long failed() {
            return json == null ? -1 : json.path("failed").asLong(-1);
        }

        /** The indexer's own run time (walk, extraction, indexing, commit), without JVM start. */
        double seconds() {
            return json == null ? Double.NaN : json.path("seconds").asDouble(Double.NaN);
        }

        boolean changedNothing() {
            return json != null && json.path("added").asLong(-1) == 0 && json.path("updated").asLong(-1) == 0
                    && json.path("removed").asLong(-1) == 0;
        }
    }

    /**
     * The baseline jar's figures on the same corpus, in the same run.
     *
     * @param label      the commit it was built from (or the jar's name)
     * @param first      its full index run
     * @param reruns     its no-change re-runs
     * @param typed      its keystrokes
     * @param complete   its complete queries
     * @param indexBytes its index on disk
     */
    record Before(String label, IndexRun first, List<IndexRun> reruns, TypedLatency typed, TypedLatency complete,
                  long indexBytes) {

        double rerunMedianWall() {
            return median(reruns);
        }

        double rerunMedianCpu() {
            return medianCpu(reruns);
        }
    }

    double rerunMedianWall() {
        return median(reruns);
    }

    double rerunMedianCpu() {
        return medianCpu(reruns);
    }

    static double median(List<IndexRun> runs) {
        return middle(runs.stream().mapToDouble(r -> r.outcome().wallSeconds()).sorted().toArray());
    }

    static double medianCpu(List<IndexRun> runs) {
        return middle(runs.stream().mapToDouble(r -> r.outcome().cpuSeconds()).sorted().toArray());
    }

    private static double middle(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
