package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction workers' class archive: written by the first worker when it exits and read by later
 * ones — only where the Java runtime has its own archive and the class path is jar files (the packaged
 * jar run with a full JDK). The build's test runs have folders on the class path: there the workers
 * start without one, quietly, and extract the same text.
 */
class WorkerClassArchiveTest {

    @Test
    void aClassPathWithFoldersStartsTheWorkersWithoutAnArchiveAndWithoutComplaint(@TempDir Path temp) throws Exception {
        assertThat(System.getProperty("java.class.path")).contains("target" + File.separator + "classes");
        assertThat(IsolatedExtractor.archivable()).isFalse();
        Path archive = temp.resolve("extract-worker.jsa");
        Path log = temp.resolve("worker.log");
        Path brochure = Path.of("assets", "sample-collateral", "Northwind Platform Brochure 2026.pdf");

        Extraction extraction;
        try (IsolatedExtractor extractor = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(2), log, archive)) {
            extraction = extractor.extract(ExtractionRequest.of(brochure));
        }

        assertThat(extraction.failure()).isNull();
        assertThat(extraction.text()).contains("Northwind");
        assertThat(archive).doesNotExist();
        assertThat(Files.exists(log) ? Files.readString(log) : "").doesNotContain("[cds]");
    }
}
