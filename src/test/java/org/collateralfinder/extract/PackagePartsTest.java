package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides re-test 20 #2: the index and {@code slides export} read Office packages with the same limit on their parts, so
 * a deck whose slides are found can give them, and one beyond it is said to be too large in the same words, not
 * damaged.
 */
class PackagePartsTest {

    @TempDir
    Path tmp;

    private final TikaExtractor tika = new TikaExtractor(1_000_000, 50L * 1024 * 1024);

    @Test
    void aDeckOfMoreThanAThousandPartsIsReadWhole() throws Exception {
        Path deck = OfficeFiles.manySlides(tmp.resolve("many.pptx"), 520);
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            assertThat(zip.size()).isGreaterThan(1_000);
        }

        Extraction read = tika.extract(ExtractionRequest.of(deck));

        assertThat(read.succeeded()).as(read.detail()).isTrue();
        assertThat(read.pages()).isEqualTo(520);
        assertThat(read.pageStarts().offsets()).hasSize(520);
        assertThat(read.text()).contains("Unit 1\n").contains("Unit 517\n");
    }

    @Test
    void aPackageOfMorePartsThanTheLimitIsTooLargeNotDamaged() throws Exception {
        Path deck = OfficeFiles.withExtraParts(OfficeFiles.manySlides(tmp.resolve("few.pptx"), 3), tmp.resolve("huge.pptx"),
                10_000);
        int parts;
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            parts = zip.size();
        }

        Extraction read = tika.extract(ExtractionRequest.of(deck));

        assertThat(read.failure()).isEqualTo(FailureReason.TOO_LARGE);
        assertThat(read.detail()).isEqualTo("The file has " + String.format(Locale.ROOT, "%,d", parts) + " parts, more "
                + "than the 10,000 Collateral Finder reads in one Office file (a guard against files made to fill memory).");
    }
}
