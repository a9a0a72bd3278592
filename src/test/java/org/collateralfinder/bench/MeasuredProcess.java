package org.collateralfinder.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command to completion and measures it: wall time (process start to exit, so JVM start is
 * included), the peak resident memory reported by {@code /usr/bin/time -v} when it is installed, and a
 * 100 ms sampling of {@code /proc} over the process and all its descendants (the indexer starts
 * extraction worker JVMs), which gives the peak of the main process alone and of everything together
 * (a child caught between fork and exec shares its parent's memory and is not counted twice).
 * Standard output and error go to files next to each other, named after the run.
 */
final class MeasuredProcess {

    static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
    private static final long SAMPLE_MILLIS = 100;
    /** USER_HZ: the unit of the CPU times in /proc/PID/stat, 100 on Linux. */
    private static final int CLOCK_TICKS = 100;

    /**
     * @param exit          exit code of the command
     * @param wallSeconds   start to exit, as seen from outside
     * @param stdout        everything it printed on standard output
     * @param stderr        everything it printed on standard error (including {@code time -v}'s report)
     * @param timeMaxRssKb  {@code time -v}'s "Maximum resident set size": the largest single process of the
     *                      tree (Linux reports the maximum over the process and its waited-for children,
     *                      not their sum); -1 without {@code /usr/bin/time}
     * @param mainPeakKb    high-water mark (VmHWM) of the command's own process, sampled; -1 if never seen
     * @param childPeakKb   largest high-water mark of any process it started (the extraction workers)
     * @param treePeakKb    largest sum of VmRSS over the whole process tree at one sample
     * @param maxProcesses  most processes alive in the tree at one sample (without the time wrapper)
     * @param treePeakDetail the processes of the tree at its peak sample, e.g. "main 230 MB + java 480 MB"
     * @param cpuSeconds    user + system CPU time of the process and its waited-for descendants, from
     *                      {@code time -v}; -1 without it
     * @param mainCpuSeconds user + system CPU time of the command's own process (without its children), from
     *                      its last /proc sample; -1 if never sampled
     */
    record Outcome(int exit, double wallSeconds, String stdout, String stderr, long timeMaxRssKb,
                   long mainPeakKb, long childPeakKb, long treePeakKb, int maxProcesses, String treePeakDetail,
                   double cpuSeconds, double mainCpuSeconds) {

        /** The last line of standard output that looks like a JSON object, or null. */
        String lastJsonLine() {
            String[] lines = stdout.strip().split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                String l = lines[i].strip();
                if (l.startsWith("{") && l.endsWith("}")) {
                    return l;
                }
            }
            return null;
        }

        /** The best peak-memory figure for the command's own process. */
        long ownPeakKb() {
            return mainPeakKb > 0 ? mainPeakKb : timeMaxRssKb;
        }
    }

    private MeasuredProcess() {
    }

    static boolean gnuTimeAvailable() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * @param command     the command, without any wrapper
     * @param environment extra environment variables (replacing inherited ones of the same name)
     * @param logs        folder for {@code <name>.out} and {@code <name>.err}
     * @param name        the run's name
     * @param timeV       wrap the command in {@code /usr/bin/time -v} when it exists
     */
    static Outcome run(List<String> command, Map<String, String> environment, Path logs, String name, boolean timeV)
            throws IOException, InterruptedException {
        Files.createDirectories(logs);
        boolean wrapped = timeV && gnuTimeAvailable();
        List<String> full = new ArrayList<>();
        if (wrapped) {
            full.add(GNU_TIME.toString());
            full.add("-v");
        }
        full.addAll(command);
        Path outFile = logs.resolve(name + ".out");
        Path errFile = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(outFile.toFile()).redirectError(errFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Sampler sampler = new Sampler(wrapped);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        long start = System.nanoTime();
        Process process = builder.start();
        sampler.root = process.toHandle();
        clock.scheduleAtFixedRate(sampler::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        int exit;
        try {
            exit = process.waitFor();
        } finally {
            clock.shutdownNow();
            clock.awaitTermination(5, TimeUnit.SECONDS);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(outFile, StandardCharsets.UTF_8);
        String stderr = new String(Files.readAllBytes(errFile), StandardCharsets.UTF_8);
        String rss = last(MAX_RSS, stderr);
        String user = last(USER, stderr);
        String system = last(SYSTEM, stderr);
        return new Outcome(exit, wall, stdout, stderr, rss == null ? -1 : Long.parseLong(rss), sampler.mainPeak,
                sampler.childPeak, sampler.treePeak, sampler.maxProcesses, sampler.treePeakDetail,
                user == null || system == null ? -1 : Double.parseDouble(user) + Double.parseDouble(system),
                sampler.mainCpuTicks < 0 ? -1 : sampler.mainCpuTicks / (double) CLOCK_TICKS);
    }

    private static String last(Pattern pattern, String text) {
        String found = null;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }

    /** Reads VmRSS and VmHWM of the tree from /proc; a process that ends between listing and reading is skipped. */
    private static final class Sampler {
        private final boolean wrapped;
        volatile ProcessHandle root;
        volatile long mainPeak = -1;
        volatile long childPeak = -1;
        volatile long treePeak = -1;
        volatile int maxProcesses;
        volatile String treePeakDetail = "";
        volatile long mainCpuTicks = -1;

        Sampler(boolean wrapped) {
            this.wrapped = wrapped;
        }

        void sample() {
            ProcessHandle r = root;
            if (r == null || !r.isAlive()) {
                return;
            }
            Optional<ProcessHandle> main = wrapped ? r.children().findFirst() : Optional.of(r);
            if (main.isEmpty()) {
                return;
            }
            long mainPid = main.get().pid();
            long sum = 0;
            int count = 0;
            StringBuilder detail = new StringBuilder();
            List<ProcessHandle> tree = new ArrayList<>();
            tree.add(main.get());
            main.get().descendants().forEach(tree::add);
            for (ProcessHandle p : tree) {
                if (p.pid() != mainPid && sharesParentMemory(p)) {
                    continue;
                }
                long[] mem = memory(p.pid());
                if (mem == null) {
                    continue;
                }
                count++;
                sum += mem[0];
                detail.append(detail.isEmpty() ? "" : " + ").append(p.pid() == mainPid ? "main" : name(p))
                        .append(' ').append(Math.round(mem[0] * 1024 / 1e6)).append(" MB");
                if (p.pid() == mainPid) {
                    mainPeak = Math.max(mainPeak, mem[1]);
                    mainCpuTicks = Math.max(mainCpuTicks, cpuTicks(mainPid));
                } else {
                    childPeak = Math.max(childPeak, mem[1]);
                }
            }
            if (sum > treePeak) {
                treePeak = sum;
                treePeakDetail = detail.toString();
            }
            maxProcesses = Math.max(maxProcesses, count);
        }

        /**
         * A child between fork and exec (a JVM starting a helper program through vfork/posix_spawn) still shows
         * its parent's command line and memory; counting it would count the parent twice.
         */
        private static boolean sharesParentMemory(ProcessHandle p) {
            Optional<ProcessHandle> parent = p.parent();
            if (parent.isEmpty()) {
                return false;
            }
            try {
                byte[] own = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
                byte[] theirs = Files.readAllBytes(Path.of("/proc", Long.toString(parent.get().pid()), "cmdline"));
                return Arrays.equals(own, theirs);
            } catch (IOException | RuntimeException gone) {
                return true; // gone already: nothing to count
            }
        }

        /** "worker" for an extraction worker JVM, else the program's file name. */
        private static String name(ProcessHandle p) {
            ProcessHandle.Info info = p.info();
            if (info.arguments().map(a -> String.join(" ", a).contains("ExtractWorkerMain")).orElse(false)) {
                return "worker";
            }
            return info.command().map(c -> Path.of(c).getFileName().toString()).orElse("pid " + p.pid());
        }

        /** utime + stime of one process (not its children) from /proc/PID/stat, or -1. */
        private static long cpuTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5)
            } catch (IOException | RuntimeException gone) {
                return -1;
            }
        }

        /** {VmRSS, VmHWM} in kB, or null when the process is gone. */
        private static long[] memory(long pid) {
            try {
                long rss = -1;
                long hwm = -1;
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = kb(line);
                    } else if (line.startsWith("VmHWM:")) {
                        hwm = kb(line);
                    }
                }
                return rss < 0 ? null : new long[] {rss, hwm};
            } catch (IOException | RuntimeException gone) {
                return null;
            }
        }

        private static long kb(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
    }
}
