package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Where an index's bytes go, by the kind of Lucene file (stored fields, postings, terms, doc values...). */
final class IndexFiles {

    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        for (String e : List.of("fdt", "fdx", "fdm")) {
            PARTS.put(e, "stored fields");
        }
        PARTS.put("doc", "postings: docs and freqs");
        PARTS.put("pos", "postings: positions");
        PARTS.put("pay", "postings: offsets");
        for (String e : List.of("tim", "tip", "tmd", "psm")) {
            PARTS.put(e, "term dictionary");
        }
        for (String e : List.of("dvd", "dvm")) {
            PARTS.put(e, "doc values");
        }
        for (String e : List.of("kdd", "kdi", "kdm")) {
            PARTS.put(e, "points");
        }
        for (String e : List.of("nvd", "nvm")) {
            PARTS.put(e, "norms");
        }
    }

    private IndexFiles() {
    }

    /** Bytes per part in the last commit, largest first; compound files are opened and counted by what they hold. */
    static Map<String, Long> parts(Path indexDir) throws IOException {
        Map<String, Long> bytes = new LinkedHashMap<>();
        try (Directory dir = FSDirectory.open(indexDir)) {
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
                SegmentInfo info = segment.info;
                for (String file : segment.files()) {
                    if (!info.getUseCompoundFile() || !(file.endsWith(".cfs") || file.endsWith(".cfe"))) {
                        add(bytes, file, dir.fileLength(file));
                    }
                }
                if (info.getUseCompoundFile()) {
                    try (CompoundDirectory compound = info.getCodec().compoundFormat().getCompoundReader(dir, info)) {
                        for (String file : compound.listAll()) {
                            add(bytes, file, compound.fileLength(file));
                        }
                    }
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        bytes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static void add(Map<String, Long> bytes, String file, long length) {
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
        bytes.merge(PARTS.getOrDefault(ext, "other"), length, Long::sum);
    }

    /** "stored fields 41%, postings: positions 20%, ..." for the parts of at least 3%. */
    static String describe(Map<String, Long> parts) {
        long total = parts.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Long> e : parts.entrySet()) {
            double share = total == 0 ? 0 : 100.0 * e.getValue() / total;
            if (share >= 3) {
                b.append(b.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%.0f%%", share));
            }
        }
        return b.toString();
    }
}
