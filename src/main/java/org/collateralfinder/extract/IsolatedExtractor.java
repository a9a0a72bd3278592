package org.collateralfinder.extract;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Largest file decoded in-process. */
    public static final long IN_PROCESS_MAX_BYTES = 16L * 1024 * 1024;

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
        Path archive = classDataArchive != null && archivable() ? classDataArchive : null;
        boolean archiveMissing = archive != null && !Files.isRegularFile(archive);
        for (int i = 0; i < limits.workers(); i++) {
            // while there is no archive yet, the first worker alone writes it (two would write one file at once)
            Path workerArchive = archiveMissing && i > 0 ? null : archive;
            WorkerProcess worker = new WorkerProcess(limits, errorLog, workerArchive, readers);
            all.add(worker);
            idle.add(worker);
        }
    }

    /**
     * Whether the workers can have a class archive: it extends the Java runtime's own, so a trimmed
     * runtime without one (the packaged app's jlink image) cannot write or use it; and it holds classes
     * from jar files only, so a class path with folders (the build's test runs) cannot either.
     */
    static boolean archivable() {
        Path server = Path.of(System.getProperty("java.home"), "lib", "server");
        boolean base = Files.isRegularFile(server.resolve("classes.jsa"))
                || Files.isRegularFile(server.resolve("classes_nocoops.jsa"));
        return base && Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .allMatch(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry)));
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
     * Whether a file of this extension and size is read in-process (plain text, small HTML): the caller
     * then reads its bytes once, for the content hash and for {@link #extract(ExtractionRequest, byte[], String)}.
     */
    public static boolean readsInProcess(String extension, long size) {
        return size <= IN_PROCESS_MAX_BYTES && (PlainTextDecoder.handles(extension) || HtmlDecoder.handles(extension, size));
    }

    /**
     * Extracts plain text and small HTML in-process from bytes already read (for hashing); other
     * formats go to a worker.
     */
    public Extraction extract(ExtractionRequest request, byte[] bytesIfRead, String extension) {
        if (bytesIfRead != null && readsInProcess(extension, bytesIfRead.length)) {
            return PlainTextDecoder.handles(extension)
                    ? PlainTextDecoder.decode(bytesIfRead, extension, limits.maxChars())
                    : HtmlDecoder.decode(bytesIfRead, limits.maxChars());
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
