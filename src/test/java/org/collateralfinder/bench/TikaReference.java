package org.collateralfinder.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.TikaExtractor;

/**
 * The limit reference for extraction: Apache Tika alone (the parser the workers run, with the same
 * limits), in this one JVM, on one thread, over every regular file of a folder, twice. The first pass
 * includes loading and compiling Tika from cold; the second shows the warm parser. Prints one JSON
 * line: files, failures and characters, and per pass the wall time, this process's CPU time and the
 * JIT compiler's time. Run by {@link IndexingBenchmark} as its own process:
 * {@code java -cp JAR:target/test-classes org.collateralfinder.bench.TikaReference DIR}.
 */
public final class TikaReference {

    private TikaReference() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        ExtractionLimits limits = ExtractionLimits.defaults();
        StringBuilder json = new StringBuilder("{\"files\":").append(files.size());
        try (TikaExtractor tika = new TikaExtractor(limits.maxChars(), limits.maxFileBytes())) {
            for (int pass = 1; pass <= 2; pass++) {
                long cpu0 = cpuNanos();
                long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long wall0 = System.nanoTime();
                long chars = 0;
                int failed = 0;
                for (Path f : files) {
                    Extraction e = tika.extract(ExtractionRequest.of(f));
                    if (e.succeeded()) {
                        chars += e.text().length();
                    } else {
                        failed++;
                    }
                }
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (cpuNanos() - cpu0) / 1e9;
                double jit = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0) / 1e3;
                json.append(String.format(Locale.ROOT, ",\"pass%d\":{\"wall_s\":%.2f,\"cpu_s\":%.2f,\"jit_s\":%.2f,"
                        + "\"failed\":%d,\"chars\":%d}", pass, wall, cpu, jit, failed, chars));
            }
        }
        System.out.println(json.append('}'));
    }

    /** CPU time of this whole process (all threads, the JIT compiler's and the collector's included). */
    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
