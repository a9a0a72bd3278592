package org.collateralfinder.teamindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.util.Version;
import org.collateralfinder.index.Schema;

/**
 * What a published generation of a team index is: the Lucene commit (its segments file and every file it
 * needs, each with its size and the CRC-32 checksum Lucene keeps in the file's footer), the versions it
 * was written with, how many documents it holds, and the share's folder as the publisher saw it (so
 * stored paths can be shown under a laptop's own mount point).
 *
 * <p>On the share it is {@code manifest.json}: {@code {"sha256":"<hex>","manifest":{...}}}, where the hash
 * covers the bytes of the {@code manifest} object exactly as written; a manifest whose bytes do not match
 * it (damaged, or half written by a file system without atomic renames) is never used.
 *
 * @param generation   counts publications of this share, from 1
 * @param publishedAt  when it was published (ISO instant)
 * @param root         the share's folder on the publisher: the stored source and the start of every stored path
 * @param separator    the publisher's file separator
 * @param filesFolder  the folder beside the manifest holding the files ({@code files-1}; a new one when the
 *                     publisher's index was started afresh, so names are never reused for other contents)
 * @param segmentsFile the commit's {@code segments_N}
 * @param files        the commit's files, the segments file last
 */
public record Manifest(int format, long generation, String publishedAt, String luceneVersion, int indexCreatedMajor,
                       int schemaVersion, String root, String separator, int documents, String filesFolder,
                       String segmentsFile, List<Entry> files) {

    /** One file of the commit: its name, size and the checksum in its Lucene footer. */
    public record Entry(String name, long size, long checksum) {
    }

    static final int FORMAT = 1;
    /**
     * The most of a manifest read: 16 MB. A manifest takes about 100 bytes per Lucene file of the commit; the index of the
     * 100,000-file share has 232 files, and even an unmerged index of 10,000 files (1 MB) stays far below.
     */
    static final int MAX_BYTES = 16 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String PREFIX = "{\"sha256\":\"";
    private static final String MIDDLE = "\",\"manifest\":";
    private static final int HASH_CHARS = 64;
    private static final Pattern FILES_FOLDER = Pattern.compile(Pattern.quote(PublishedFolder.FILES) + "[1-9][0-9]{0,8}");
    private static final Pattern SEGMENTS = Pattern.compile(Pattern.quote(IndexFileNames.SEGMENTS) + "_[0-9a-z]{1,13}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    public Manifest {
        files = List.copyOf(files);
    }

    /** A manifest that cannot be used; the message says what is wrong with it ("fails its checksum"). */
    public static final class DamagedException extends IOException {
        DamagedException(String message) {
            super(message);
        }
    }

    /** The bytes of {@code manifest.json}. */
    byte[] toBytes() throws IOException {
        byte[] body = JSON.writeValueAsBytes(this);
        String head = PREFIX + sha256(body) + MIDDLE;
        byte[] out = new byte[head.length() + body.length + 2];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
        System.arraycopy(body, 0, out, head.length(), body.length);
        out[out.length - 2] = '}';
        out[out.length - 1] = '\n';
        return out;
    }

    /**
     * Reads and checks a manifest file; a missing one throws {@link java.nio.file.NoSuchFileException}. Only a regular
     * file is opened (a FIFO would block for ever), and only its first {@link #MAX_BYTES}: one over that is refused
     * whole rather than read into memory.
     */
    public static Manifest read(Path file) throws IOException {
        String other = PublishedFolder.notARegularFile(file);
        if (other != null) {
            throw new DamagedException("is not a file but " + other);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            content = in.readNBytes(MAX_BYTES + 1);
        }
        if (content.length > MAX_BYTES) {
            throw new DamagedException("is larger than " + (MAX_BYTES >> 20) + " MB, far more than any team index "
                    + "manifest (one lists each Lucene file of the index in about 100 bytes: a few hundred files for a "
                    + "share of 100,000 documents)");
        }
        return parse(content);
    }

    static Manifest parse(byte[] content) throws DamagedException {
        String text = new String(content, StandardCharsets.UTF_8).stripTrailing();
        int bodyStart = PREFIX.length() + HASH_CHARS + MIDDLE.length();
        if (!text.startsWith(PREFIX) || text.length() <= bodyStart || !text.startsWith(MIDDLE, PREFIX.length() + HASH_CHARS)
                || !text.endsWith("}")) {
            throw new DamagedException("is not a team index manifest (or only part of one)");
        }
        String hash = text.substring(PREFIX.length(), PREFIX.length() + HASH_CHARS);
        byte[] body = text.substring(bodyStart, text.length() - 1).getBytes(StandardCharsets.UTF_8);
        if (!sha256(body).equals(hash)) {
            throw new DamagedException("fails its checksum");
        }
        Manifest m = readBody(body);
        m.checkNames();
        return m;
    }

    private static Manifest readBody(byte[] body) throws DamagedException {
        try {
            Manifest m = JSON.readValue(body, Manifest.class);
            if (m.files() == null || m.segmentsFile() == null || m.root() == null || m.filesFolder() == null) {
                throw new DamagedException("lacks the commit's files");
            }
            return m;
        } catch (DamagedException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new DamagedException("cannot be read (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new DamagedException("cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses names that are not plain Lucene file names of the files folder: the checksum only proves the
     * manifest is whole, not who wrote it, and a laptop writes each named file into its own copy's folder.
     */
    private void checkNames() throws DamagedException {
        if (!FILES_FOLDER.matcher(filesFolder).matches()) {
            throw new DamagedException("names a files folder that is not one of the team index's (" + filesFolder + ")");
        }
        if (!isSegmentsFile(segmentsFile) || files.isEmpty() || !files.getLast().name().equals(segmentsFile)) {
            throw new DamagedException("does not end with the commit's segments file (" + segmentsFile + ")");
        }
        for (Entry e : files) {
            if (e == null || !isLuceneFileName(e.name()) || e.size() < 0) {
                throw new DamagedException("names a file that is not a Lucene file of its folder ("
                        + (e == null ? null : e.name()) + ")");
            }
        }
    }

    /** A plain Lucene file name ({@code _3_Lucene104_0.tim}, {@code segments_9}): no separator, no "..". */
    static boolean isLuceneFileName(String name) {
        return name != null && SAFE.matcher(name).matches() && !name.contains("..")
                && (isSegmentsFile(name) || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches());
    }

    private static boolean isSegmentsFile(String name) {
        return name != null && SEGMENTS.matcher(name).matches();
    }

    /**
     * Null when this version of the app can search the published index, else the sentence saying why not
     * (written by a newer Lucene or for another schema).
     */
    public String incompatibility() {
        if (format != FORMAT) {
            return "it was published in another format (" + format + ") by another version of Collateral Finder";
        }
        Version written;
        try {
            written = Version.parse(luceneVersion);
        } catch (ParseException | RuntimeException e) {
            return "it names a Lucene version this app does not know (" + luceneVersion + ")";
        }
        if (!Version.LATEST.onOrAfter(written)) {
            return "it was written by Lucene " + written + ", newer than this app's " + Version.LATEST;
        }
        if (indexCreatedMajor < Version.MIN_SUPPORTED_MAJOR) {
            return "it was created by Lucene " + indexCreatedMajor + ", older than this app reads";
        }
        if (schemaVersion != Schema.VERSION) {
            return "it was published by " + (schemaVersion > Schema.VERSION ? "a newer" : "an older")
                    + " version of Collateral Finder (index schema " + schemaVersion + ", this one reads " + Schema.VERSION + ")";
        }
        return null;
    }

    /** The SHA-256 of {@code bytes}, in hex (a manifest's body, or a whole manifest as a publisher records it). */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
