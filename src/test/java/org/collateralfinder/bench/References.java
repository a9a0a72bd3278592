package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * What one corpus was compared with in the same run: Recoll, and the limit references.
 *
 * @param recoll      Recoll on the same files, if it ran
 * @param recollNote  why Recoll did not run, or null
 * @param lucene      plain Lucene on the same text ({@link LuceneReference}'s JSON), or null
 * @param luceneTyped its keystroke latency, or null
 * @param luceneQueries its complete-query latency, or null
 * @param luceneRun   its process (CPU, memory), or null
 * @param tika        Tika alone on the same files ({@link TikaReference}'s JSON, real files only), or null
 * @param tikaRun     its process, or null
 */
record References(Optional<RecollComparison.Result> recoll, String recollNote, JsonNode lucene, TypedLatency luceneTyped,
                  TypedLatency luceneQueries, MeasuredProcess.Outcome luceneRun, JsonNode tika, MeasuredProcess.Outcome tikaRun) {

    static References none(String note) {
        return new References(Optional.empty(), note, null, null, null, null, null, null);
    }
}
