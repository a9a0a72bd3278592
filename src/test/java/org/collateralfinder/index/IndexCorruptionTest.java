package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index is found, moved aside (not deleted) and rebuilt from the sources. */
class IndexCorruptionTest {

    @TempDir
    Path tmp;

    private Path indexTwentyFiles() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        for (int i = 0; i < 20; i++) {
            OfficeFiles.text(src.resolve("note-" + i + ".txt"), "capybara field note number " + i + " ".repeat(i) + "x".repeat(2_000));
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(src, List.of());
            f.run();
        }
        return tmp.resolve("data/index");
    }

    /** The largest stored-fields data file: its contents are only checksummed by a full integrity check. */
    private static Path storedFieldsData(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".fdt"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private static void flipBytes(Path file, long at, int count) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < count; i++) {
                raf.seek(at + i);
                int b = raf.read();
                raf.seek(at + i);
                raf.write(b ^ 0xFF);
            }
        }
    }

    @Test
    void bytesFlippedInASegmentFileAreFoundAndTheIndexIsRebuilt() throws IOException {
        Path indexDir = indexTwentyFiles();
        Path segment = storedFieldsData(indexDir);
        flipBytes(segment, Files.size(segment) / 2, 8);

        IndexService damaged = IndexService.openForWriting(indexDir);
        assertThat(damaged.wasRecoveredFromDamage()).isFalse(); // opens fine: the damage is deep in the data
        String problem = damaged.verifyIntegrity();
        damaged.close();
        assertThat(problem).isEqualTo("The index is damaged (corruptindex data in a segment file); "
                + "it will be rebuilt from the source folders.");

        Path aside = IndexService.moveAside(indexDir);
        assertThat(aside.getFileName().toString()).startsWith("index-damaged-");
        assertThat(aside.resolve(segment.getFileName())).exists();
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.query("capybara").total()).isZero();
            assertThat(f.run().added()).isEqualTo(20);
            assertThat(f.query("capybara").total()).isEqualTo(20);
            assertThat(f.index.verifyIntegrity()).isNull();
        }
    }

    @Test
    void anIndexThatCannotBeOpenedIsMovedAsideAndStartedAfresh() throws IOException {
        Path indexDir = indexTwentyFiles();
        Path segments;
        try (Stream<Path> files = Files.list(indexDir)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        Files.write(segments, new byte[] {1, 2, 3});

        try (IndexService recovered = IndexService.openForWriting(indexDir)) {
            assertThat(recovered.wasRecoveredFromDamage()).isTrue();
            assertThat(recovered.loadState()).isEmpty();
        }
        try (Stream<Path> siblings = Files.list(tmp.resolve("data"))) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index-damaged-"))).hasSize(1);
        }
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(f.run().added()).isEqualTo(20);
        }
    }

    /**
     * The schema version is read from {@code segments_N} alone; a segment whose own file is damaged at its start is
     * found when the writer opens the segments, and the index is moved aside as before.
     */
    @Test
    void aSegmentFileDamagedAtItsStartIsFoundWhenTheIndexOpens() throws IOException {
        Path indexDir = indexTwentyFiles();
        Path segment = storedFieldsData(indexDir);
        flipBytes(segment, 0, 8); // its header

        try (IndexService recovered = IndexService.openForWriting(indexDir)) {
            assertThat(recovered.wasRecoveredFromDamage()).isTrue();
            assertThat(recovered.loadState()).isEmpty();
        }
        try (Stream<Path> siblings = Files.list(tmp.resolve("data"))) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index-damaged-"))).hasSize(1);
        }
    }
}
