package org.collateralfinder.extract;

import java.time.Duration;

/**
 * The guards around extraction.
 *
 * @param timeout      longest time one file may take before its worker is killed and restarted
 * @param maxChars     most characters of text kept per file (the rest is cut, the file is still indexed)
 * @param maxFileBytes files larger than this are indexed by name only, reason "too large"
 * @param workerHeapMb heap cap of each worker process
 * @param workers      worker processes extracting in parallel
 */
public record ExtractionLimits(Duration timeout, int maxChars, long maxFileBytes, int workerHeapMb, int workers) {

    public static ExtractionLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ExtractionLimits(Duration.ofSeconds(60), 2_000_000, 256L * 1024 * 1024, 512, Math.max(1, cores));
    }

    public ExtractionLimits withTimeout(Duration value) {
        return new ExtractionLimits(value, maxChars, maxFileBytes, workerHeapMb, workers);
    }

    public ExtractionLimits withWorkers(int value) {
        return new ExtractionLimits(timeout, maxChars, maxFileBytes, workerHeapMb, value);
    }

    public ExtractionLimits withMaxFileBytes(long value) {
        return new ExtractionLimits(timeout, maxChars, value, workerHeapMb, workers);
    }

    public ExtractionLimits withWorkerHeapMb(int value) {
        return new ExtractionLimits(timeout, maxChars, maxFileBytes, value, workers);
    }
}
