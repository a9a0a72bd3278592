package org.collateralfinder.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.model.FailedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad file the shared corpus has, plus the ones a rep's laptop makes (zip bombs, a sparse
 * multi-gigabyte "pptx", random bytes, empty and truncated files, a FIFO, a link loop, odd names, deep
 * folders), is either indexed or listed with a reason, and the run completes.
 */
@Tag("slow")
class BadFilesTest {

    /** Copied from the shared corpus's bad/ folder (src/test/resources/bad-files). */
    private static final List<String> BAD_FILES = List.of("PasswordSample-40bit.pdf", "AESkeylength128.pdf",
            "PasswordProtected.doc", "testWORD_protected_passtika.docx", "Password_Protected-np-hello.ppt",
            "testWORD_truncated.docx", "clusterfuzz-testcase-minimized-POIHSSFFuzzer-6137883240824832.xls",
            "testRTFInvalidUnicode.rtf");

    @TempDir
    Path tmp;

    @Test
    void aBadFileOfEachKindIsIndexedOrListedWithAReasonAndTheRunCompletes() throws Exception {
        // a few files of the shared corpus's bad/ folder, copied with the tests so this runs everywhere
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        for (String name : BAD_FILES) {
            try (InputStream in = BadFilesTest.class.getResourceAsStream("/bad-files/" + name)) {
                Files.copy(in, bad.resolve(name));
            }
        }
        Path made = Files.createDirectories(tmp.resolve("made"));
        makeNastyFiles(made);
        try (IndexFixture f = new IndexFixture(tmp, limits())) {
            f.sources.add(bad, List.of());
            f.sources.add(made, List.of());
            IndexRunStats stats = f.run();

            // the copied files + 14 made files (the FIFO is a skipped path) + 2 archive members of the flat bomb
            // + 1 of the nested one
            assertThat(stats.files()).isEqualTo(BAD_FILES.size() + 14 + 3);
            List<FailedFile> failed = f.search.failedFiles(1_000);
            assertThat(stats.failed()).isEqualTo(failed.size());
            assertThat(failed).allSatisfy(ff -> assertThat(ff.detail()).isNotBlank().endsWith("."));
            Map<String, FailureReason> byName = failed.stream().collect(Collectors.toMap(
                    ff -> ff.path().substring(ff.path().lastIndexOf('/') + 1), FailedFile::reason, (a, b) -> a));
            assertThat(byName).containsEntry("video.pptx", FailureReason.TOO_LARGE)
                    .containsEntry("zeros.bin", FailureReason.TOO_LARGE)
                    .containsEntry("random.pdf", FailureReason.CORRUPT)
                    .containsEntry("random.docx", FailureReason.CORRUPT)
                    .containsEntry("truncated.pptx", FailureReason.CORRUPT)
                    .containsEntry("PasswordSample-40bit.pdf", FailureReason.ENCRYPTED)
                    // encrypted for certificates: BouncyCastle is left out of the build (README, Packaging)
                    .containsEntry("AESkeylength128.pdf", FailureReason.ENCRYPTED)
                    .containsEntry("PasswordProtected.doc", FailureReason.ENCRYPTED)
                    .containsEntry("testWORD_protected_passtika.docx", FailureReason.ENCRYPTED)
                    .containsEntry("Password_Protected-np-hello.ppt", FailureReason.ENCRYPTED);
            assertThat(byName).doesNotContainKeys("empty.docx", "-leading-dash.txt", "pipe.pdf");
            assertThat(f.names("newline")).containsExactly("name with\nnewline.txt");
            assertThat(f.names("rocket")).containsExactly("launch \uD83D\uDE80 plan.txt");
            // the name is indexed and shown in composed form; the path keeps the bytes on disk
            assertThat(f.names("cafe")).containsExactly("café menu.txt");
            assertThat(f.query("cafe").hits().getFirst().path())
                    .endsWith(Normalizer.normalize("café menu.txt", Normalizer.Form.NFD));
            assertThat(f.names("bottom")).containsExactly("bottom.txt");
            assertThat(IndexReport.read(f.dataDir.root()).skipped())
                    .anySatisfy(s -> assertThat(s.reason()).isEqualTo("symbolic link loop, not followed"))
                    .anySatisfy(s -> assertThat(s.path() + ": " + s.reason()).isEqualTo(made.resolve("pipe.pdf")
                            + ": a special file (a pipe, device or socket), never opened"));
            // a second run reads nothing again, the failures included
            IndexRunStats again = f.run();
            assertThat(again.added() + again.updated() + again.removed()).isZero();
        }
    }

