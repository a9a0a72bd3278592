package org.collateralfinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to measure and where: parsed from {@code --name value} arguments, relative paths against the
 * working directory (the project root when run through Maven).
 *
 * @param corpora      which corpora, in order: {@code real}, {@code 10k}, {@code 100k}, {@code 1m}
 * @param out          results, logs and the data folders of the runs
 * @param scaleDir     where {@code scale10k/} and {@code scale100k/} are found, or generated when missing
 * @param jar          the runnable jar to measure
 * @param realCorpus   the folder of real office files
 * @param generator    {@code gen_scale.py}, which writes the synthetic corpora
 * @param queries      measured queries per corpus (after the warm-up)
 * @param warmup       queries run first and left out of the figures
 * @param reruns       no-change re-runs whose median wall time is reported
 * @param heapCap      the {@code -Xmx} of the capped run, e.g. {@code 512m}; null to skip that run
 * @param recoll       run Recoll on each corpus too (installing Debian's package when it is missing)
 * @param jfr          record the first index run of each corpus with Java Flight Recorder (the extraction
 *                     workers too)
 * @param typed        queries typed key by key into the search box (every prefix searched as you type)
 * @param references   run the limit references: Tika alone on the real files, plain Lucene on the same text
 * @param baseline     the "before" measured in the same run: a commit (its jar built once) or a jar; null for none
 * @param indexHeap    the {@code -Xmx} of the first full index run, e.g. {@code 512m}; null for the JVM's default
 * @param keystrokes   a file of keystrokes (every prefix of each typed query, one a line) used for every corpus instead
 *                     of queries drawn from each index, so that corpora of different sizes answer the same keys; or null
 * @param given        the arguments as given, written at the head of the results so a table can be traced to its run
 */
record BenchmarkOptions(List<String> corpora, Path out, Path scaleDir, Path jar, Path realCorpus, Path generator,
                        int queries, int warmup, int reruns, String heapCap, boolean recoll, boolean jfr, int typed,
                        boolean references, String baseline, String indexHeap, Path keystrokes, String given) {

    /** The smallest heap the indexer is measured with: below it the JVM starts but the index run cannot. */
    static final long SMALLEST_HEAP_BYTES = 64L << 20;
    private static final Pattern HEAP_SIZE = Pattern.compile("(\\d{1,9})([kKmMgG]?)");

    static final List<String> KNOWN_CORPORA = List.of("real", "10k", "100k", "1m");
    /** The options followed by a value. */
    private static final List<String> TAKES_A_VALUE = List.of("--corpora", "--out", "--scale-dir", "--jar",
            "--real-corpus", "--generator", "--queries", "--warmup", "--reruns", "--typed", "--baseline", "--index-heap",
            "--keystrokes", "--heap-cap");

    /** The commit before issue 13's speed work: the figures in the issue were measured on it. */
    static final String DEFAULT_BASELINE = "781bf3c";

    static final String USAGE = """
            Usage: IndexingBenchmark [options]
              --corpora LIST     real,10k,100k,1m (any of them, comma-separated; default real,10k)
              --out DIR          results, logs and index data (default target/bench)
              --scale-dir DIR    where scale10k/ and scale100k/ are read, or generated when missing
                                 or incomplete (default: the --out folder)
              --jar FILE         the jar to measure (default target/collateral-finder.jar)
              --real-corpus DIR  real office files (default ../shared/corpus/real)
              --generator FILE   gen_scale.py (default ../shared/tools/gen_scale.py)
              --queries N        measured queries per corpus (default 500)
              --warmup N         queries run first and not counted (default 20)
              --reruns N         no-change re-runs, median reported (default 3)
              --heap-cap SIZE    -Xmx of the capped run (default 512m; "none" skips that run)
              --typed N          queries typed key by key, every prefix searched as you type (default 20)
              --no-recoll        do not run (or install) Recoll
              --no-references    do not run the limit references (Tika alone, plain Lucene)
              --jfr              record the first index run of each corpus with Java Flight Recorder
              --baseline REV     the "before": a commit whose jar is built once and measured in the same run,
                                 or a jar file; "none" to leave it out (default %s)
              --index-heap SIZE  -Xmx of the first full index run (default: the JVM's own); its peak heap is
                                 read from its GC log either way
              --keystrokes FILE  the same keystrokes for every corpus (every prefix of each query, one a line,
                                 e.g. src/test/resources/bench/keystrokes-100k.txt) instead of drawn from each index
            """.formatted(DEFAULT_BASELINE);


    /**
     * Parses the options. An argument that starts with {@code --} and holds spaces is split into words
     * first (at spaces outside quotes), because Maven passes {@code -Dbench.args="--jfr --no-recoll"} as one argument.
     */
    static BenchmarkOptions parse(String[] rawArgs) {
        List<String> words = new ArrayList<>();
        for (String a : rawArgs) {
            if (a.strip().startsWith("--") && a.strip().contains(" ")) {
                words.addAll(words(a.strip()));
            } else {
                words.add(a);
            }
        }
        String[] args = words.toArray(new String[0]);
        List<String> corpora = List.of("real", "10k");
        Path out = Path.of("target/bench");
        Path scaleDir = null;
        Path jar = Path.of("target/collateral-finder.jar");
        Path realCorpus = Path.of("../shared/corpus/real");
        Path generator = Path.of("../shared/tools/gen_scale.py");
        int queries = 500;
        int warmup = 20;
        int reruns = 3;
        String heapCap = "512m";
        boolean recoll = true;
        boolean jfr = false;
        int typed = 20;
        boolean references = true;
        String baseline = DEFAULT_BASELINE;
        String indexHeap = null;
        Path keystrokes = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.isBlank()) {
                continue; // an empty property from Maven
            }
            switch (name) {
                case "--no-recoll" -> recoll = false;
                case "--no-references" -> references = false;
                case "--jfr" -> jfr = true;
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (!TAKES_A_VALUE.contains(name)) {
                        throw new IllegalArgumentException("Unknown option " + name + ".\n" + USAGE);
                    }
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("The option " + name + " needs a value.\n" + USAGE);
                    }
                    String value = args[++i].strip();
                    switch (name) {
                        case "--corpora" -> corpora = corpora(value);
                        case "--out" -> out = Path.of(value);
                        case "--scale-dir" -> scaleDir = value.isEmpty() ? null : Path.of(value);
                        case "--jar" -> jar = Path.of(value);
                        case "--real-corpus" -> realCorpus = Path.of(value);
                        case "--generator" -> generator = Path.of(value);
                        case "--queries" -> queries = positive(name, value);
                        case "--warmup" -> warmup = number(name, value, 0);
                        case "--reruns" -> reruns = positive(name, value);
                        case "--typed" -> typed = positive(name, value);
                        case "--baseline" -> baseline = value.isEmpty() || value.equalsIgnoreCase("none") ? null : value;
                        case "--index-heap" -> indexHeap = value.isEmpty() || value.equalsIgnoreCase("none") ? null : heap(name, value);
                        case "--keystrokes" -> keystrokes = value.isEmpty() ? null : Path.of(value);
                        case "--heap-cap" -> heapCap = value.isEmpty() || value.equalsIgnoreCase("none") ? null : heap(name, value);
                        default -> throw new IllegalArgumentException("Unknown option " + name + ".\n" + USAGE);
                    }
                }
            }
        }
        out = out.toAbsolutePath().normalize();
        return new BenchmarkOptions(corpora, out, (scaleDir == null ? out : scaleDir).toAbsolutePath().normalize(),
                jar.toAbsolutePath().normalize(), realCorpus.toAbsolutePath().normalize(),
                generator.toAbsolutePath().normalize(), queries, warmup, reruns, heapCap, recoll, jfr, typed, references,
                baseline, indexHeap, keystrokes == null ? null : keystrokes.toAbsolutePath().normalize(),
                String.join(" ", words.stream().map(BenchmarkOptions::quoted).toList()).strip());
    }

    /** Whether the arguments ask for the usage ({@code --help}, {@code -h}), alone or among others. */
    static boolean asksForHelp(String[] rawArgs) {
        for (String a : rawArgs) {
            for (String word : a.strip().split("\\s+")) {
                if (word.equals("--help") || word.equals("-h")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Checks what the run will need before it starts, so that a wrong path is said in a sentence at once rather than
     * after an hour of indexing: the results folder can be written, the keystrokes file holds keys, the real corpus
     * is there when asked for, and the folder of generated corpora is a folder.
     *
     * @throws IllegalArgumentException with the sentence to show
     */
    void check() {
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("The results folder " + out + " cannot be written (" + reason(e)
                    + "); pass --out DIR (or -Dbench.out=DIR) with a folder you can write to.");
        }
        if (keystrokes != null) {
            if (Files.isDirectory(keystrokes)) {
                throw new IllegalArgumentException("--keystrokes " + keystrokes + " is a folder; pass the file of "
                        + "keystrokes, one typed prefix a line.");
            }
            if (!Files.isRegularFile(keystrokes)) {
                throw new IllegalArgumentException("The keystrokes file " + keystrokes + " is not there; pass --keystrokes "
                        + "FILE with one typed prefix a line, e.g. src/test/resources/bench/keystrokes-100k.txt.");
            }
            try {
                if (Files.readAllLines(keystrokes, StandardCharsets.UTF_8).stream().allMatch(String::isBlank)) {
                    throw new IllegalArgumentException("The keystrokes file " + keystrokes + " holds no keystrokes; "
                            + "write one typed prefix a line (n, no, not, ...).");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("The keystrokes file " + keystrokes + " cannot be read (" + reason(e)
                        + ").");
            }
        }
        if (corpora.contains("real") && !Files.isDirectory(realCorpus)) {
            throw new IllegalArgumentException("The real corpus " + realCorpus + " is not there; pass --real-corpus DIR "
                    + "or leave out 'real'.");
        }
        boolean generated = corpora.stream().anyMatch(c -> !c.equals("real"));
        if (generated && Files.exists(scaleDir) && !Files.isDirectory(scaleDir)) {
            throw new IllegalArgumentException("--scale-dir " + scaleDir + " is a file, not a folder; pass the folder "
                    + "that holds (or is to hold) scale10k/, scale100k/ and scale1m/.");
        }
    }

    /**
     * The words of one argument holding several, split at spaces outside quotes, so that
     * {@code -Dbench.args="--keystrokes 'my keys.txt'"} passes a path with a space.
     */
    static List<String> words(String arg) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("A quote is not closed in the options: " + arg);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** A word as a shell would take it back: quoted when it holds a space or a quote. */
    private static String quoted(String word) {
        return word.isEmpty() || word.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"')
                ? "'" + word.replace("'", "'\\''") + "'" : word;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    /** A heap size as {@code -Xmx} takes it, of at least {@link #SMALLEST_HEAP_BYTES}. */
    private static String heap(String name, String value) {
        Matcher m = HEAP_SIZE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " " + value + " is not a heap size; give one as java's -Xmx takes "
                    + "it, e.g. 512m or 2g, or none.");
        }
        long bytes = Long.parseLong(m.group(1)) << switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long machine = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        if (bytes > machine) {
            throw new IllegalArgumentException(name + " " + value + " is more than this machine's memory ("
                    + (machine >> 20) + " MB), so the JVM would not start; give a smaller heap.");
        }
        if (bytes < SMALLEST_HEAP_BYTES) {
            throw new IllegalArgumentException(name + " " + value + " is below 64m: the indexer cannot run in so small a "
                    + "heap, so the run would only measure a failure to start.");
        }
        return value;
    }

    private static int number(String name, String value, int least) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not \"" + value + "\".");
        }
        if (n < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ".");
        }
        return n;
    }

    private static List<String> corpora(String value) {
        List<String> list = new ArrayList<>();
        for (String c : value.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
            if (c.isEmpty()) {
                continue;
            }
            if (!KNOWN_CORPORA.contains(c)) {
                throw new IllegalArgumentException("Unknown corpus \"" + c + "\"; use real, 10k, 100k or 1m.");
            }
            if (!list.contains(c)) {
                list.add(c);
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("--corpora needs at least one of real, 10k, 100k, 1m.");
        }
        return List.copyOf(list);
    }

    private static int positive(String name, String value) {
        return number(name, value, 1);
    }
}
