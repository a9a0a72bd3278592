package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    /** The probe's clock agrees with the JVM's own uptime (this test JVM is its own process). */
    @Test
    void timeSinceTheProcessStartedMatchesTheJvmsUptime() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux only: elsewhere the probe uses ProcessHandle");
        long jvmBefore = ManagementFactory.getRuntimeMXBean().getUptime();
        long probe = StartupProbe.sinceProcessStart();
        long jvmAfter = ManagementFactory.getRuntimeMXBean().getUptime();
        // /proc counts in 10 ms steps, and the process exists before the JVM starts counting its uptime:
        // ~0.1 s on an idle machine, more on a loaded one (190 ms was seen at a load of 19 on two cores),
        // so the upper bound only rules out another unit or another clock (system uptime is far larger)
        assertThat(probe).isBetween(jvmBefore - 20, jvmAfter + 5_000);
    }
}
