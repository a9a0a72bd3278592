package org.collateralfinder.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.PageStarts;

/**
 * The wire format between the indexer and its extraction worker process: length-prefixed UTF-8
 * strings over the worker's standard input and output.
 */
final class WorkerProtocol {

    static final int READY = 0xC011A7E1;
    static final byte OK = 1;
    static final byte FAILED = 2;
    /** The worker answered but must be restarted (it ran out of memory). */
    static final byte FAILED_FATAL = 3;
    /** Damaged, with the text that could be read: the text as for OK, then the reason as for FAILED. */
    static final byte DAMAGED = 4;

    private WorkerProtocol() {
    }

    static void writeRequest(DataOutputStream out, ExtractionRequest request) throws IOException {
        writeString(out, request.file().toString());
        writeString(out, request.member());
        out.flush();
    }

    static ExtractionRequest readRequest(DataInputStream in) throws IOException {
        String file = readString(in);
        String member = readString(in);
        return new ExtractionRequest(Path.of(file), member);
    }

    static void writeResult(DataOutputStream out, Extraction result, boolean fatal) throws IOException {
        if (result.succeeded() || result.damagedWithText()) {
            out.writeByte(result.succeeded() ? OK : DAMAGED);
            writeString(out, result.text());
            writeString(out, result.title());
            writeString(out, result.author());
            out.writeInt(result.pages());
            writeString(out, result.contentType());
            writePageStarts(out, result.pageStarts());
            if (!result.succeeded()) {
                writeString(out, result.failure().id());
                writeString(out, result.detail());
            }
        } else {
            out.writeByte(fatal ? FAILED_FATAL : FAILED);
            writeString(out, result.failure().id());
            writeString(out, result.detail());
        }
        out.flush();
    }

    /** Reads a result; the boolean in the holder tells whether the worker asked to be restarted. */
    static Extraction readResult(DataInputStream in, boolean[] fatal) throws IOException {
        byte status = in.readByte();
        if (status == OK || status == DAMAGED) {
            String text = readString(in);
            String title = readString(in);
            String author = readString(in);
            int pages = in.readInt();
            String type = readString(in);
            Extraction read = Extraction.ok(text, title, author, pages, type, readPageStarts(in));
            return status == OK ? read : read.damaged(FailureReason.fromId(readString(in)), readString(in));
        }
        if (status != FAILED && status != FAILED_FATAL) {
            throw new IOException("unexpected status " + status + " from the extraction worker");
        }
        fatal[0] = status == FAILED_FATAL;
        FailureReason reason = FailureReason.fromId(readString(in));
        return Extraction.failed(reason, readString(in));
    }

    /** The page count, the starts, whether names follow and, if so, one per page; then where the pages end. */
    private static void writePageStarts(DataOutputStream out, PageStarts starts) throws IOException {
        int[] offsets = starts.offsets();
        out.writeInt(offsets.length);
        for (int offset : offsets) {
            out.writeInt(offset);
        }
        out.writeBoolean(!starts.names().isEmpty());
        for (String name : starts.names()) {
            writeString(out, name);
        }
        out.writeInt(starts.end());
    }

    private static PageStarts readPageStarts(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("the extraction worker sent " + count + " page starts");
        }
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = in.readInt();
        }
        List<String> names = new ArrayList<>();
        if (in.readBoolean()) {
            for (int i = 0; i < count; i++) {
                names.add(readString(in));
            }
        }
        int end = in.readInt();
        try {
            return new PageStarts(offsets, names, end);
        } catch (IllegalArgumentException e) {
            throw new IOException("the extraction worker sent page starts out of order, or an end before the last one", e);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 64 * 1024 * 1024) {
            throw new IOException("the extraction worker sent a string of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("the extraction worker's answer was cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
