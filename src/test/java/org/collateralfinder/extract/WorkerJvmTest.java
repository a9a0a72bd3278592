package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** How the extraction worker JVMs are started: the options that keep their CPU cost down. */
class WorkerJvmTest {

    private static final Path BROCHURE = Path.of("assets", "sample-collateral", "Northwind Platform Brochure 2026.pdf");

    @Test
    void workersCompileWithTheQuickCompilerOnlyAndStillReadFiles() {
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
             WorkerProcess worker = new WorkerProcess(ExtractionLimits.defaults(), null, null, readers)) {
            assertThat(worker.command()).contains("-XX:TieredStopAtLevel=1");

            Extraction brochure = worker.extract(ExtractionRequest.of(BROCHURE));

            assertThat(brochure.failure()).isNull();
            assertThat(brochure.text()).contains("Northwind");
        }
    }
}
