package org.collateralfinder.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a published team index by what they hold, wherever they are reached (through a bind mount,
 * or a copy, no {@code manifest.json} is beside them): a {@code files-N} folder holds only Lucene files, a segments
 * file among them; {@code history/} holds only numbered manifests. Neither is ever read as documents (re-test 13: a
 * bind mount of {@code files-1} was read as 44 files that failed, the manifests as documents).
 */
final class PublishedIndexParts {

    /** Lucene's file names: its codec files ({@code _3_Lucene104_0.tim}) and commits ({@code segments_9}). */
    private static final Pattern LUCENE_FILE = Pattern.compile("(_[a-z0-9]+(_.*)?\\..*|segments_[0-9a-z]+)(\\.partial)?");
    private static final Pattern SEGMENTS = Pattern.compile("segments_[0-9a-z]+");
    private static final Pattern HISTORY_FILE = Pattern.compile("[1-9][0-9]{0,18}\\.json(\\.partial)?");
    /** How every manifest a publisher writes begins ({@code teamindex.Manifest}). */
    private static final byte[] MANIFEST_START = "{\"sha256\":\"".getBytes(StandardCharsets.US_ASCII);

    private PublishedIndexParts() {
    }

    /** Why a folder holding {@code entries} is never indexed, or null when it is not part of a published index. */
    static String recognise(List<FileSystemAccess.Entry> entries) {
        if (entries.isEmpty() || !entries.stream().allMatch(e -> e.error() == null && e.regularFile())) {
            return null;
        }
        List<String> names = entries.stream().map(e -> e.path().getFileName().toString()).toList();
        if (names.stream().allMatch(n -> LUCENE_FILE.matcher(n).matches())
                && names.stream().anyMatch(n -> SEGMENTS.matcher(n).matches())) {
            return "the files of a search index (as a published team index holds them), never indexed";
        }
        if (names.stream().allMatch(n -> HISTORY_FILE.matcher(n).matches())) {
            FileSystemAccess.Entry first = entries.stream().filter(e -> !e.path().toString().endsWith(".partial"))
                    .findFirst().orElse(null);
            if (first != null && startsAsManifest(first)) {
                return "the manifests of a published team index, never indexed";
            }
        }
        return null;
    }

    /** Whether a file begins as a team index manifest (its first bytes only: the names alone could be anyone's). */
    private static boolean startsAsManifest(FileSystemAccess.Entry file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] start = in.readNBytes(MANIFEST_START.length);
            return Arrays.equals(start, MANIFEST_START);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
