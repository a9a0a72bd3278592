package org.collateralfinder.teamindex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generations a publisher's data folder published, by the SHA-256 of their manifest's bytes
 * ({@code published-generations.txt} beside the index, one a line): what this publisher can vouch for. A generation on
 * the share it did not publish (another data folder's, a rebuild's, or one published by a version that followed links
 * out of the share) may hold text no reader of the share may read, and nothing here can tell; such generations are
 * deleted at once instead of being kept for copies under way (re-test 13).
 */
final class PublisherRecord {

    private static final Logger LOG = LoggerFactory.getLogger(PublisherRecord.class);
    static final String FILE = "published-generations.txt";

    private final Path file;
    private final Set<String> fingerprints = new TreeSet<>();

    private PublisherRecord(Path file) {
        this.file = file;
    }

    /** The record of the data folder holding {@code indexDir} (a missing or unreadable one vouches for nothing). */
    static PublisherRecord of(Path indexDir) {
        PublisherRecord record = new PublisherRecord(indexDir.toAbsolutePath().resolveSibling(FILE));
        try {
            Files.readAllLines(record.file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(l -> !l.isEmpty()).forEach(record.fingerprints::add);
        } catch (NoSuchFileException e) {
            // nothing published from this data folder yet (or by a version before this record)
        } catch (IOException e) {
            LOG.warn("Could not read {}; the generations on the share are not vouched for", record.file, e);
        }
        return record;
    }

    /** Whether this data folder published the manifest in {@code manifestFile} (the same bytes). */
    boolean covers(Path manifestFile) {
        String fingerprint = fingerprintOf(manifestFile);
        return fingerprint != null && fingerprints.contains(fingerprint);
    }

    /** Records a manifest as published from here, on disk before it is published (a generation never lacks it). */
    void add(byte[] manifest) throws IOException {
        fingerprints.add(Manifest.sha256(manifest));
        write();
    }

    /** Records the manifest in {@code manifestFile} as this data folder's (its index holds exactly what it lists). */
    void adopt(Path manifestFile) throws IOException {
        String fingerprint = fingerprintOf(manifestFile);
        if (fingerprint != null && fingerprints.add(fingerprint)) {
            write();
        }
    }

    /** Forgets every generation but those whose manifests are in {@code onShare} (the rest are gone from the share). */
    void keepOnly(Collection<Path> onShare) throws IOException {
        Set<String> still = new TreeSet<>();
        for (Path manifest : onShare) {
            String fingerprint = fingerprintOf(manifest);
            if (fingerprint != null && fingerprints.contains(fingerprint)) {
                still.add(fingerprint);
            }
        }
        if (!still.equals(fingerprints)) {
            fingerprints.retainAll(still);
            write();
        }
    }

    private void write() throws IOException {
        PublishedFolder.writeAtomically(file, (String.join("\n", fingerprints) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The fingerprint of a regular file's bytes (never through a link, never past a manifest's size), or null. */
    private static String fingerprintOf(Path manifestFile) {
        try {
            if (PublishedFolder.notARegularFile(manifestFile) != null) {
                return null;
            }
            try (InputStream in = Files.newInputStream(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes(Manifest.MAX_BYTES + 1);
                return bytes.length > Manifest.MAX_BYTES ? null : Manifest.sha256(bytes);
            }
        } catch (IOException e) {
            return null;
        }
    }
}
