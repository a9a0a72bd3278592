package org.collateralfinder.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.collateralfinder.model.FailureReason;

/**
 * The guarded extractor the indexer uses: plain text is decoded in-process; every other format goes
 * to a pool of worker processes (started on first use, restarted when one dies or times out).
 */
public final class IsolatedExtractor implements TextExtractor {

    private final ExtractionLimits limits;
    private final BlockingQueue<WorkerProcess> idle;
    private final List<WorkerProcess> all = new ArrayList<>();
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * @param errorLog where the workers' standard error goes (parser warnings), or null to drop it
     */
    public IsolatedExtractor(ExtractionLimits limits, Path errorLog) {
        this(limits, errorLog, null);
    }

    /**
     * @param errorLog         where the workers' standard error goes (parser warnings), or null to drop it
     * @param classDataArchive a file for the workers' shared class archive (faster starts), or null
     */
    public IsolatedExtractor(ExtractionLimits limits, Path errorLog, Path classDataArchive) {
        this.limits = limits;
        this.idle = new ArrayBlockingQueue<>(limits.workers());
        for (int i = 0; i < limits.workers(); i++) {
            WorkerProcess worker = new WorkerProcess(limits, errorLog, classDataArchive, readers);
            all.add(worker);
            idle.add(worker);
        }
    }

    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Extraction extract(ExtractionRequest request) {
        WorkerProcess worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Extraction.failed(FailureReason.TIMEOUT, "Reading the file was interrupted.");
        }
        try {
            return worker.extract(request);
        } finally {
            idle.add(worker);
        }
    }

    /**
     * Extracts plain text in-process from bytes already read (for hashing); other formats go to a worker.
     */
    public Extraction extract(ExtractionRequest request, byte[] bytesIfRead, String extension) throws IOException {
        if (request.member() == null && bytesIfRead != null && PlainTextDecoder.handles(extension)) {
            return PlainTextDecoder.decode(bytesIfRead, extension, limits.maxChars());
        }
        return extract(request);
    }

    @Override
    public void close() {
        for (WorkerProcess worker : all) {
            worker.close();
        }
        readers.shutdownNow();
    }
}
