package org.collateralfinder.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.collateralfinder.teamindex.Manifest;

/**
 * Measures the team index against crawling, with the built jar in fresh data folders, one share at a time
 * (issue 14's figures; not a test). For each share:
 *
 * <ol>
 *   <li>a new laptop crawls it ({@code index --source SHARE}): the time until it can search;</li>
 *   <li>the share is indexed and published ({@code publish SHARE});</li>
 *   <li>a new laptop copies it ({@code index --source SHARE}, the published index found in the share):
 *       the time until it can search, set against the crawl's; the same queries are run on both and their
 *       hits compared;</li>
 *   <li>the same again under {@code strace}: every file the laptop opens on the share is listed, and any
 *       document file (outside {@code .collateral-index}) counts as document bytes read;</li>
 *   <li>1 % of the files change (every hundredth gets a line and a new date), the share is published again
 *       and the first laptop runs {@code index}: the bytes it copies, set against the size of the index.</li>
 * </ol>
 *
 * <pre>
 * java -cp target/collateral-finder.jar:target/test-classes org.collateralfinder.bench.TeamIndexBenchmark \
 *      --jar target/collateral-finder.jar --work /tmp/team-bench --share real=../shared/corpus/real \
 *      --share 100k=/tmp/team-bench/scale100k
 * </pre>
 *
 * A read-only share (the real corpus) is copied into the work folder first, so files can be changed.
 */