    @Test
    void everyBadFileOfTheSharedCorpusIsIndexedOrListedWithAReason() throws Exception {
        Path corpus = SharedCorpus.require("bad", "indexing of all 80 broken, encrypted and fuzzed files");
        long expectedFiles;
        try (Stream<Path> all = Files.walk(corpus)) {
            expectedFiles = all.filter(Files::isRegularFile).count();
        }
        try (IndexFixture f = new IndexFixture(tmp, limits())) {
            f.sources.add(corpus, List.of());
            IndexRunStats stats = f.run();

            assertThat(stats.files()).isEqualTo((int) expectedFiles);
            List<FailedFile> failed = f.search.failedFiles(1_000);
            assertThat(stats.failed()).isEqualTo(failed.size()).isPositive();
            assertThat(failed).allSatisfy(ff -> assertThat(ff.detail()).isNotBlank().endsWith("."));
            assertThat(failed).filteredOn(ff -> ff.path().endsWith("PasswordSample-40bit.pdf"))
                    .singleElement().extracting(FailedFile::reason).isEqualTo(FailureReason.ENCRYPTED);
            IndexRunStats again = f.run();
            assertThat(again.added() + again.updated() + again.removed()).isZero();
        }
    }

    private static ExtractionLimits limits() {
        return IndexFixture.testLimits().withWorkers(2).withTimeout(Duration.ofSeconds(30))
                .withMaxFileBytes(100L * 1024 * 1024);
    }

    private static void makeNastyFiles(Path dir) throws IOException, InterruptedException {
        // 1. a flat zip bomb: 60 MB of zeros compress to ~60 KB
        try (OutputStream out = Files.newOutputStream(dir.resolve("flat-bomb.zip")); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                z.write(zeros);
            }
            z.closeEntry();
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("a harmless note beside the bomb".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        // 2. a nested zip: an archive inside an archive (its members are not unpacked further)
        try (OutputStream out = Files.newOutputStream(dir.resolve("nested-bomb.zip")); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(Files.readAllBytes(dir.resolve("flat-bomb.zip")));
            z.closeEntry();
        }
        // 3. a sparse 3 GB "presentation": never read, too large
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("video.pptx").toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024);
        }
        // 4-5. random bytes named as office files
        Random random = new Random(7);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        Files.write(dir.resolve("random.pdf"), noise);
        Files.write(dir.resolve("random.docx"), noise);
        // 6. zero bytes
        Files.write(dir.resolve("empty.docx"), new byte[0]);
        // 7. a truncated presentation
        Path deck = OfficeFiles.pptx(dir.resolve("whole.pptx"), "Whole deck", "First slide", "Second slide");
        byte[] bytes = Files.readAllBytes(deck);
        Files.write(dir.resolve("truncated.pptx"), Arrays.copyOf(bytes, bytes.length / 2));
        // 8. a FIFO named as a PDF (never opened)
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.pdf").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        // 9. a symbolic-link loop
        Files.createSymbolicLink(Files.createDirectories(dir.resolve("loop")).resolve("back"), dir);
        // 10-14. names: a newline, emoji, NFD accents, a leading dash, 255 bytes
        OfficeFiles.text(dir.resolve("name with\nnewline.txt"), "newline in the name");
        OfficeFiles.text(dir.resolve("launch \uD83D\uDE80 plan.txt"), "rocket launch plan");
        OfficeFiles.text(dir.resolve(Normalizer.normalize("café menu.txt", Normalizer.Form.NFD)), "menu");
        OfficeFiles.text(dir.resolve("-leading-dash.txt"), "a name that looks like an option");
        OfficeFiles.text(dir.resolve("n".repeat(251) + ".txt"), "the longest name a file system allows");
        // 15. forty nested folders
        Path deep = dir;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("level" + i);
        }
        OfficeFiles.text(deep.resolve("bottom.txt"), "bottom of forty folders");
    }
}
