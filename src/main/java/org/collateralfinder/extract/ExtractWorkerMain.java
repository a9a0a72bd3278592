package org.collateralfinder.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import org.collateralfinder.model.FailureReason;

/**
 * The isolated extraction worker: a separate JVM with its own heap cap that reads requests on
 * standard input and answers on standard output. If a parser hangs, the indexer kills it; if it runs
 * out of memory, it answers "too large" and exits, and the indexer starts a new one.
 * Arguments: maxChars maxFileBytes.
 */
public final class ExtractWorkerMain {

    private ExtractWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        int maxChars = Integer.parseInt(args[0]);
        long maxFileBytes = Long.parseLong(args[1]);
        // Only the protocol may write to standard output; parsers that print go to standard error.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        TikaExtractor tika = new TikaExtractor(maxChars, maxFileBytes);
        out.writeInt(WorkerProtocol.READY);
        out.flush();
        while (true) {
            ExtractionRequest request;
            try {
                request = WorkerProtocol.readRequest(in);
            } catch (EOFException parentGone) {
                return;
            }
            Extraction result;
            boolean fatal = false;
            try {
                result = tika.extract(request);
            } catch (OutOfMemoryError e) {
                result = null;
                fatal = true;
            } catch (Throwable e) {
                result = Extraction.failed(FailureReason.CORRUPT, "The parser failed on this file: "
                        + TikaExtractor.oneLine(e) + ".");
            }
            if (fatal) {
                // Free what we can before answering; then exit so the next file gets a fresh heap.
                result = Extraction.failed(FailureReason.TOO_LARGE,
                        "Reading the file needed more memory than the extraction limit allows.");
                WorkerProtocol.writeResult(out, result, true);
                Runtime.getRuntime().halt(3);
            }
            WorkerProtocol.writeResult(out, result, false);
        }
    }
}
