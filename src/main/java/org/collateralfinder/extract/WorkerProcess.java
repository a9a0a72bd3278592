package org.collateralfinder.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.collateralfinder.model.FailureReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One extraction worker JVM and the conversation with it. Not thread-safe: one caller at a time. */
final class WorkerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** System property with more JVM options for the workers, see {@link #extraOptions()}. */
    static final String EXTRA_OPTIONS = "collateralfinder.worker.options";

    private final ExtractionLimits limits;
    private final Path errorLog;
    private final Path classDataArchive;
    /** How long a worker writing the class archive at exit is given before it is stopped. */
    private static final int ARCHIVE_WRITE_SECONDS = 15;
    private boolean writesArchive;
    private final ExecutorService readers;
    private Process process;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;

    WorkerProcess(ExtractionLimits limits, Path errorLog, Path classDataArchive, ExecutorService readers) {
        this.limits = limits;
        this.errorLog = errorLog;
        this.classDataArchive = classDataArchive;
        this.readers = readers;
    }

    Extraction extract(ExtractionRequest request) {
        try {
            ensureStarted();
        } catch (IOException e) {
            LOG.error("Could not start the extraction worker", e);
            return Extraction.failed(FailureReason.CORRUPT, "The extraction worker could not be started: "
                    + TikaExtractor.oneLine(e) + ".");
        }
        boolean[] fatal = new boolean[1];
        Future<Extraction> answer;
        try {
            WorkerProtocol.writeRequest(toWorker, request);
            answer = readers.submit(() -> WorkerProtocol.readResult(fromWorker, fatal));
        } catch (IOException e) {
            kill();
            return Extraction.failed(FailureReason.CORRUPT, "The extraction worker stopped before reading this file.");
        }
        try {
            Extraction result = answer.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (fatal[0]) {
                kill();
            }
            return result;
        } catch (TimeoutException e) {
            LOG.warn("Extraction of {} timed out after {}; restarting the worker", request, limits.timeout());
            kill();
            answer.cancel(true);
            return Extraction.failed(FailureReason.TIMEOUT, "Reading the file took longer than "
                    + limits.timeout().toSeconds() + " seconds.");
        } catch (ExecutionException e) {
            Integer exit = exitCode();
            LOG.warn("The extraction worker died on {} (exit {})", request, exit);
            kill();
            return Extraction.failed(FailureReason.CORRUPT, "The parser crashed while reading this file.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return Extraction.failed(FailureReason.TIMEOUT, "Reading the file was interrupted.");
        }
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        kill();
        writesArchive = classDataArchive != null && !Files.isRegularFile(classDataArchive);
        ProcessBuilder builder = new ProcessBuilder(command());
        if (errorLog != null) {
            builder.redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()));
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        process = builder.start();
        toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        Future<Integer> ready = readers.submit(fromWorker::readInt);
        try {
            int magic = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (magic != WorkerProtocol.READY) {
                kill();
                throw new IOException("the worker answered with an unexpected greeting");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IOException("interrupted while starting the worker", e);
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new IOException("the worker did not start", e);
        }
        LOG.debug("Extraction worker started (pid {})", process.pid());
    }

    /** The worker's command line: a JVM with its own heap cap and the options below. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + limits.workerHeapMb() + "m");
        command.add("-Xss4m");
        command.add("-XX:+UseSerialGC");
        // The quick compiler only: Tika, POI and PDFBox are a great deal of code, most of it run briefly, and with
        // the optimising compiler too a worker spent more CPU compiling than parsing (Tika alone over the real
        // test files, one cold JVM: 33.9 s of CPU, 19.2 s with this; docs/benchmarks.md).
        command.add("-XX:TieredStopAtLevel=1");
        // The JVM's own warnings go to standard error: standard output carries the protocol.
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        if (classDataArchive != null) {
            // Class-data sharing: the first worker records the classes Tika loads (written when it exits),
            // later ones start faster. Classes it cannot archive are not worth a warning line each.
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + classDataArchive);
            command.add("-Xlog:cds*=error:stderr");
        }
        command.add("-Djava.awt.headless=true");
        if (errorLog != null) {
            command.add("-Dcollateralfinder.logdir=" + errorLog.getParent());
            command.add("-Dcollateralfinder.logname=extract-worker");
        }
        // No --enable-native-access: the class archive extends the Java runtime's own, which was written without
        // it, and a JVM whose module options differ from the archive's refuses part of it ("Mismatched values for
        // property jdk.module.enable.native.access" at every worker start). Tika's parsers call no native code.
        command.add("--sun-misc-unsafe-memory-access=allow");
        command.addAll(extraOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ExtractWorkerMain.class.getName());
        command.add(Integer.toString(limits.maxChars()));
        command.add(Long.toString(limits.maxFileBytes()));
        return command;
    }

    /**
     * More JVM options for the workers from the system property {@value #EXTRA_OPTIONS} (space-separated), for
     * profiling them (the benchmark's {@code --jfr}); options that print to standard output would break the protocol.
     */
    static List<String> extraOptions() {
        String value = System.getProperty(EXTRA_OPTIONS, "").strip();
        return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
    }

    private Integer exitCode() {
        try {
            return process != null && process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeQuietly();
            process = null;
        }
    }

    private void closeQuietly() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // the process is gone
        }
        try {
            fromWorker.close();
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                toWorker.close(); // the worker exits on end of input
                // a worker that writes the class archive at exit needs a few seconds more for it
                if (!process.waitFor(writesArchive ? ARCHIVE_WRITE_SECONDS : 2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
        process = null;
    }
}
