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
        // the process exists a little before the JVM counts its uptime; /proc counts in 10 ms steps
        assertThat(probe).isBetween(jvmBefore - 20, jvmAfter + 150);
    }
}