public final class TeamIndexBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("pricing", "database table", "python", "perl module",
            "configuration file", "server", "install", "tag42", "document", "chart");

    private TeamIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/collateral-finder.jar");
        Path work = Path.of("/tmp/team-bench");
        boolean reuse = false;
        List<String[]> shares = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--share" -> shares.add(args[++i].split("=", 2));
                case "--reuse-publication" -> reuse = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> rows = new ArrayList<>();
        for (String[] share : shares) {
            rows.add(measure(share[0], Path.of(share[1]).toAbsolutePath().normalize(), jar.toAbsolutePath(),
                    work.toAbsolutePath().resolve(share[0]), reuse));
        }
        System.out.println();
        System.out.println("| share | files | crawl: `index` / of which suggestions | publish (first) | copy: `index` / "
                + "of which suggestions / searchable after | crawl ÷ copy: `index` / without suggestions / until "
                + "searchable | same hits (10 queries) | document files opened during the copy | index | republish "
                + "after 1 % changed | copied after it | copied ÷ index |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    /**
     * @param reuse measure crawl and copy again against the generation already published in the work folder
     *              (skipping the first publication and the 1 % change), for a run at a quieter moment
     */
    private static String measure(String name, Path source, Path jar, Path work, boolean reuse) throws Exception {
        Path logs = work.resolve("logs");
        Path share = source;
        if (!Files.isWritable(source) || source.startsWith(Path.of("/work/shared"))) {
            share = work.resolve("share");
        }
        if (reuse) {
            for (String old : List.of("crawl", "laptop", "laptop-traced")) {
                IndexingBenchmark.deleteTree(work.resolve(old));
            }
        } else {
            IndexingBenchmark.deleteTree(work);
            Files.createDirectories(work);
            if (!share.equals(source)) {
                IndexingBenchmark.say("Copying %s to %s (it is read-only)...", source, share);
                copyTree(source, share);
            }
        }
        long files = countFiles(share);
        IndexingBenchmark.say("%s: %,d files in %s", name, files, share);

        // a crawl must not find the published index (it would copy it): set aside while it runs
        Path published = share.resolve(".collateral-index");
        Path aside = share.resolve(".collateral-index.aside");
        if (reuse) {
            Files.move(published, aside);
        }
        MeasuredProcess.Outcome crawl;
        try {
            crawl = cf(jar, logs, name + "-crawl", "index", "--data-dir", work.resolve("crawl").toString(),
                    "--source", share.toString(), "--json");
        } finally {
            if (reuse) {
                Files.move(aside, published);
            }
        }
        double crawlSuggestions = suggestionSeconds(work.resolve("crawl"));
        IndexingBenchmark.say("  crawl: %.1f s (suggestions %.1f s) %s", crawl.wallSeconds(), crawlSuggestions,
                crawl.lastJsonLine());
        MeasuredProcess.Outcome publish = null;
        if (!reuse) {
            publish = cf(jar, logs, name + "-publish", "publish", share.toString(), "--data-dir",
                    work.resolve("publisher").toString(), "--json");
            IndexingBenchmark.say("  publish: %.1f s %s", publish.wallSeconds(), publish.lastJsonLine());
        }
        LocalDateTime copyStarted = LocalDateTime.now();
        MeasuredProcess.Outcome copy = cf(jar, logs, name + "-copy", "index", "--data-dir", work.resolve("laptop").toString(),
                "--source", share.toString(), "--json");
        double copySuggestions = suggestionSeconds(work.resolve("laptop"));
        double searchable = Duration.between(copyStarted, attachedAt(work.resolve("laptop"))).toMillis() / 1000.0;
        IndexingBenchmark.say("  copy: %.1f s (suggestions %.1f s, searchable after %.1f s) %s", copy.wallSeconds(),
                copySuggestions, searchable, copy.lastJsonLine());
        boolean same = sameHits(jar, logs, name, work.resolve("crawl"), work.resolve("laptop"));
        String crawlVsCopy = String.format("%.1f s / %.1f s | %s | %.1f s / %.1f s / %.1f s | **%.1f×** / %.1f× / %.1f×",
                crawl.wallSeconds(), crawlSuggestions, publish == null ? "(reused)"
                        : String.format("%.1f s", publish.wallSeconds()), copy.wallSeconds(), copySuggestions, searchable,
                crawl.wallSeconds() / copy.wallSeconds(), (crawl.wallSeconds() - crawlSuggestions)
                        / (copy.wallSeconds() - copySuggestions), (crawl.wallSeconds() - crawlSuggestions) / searchable);

        Path trace = logs.resolve(name + "-strace.txt");
        MeasuredProcess.Outcome traced = MeasuredProcess.run(List.of("strace", "-f", "-qq", "-e", "trace=open,openat",
                "-e", "status=successful", "-o", trace.toString(), java(), "-jar", jar.toString(), "index", "--data-dir",
                work.resolve("laptop-traced").toString(), "--source", share.toString(), "--json"), Map.of(), logs,
                name + "-copy-traced", false);
        List<String> documentsOpened = documentsOpened(trace, share);
        IndexingBenchmark.say("  traced copy: exit %d, document files opened: %d %s", traced.exit(), documentsOpened.size(),
                documentsOpened.stream().limit(3).toList());

        Manifest first = Manifest.read(share.resolve(".collateral-index/manifest.json"));
        String indexSize = IndexingBenchmark.mbBytes(first.files().stream().mapToLong(Manifest.Entry::size).sum())
                + " (generation " + first.generation() + ")";
        if (reuse) {
            return String.format("| %s | %,d | %s | %s | %d | %s | (not repeated) | | |", name, files, crawlVsCopy,
                    same ? "yes" : "**no**", documentsOpened.size(), indexSize);
        }
        int changed = changeOnePercent(share);
        MeasuredProcess.Outcome republish = cf(jar, logs, name + "-republish", "publish", share.toString(), "--data-dir",
                work.resolve("publisher").toString(), "--json");
        IndexingBenchmark.say("  changed %,d files; republish: %.1f s %s", changed, republish.wallSeconds(),
                republish.lastJsonLine());
        MeasuredProcess.Outcome recopy = cf(jar, logs, name + "-recopy", "index", "--data-dir", work.resolve("laptop").toString(),
                "--json");
        IndexingBenchmark.say("  recopy: %.1f s %s", recopy.wallSeconds(), recopy.lastJsonLine());
        Manifest second = Manifest.read(share.resolve(".collateral-index/manifest.json"));
        long indexBytes = second.files().stream().mapToLong(Manifest.Entry::size).sum();
        long copiedBytes = JSON.readTree(recopy.lastJsonLine()).get("copied_bytes").asLong();
        JsonNode republished = JSON.readTree(republish.lastJsonLine());
        return String.format("| %s | %,d | %s | %s | %d | %s | %.1f s, %s written | %s | **%.2f %%** |", name, files,
                crawlVsCopy, same ? "yes" : "**no**", documentsOpened.size(), indexSize, republish.wallSeconds(),
                IndexingBenchmark.mbBytes(republished.get("bytes_published").asLong()), IndexingBenchmark.mbBytes(copiedBytes),
                100.0 * copiedBytes / indexBytes);
    }

    private static final Pattern SUGGESTIONS = Pattern.compile("Suggestions rebuilt: .* in (\\d+) ms");
    private static final Pattern ATTACHED = Pattern.compile("^(\\S+ \\S+) .*now searching generation");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** How long the last run in a data folder took to rebuild the suggestions (from its log). */
    private static double suggestionSeconds(Path dataDir) throws IOException {
        double seconds = 0;
        for (String line : Files.readAllLines(dataDir.resolve("logs/collateral-finder.log"), StandardCharsets.UTF_8)) {
            Matcher m = SUGGESTIONS.matcher(line);
            if (m.find()) {
                seconds = Long.parseLong(m.group(1)) / 1000.0;
            }
        }
        return seconds;
    }

    /** When the last run in a data folder started searching the copied team index (from its log). */
    private static LocalDateTime attachedAt(Path dataDir) throws IOException {
        LocalDateTime at = null;
        for (String line : Files.readAllLines(dataDir.resolve("logs/collateral-finder.log"), StandardCharsets.UTF_8)) {
            Matcher m = ATTACHED.matcher(line);
            if (m.find()) {
                at = LocalDateTime.parse(m.group(1), LOG_TIME);
            }
        }
        if (at == null) {
            throw new IllegalStateException("the copy run in " + dataDir + " did not attach a team index");
        }
        return at;
    }

    private static MeasuredProcess.Outcome cf(Path jar, Path logs, String run, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        MeasuredProcess.Outcome o = MeasuredProcess.run(command, Map.of(), logs, run, false);
        if (o.exit() != 0) {
            throw new IllegalStateException(run + " failed (exit " + o.exit() + "): " + o.stderr().strip());
        }
        return o;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Whether the crawled and the copied data folders give the same hit paths for every query. */
    private static boolean sameHits(Path jar, Path logs, String name, Path crawled, Path copied) throws Exception {
        Path queries = logs.resolve(name + "-queries.txt");
        Files.write(queries, QUERIES, StandardCharsets.UTF_8);
        String a = hitPaths(cf(jar, logs, name + "-search-crawled", "search", "--data-dir", crawled.toString(), "--json",
                "--batch", queries.toString()).stdout());
        String b = hitPaths(cf(jar, logs, name + "-search-copied", "search", "--data-dir", copied.toString(), "--json",
                "--batch", queries.toString()).stdout());
        if (!a.equals(b)) {
            IndexingBenchmark.say("  hits differ:%n  crawled %s%n  copied  %s", a, b);
        }
        return a.equals(b);
    }

    private static String hitPaths(String batchOutput) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : batchOutput.strip().split("\n")) {
            for (JsonNode hit : JSON.readTree(line).get("hits")) {
                out.append(hit.get("path").asText()).append('\n');
            }
            out.append("--\n");
        }
        return out.toString();
    }

    /** Files under the share, outside its published index, that the traced process opened (not folders). */
    private static List<String> documentsOpened(Path trace, Path share) throws IOException {
        List<String> opened = new ArrayList<>();
        String prefix = share + "/";
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            int quote = line.indexOf('"');
            if (quote < 0 || line.contains("O_DIRECTORY")) {
                continue;
            }
            String path = line.substring(quote + 1, line.indexOf('"', quote + 1));
            if (path.startsWith(prefix) && !path.startsWith(prefix + ".collateral-index/") && !Files.isDirectory(Path.of(path))) {
                opened.add(path);
            }
        }
        return opened;
    }

    /** Adds a line to every hundredth file and moves its date a day on; returns how many changed. */
    private static int changeOnePercent(Path share) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(share)) {
            all = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.collateral-index/")).sorted()
                    .toList();
        }
        int changed = 0;
        for (int i = 0; i < all.size(); i += 100) {
            Path p = all.get(i);
            FileTime before = Files.getLastModifiedTime(p);
            String ext = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (ext.endsWith(".txt") || ext.endsWith(".md") || ext.endsWith(".html") || ext.endsWith(".csv")) {
                Files.writeString(p, "\nChanged for the team index benchmark.\n", StandardOpenOption.APPEND);
            }
            Files.setLastModifiedTime(p, FileTime.fromMillis(before.toMillis() + 86_400_000L));
            changed++;
        }
        return changed;
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.collateral-index")).count();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    target.toFile().setWritable(true);
                }
            }
        }
    }
}
