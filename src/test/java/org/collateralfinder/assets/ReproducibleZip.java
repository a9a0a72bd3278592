package org.collateralfinder.assets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes ZIP-based files (OOXML, OpenDocument) whose bytes depend only on their content: every entry gets
 * the same fixed local time, so regenerating the samples does not change their SHA-256 content identity.
 */
final class ReproducibleZip implements AutoCloseable {

    /** The time stamped on every entry; a DOS time in local terms, so no time zone leaks in. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    ReproducibleZip(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Adds an uncompressed entry, as OpenDocument requires for its leading {@code mimetype}. */
    void addStored(String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = newEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    void addCompressed(String name, byte[] content) throws IOException {
        ZipEntry entry = newEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    void addCompressed(String name, String content) throws IOException {
        addCompressed(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * Writes {@code zipBytes} (for example what POI produced, stamped with the current time) to {@code target}
     * with the same entries in the same order, each stamped with {@link #ENTRY_TIME}.
     */
    static void writeNormalized(byte[] zipBytes, Path target) throws IOException {
        ByteArrayOutputStream normalized = new ByteArrayOutputStream(zipBytes.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8);
             ReproducibleZip out = new ReproducibleZip(normalized)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.addCompressed(entry.getName(), in.readAllBytes());
            }
        }
        Files.write(target, normalized.toByteArray());
    }

    private static ZipEntry newEntry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }
}
