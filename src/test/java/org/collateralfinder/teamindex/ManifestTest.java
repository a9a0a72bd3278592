package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.Version;
import org.collateralfinder.index.Schema;
import org.junit.jupiter.api.Test;

/** The manifest reads back exactly as written, and any other bytes are refused with what is wrong. */
class ManifestTest {

    private static final Manifest MANIFEST = new Manifest(Manifest.FORMAT, 7, "2026-12-05T09:00:00Z",
            Version.LATEST.toString(), Version.LATEST.major, Schema.VERSION, "/srv/marketing", "/", 12, "files-1",
            "segments_9", List.of(new Manifest.Entry("_0.fdt", 1234, 987654321L), new Manifest.Entry("segments_9", 321, 42L)));

    @Test
    void readsBackWhatWasWritten() throws IOException {
        byte[] bytes = MANIFEST.toBytes();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"sha256\":\"").endsWith("}}\n")
                .contains("\"segments_file\":\"segments_9\"");
        assertThat(Manifest.parse(bytes)).isEqualTo(MANIFEST);
        assertThat(MANIFEST.incompatibility()).isNull();
    }

    @Test
    void aHalfWrittenOrChangedManifestIsRefused() throws IOException {
        byte[] bytes = MANIFEST.toBytes();
        assertThatThrownBy(() -> Manifest.parse(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(Manifest.DamagedException.class).hasMessage("is not a team index manifest (or only part of one)");
        byte[] changed = new String(bytes, StandardCharsets.UTF_8).replace("\"documents\":12", "\"documents\":13")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Manifest.parse(changed)).isInstanceOf(Manifest.DamagedException.class)
                .hasMessage("fails its checksum");
    }

    @Test
    void namesThatAreNotPlainLuceneFileNamesOfTheFilesFolderAreRefused() throws IOException {
        for (String name : List.of("../../x.si", "_0.si/../../x", "/etc/_0.si", "..\\_0.si", "C:_0.si", "notes.txt", "")) {
            byte[] bytes = new Manifest(Manifest.FORMAT, 7, "2026-12-05T09:00:00Z", Version.LATEST.toString(),
                    Version.LATEST.major, Schema.VERSION, "/srv/marketing", "/", 12, "files-1", "segments_9",
                    List.of(new Manifest.Entry(name, 1, 1L), new Manifest.Entry("segments_9", 321, 42L))).toBytes();
            assertThatThrownBy(() -> Manifest.parse(bytes)).as(name).isInstanceOf(Manifest.DamagedException.class)
                    .hasMessage("names a file that is not a Lucene file of its folder (" + name + ")");
        }
        byte[] folder = new Manifest(Manifest.FORMAT, 7, "2026-12-05T09:00:00Z", Version.LATEST.toString(),
                Version.LATEST.major, Schema.VERSION, "/srv/marketing", "/", 12, "../files-1", "segments_9",
                List.of(new Manifest.Entry("segments_9", 321, 42L))).toBytes();
        assertThatThrownBy(() -> Manifest.parse(folder)).isInstanceOf(Manifest.DamagedException.class)
                .hasMessage("names a files folder that is not one of the team index's (../files-1)");
        byte[] segments = new Manifest(Manifest.FORMAT, 7, "2026-12-05T09:00:00Z", Version.LATEST.toString(),
                Version.LATEST.major, Schema.VERSION, "/srv/marketing", "/", 12, "files-1", "../segments_9",
                List.of(new Manifest.Entry("../segments_9", 321, 42L))).toBytes();
        assertThatThrownBy(() -> Manifest.parse(segments)).isInstanceOf(Manifest.DamagedException.class)
                .hasMessage("does not end with the commit's segments file (../segments_9)");
    }

    @Test
    void aNewerLuceneIsNamed() {
        Manifest newer = new Manifest(Manifest.FORMAT, 7, "2026-12-05T09:00:00Z", "99.0.0", 99, Schema.VERSION,
                "/srv/marketing", "/", 12, "files-1", "segments_9", List.of());
        assertThat(newer.incompatibility()).isEqualTo("it was written by Lucene 99.0.0, newer than this app's " + Version.LATEST);
    }
}
