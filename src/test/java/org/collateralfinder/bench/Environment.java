package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/** A one-paragraph description of the machine and build the figures come from. */
final class Environment {

    private Environment() {
    }

    static String describe(String java, Path jar) {
        long memKb = -1;
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the defaults
        }
        return String.format("%s, %s, %d cores, %s RAM; %s %s; Java %s (%s); jar %s built %s; commit %s; %s",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), cpu,
                Runtime.getRuntime().availableProcessors(), memKb < 0 ? "?" : String.format("%.0f GB", memKb / 1e6 * 1.024),
                System.getProperty("os.name"), System.getProperty("os.version"), Runtime.version(), java,
                jar.getFileName(), modified(jar), commit(),
                MeasuredProcess.gnuTimeAvailable() ? "peak RSS via /usr/bin/time -v and /proc sampling"
                        : "peak RSS via /proc sampling (no /usr/bin/time)");
    }

    /** The 1, 5 and 15 minute load averages, or "?" . */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String modified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toInstant().toString().substring(0, 16).replace('T', ' ') + " UTC";
        } catch (IOException e) {
            return "?";
        }
    }

    private static String commit() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
