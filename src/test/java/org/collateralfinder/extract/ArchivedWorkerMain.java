package org.collateralfinder.extract;

import java.nio.file.Path;

/**
 * Run in a child JVM whose class path is jar files only (so the workers may have a class archive): one
 * extractor writes the archive when its worker exits, a second one starts its worker from it.
 * Arguments: the archive, the workers' output log, the file to read. Prints "archivable" and each text's
 * first line.
 */
public final class ArchivedWorkerMain {

    private ArchivedWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path log = Path.of(args[1]);
        Path file = Path.of(args[2]);
        System.out.println("archivable " + IsolatedExtractor.archivable());
        for (int run = 1; run <= 2; run++) {
            try (IsolatedExtractor extractor = new IsolatedExtractor(ExtractionLimits.defaults().withWorkers(1), log, archive)) {
                Extraction extraction = extractor.extract(ExtractionRequest.of(file));
                System.out.println("run " + run + " " + (extraction.failure() == null ? "read" : "failed"));
            }
        }
    }
}
