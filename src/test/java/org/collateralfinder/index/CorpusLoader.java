package org.collateralfinder.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.HtmlDecoder;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.extract.PlainTextDecoder;
import org.collateralfinder.extract.TikaExtractor;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.model.PageStarts;
import org.collateralfinder.sources.ContentHasher;

/**
 * Reads a trusted corpus in this process (Tika for office formats, the indexer's own decoders for text
 * and small HTML) on a few threads and hands each file over as the indexer would build it. For tests
 * and benchmarks over the shared test corpus: several times faster than the isolated workers, which
 * guard against hostile files this corpus does not have. What was extracted can be kept in a cache file
 * (under {@code target/}), so a second run reads only the files that changed.
 */
public final class CorpusLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusLoader() {
    }

    /** Every regular file under {@code root}, in path order, given to {@code sink} (called from several threads). */
    public static int load(Path root, int threads, Consumer<IndexedFile> sink) {
        return load(root, threads, null, sink);
    }

    /**
     * As {@link #load(Path, int, Consumer)}, with extractions kept in {@code cache} (gzipped JSON lines,
     * keyed by relative path, size and time): files unchanged since are not read again.
     */
    public static int load(Path root, int threads, Path cache, Consumer<IndexedFile> sink) {
        Map<String, Cached> cached = cache == null ? Map.of() : readCache(cache);
        Map<String, Cached> fresh = new ConcurrentHashMap<>();
        int n = loadFiles(root, threads, file -> {
            String rel = root.relativize(file).toString();
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                Cached c = cached.get(rel);
                if (c == null || c.size() != size || c.modified() != modified || c.pageStarts() == null
                        || c.pageEnd() == null) { // kept before the pages had an end: read again
                    IndexedFile f = read(root, file, tika(), ExtractionLimits.defaults());
                    c = Cached.of(rel, f);
                }
                fresh.put(rel, c);
                sink.accept(c.toIndexedFile(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (cache != null && !fresh.equals(cached)) {
            writeCache(cache, fresh);
        }
        return n;
    }

    private static final ThreadLocal<TikaExtractor> TIKA = ThreadLocal.withInitial(() ->
            new TikaExtractor(ExtractionLimits.defaults().maxChars(), ExtractionLimits.defaults().maxFileBytes()));

    private static TikaExtractor tika() {
        return TIKA.get();
    }

    /** One extraction as the cache keeps it ({@code pageEnd}: {@link PageStarts#end()}). */
    record Cached(String path, long size, long modified, String hash, String title, String author, int pages,
                  String contentType, String text, String failure, String detail, List<Integer> pageStarts,
                  List<String> pageNames, Integer pageEnd) {

        static Cached of(String rel, IndexedFile f) {
            return new Cached(rel, f.size(), f.modifiedMillis(), f.contentHash(), f.title(), f.author(), f.pages(),
                    f.contentType(), f.text(), f.failure() == null ? null : f.failure().id(), f.failureDetail(),
                    Arrays.stream(f.pageStarts().offsets()).boxed().toList(), f.pageStarts().names(),
                    f.pageStarts().end());
        }

        IndexedFile toIndexedFile(Path root) {
            Path file = root.resolve(path);
            String name = file.getFileName().toString();
            String ext = FileKind.extensionOf(name);
            return new IndexedFile(file.toString(), root.toString(), name, file.getParent().toString(), ext,
                    FileKind.ofExtension(ext), size, modified, hash, title, author, pages, contentType, text,
                    failure == null ? null : FailureReason.fromId(failure), detail,
                    new PageStarts(pageStarts.stream().mapToInt(Integer::intValue).toArray(),
                            pageNames == null ? List.of() : pageNames, pageEnd));
        }
    }

    private static Map<String, Cached> readCache(Path cache) {
        Map<String, Cached> out = new HashMap<>();
        if (!Files.exists(cache)) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(cache)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Cached c = JSON.readValue(line, Cached.class);
                out.put(c.path(), c);
            }
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // a damaged cache is rebuilt
        }
        return out;
    }

    private static void writeCache(Path cache, Map<String, Cached> entries) {
        try {
            Files.createDirectories(cache.getParent());
            Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp");
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
                for (Cached c : new TreeMap<>(entries).values()) {
                    w.write(JSON.writeValueAsString(c));
                    w.write('\n');
                }
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int loadFiles(Path root, int threads, Consumer<Path> each) {
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> each.accept(file)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the corpus could not be read", e);
        } finally {
            pool.shutdownNow();
        }
        return files.size();
    }

    private static IndexedFile read(Path root, Path file, TikaExtractor tika, ExtractionLimits limits) {
        try {
            String name = file.getFileName().toString();
            String ext = FileKind.extensionOf(name);
            long size = Files.size(file);
            Extraction e;
            String hash;
            if (IsolatedExtractor.readsInProcess(ext, size)) {
                byte[] bytes = Files.readAllBytes(file);
                hash = ContentHasher.hash(bytes);
                e = PlainTextDecoder.handles(ext) ? PlainTextDecoder.decode(bytes, ext, limits.maxChars())
                        : HtmlDecoder.decode(bytes, limits.maxChars());
            } else {
                hash = ContentHasher.hash(file);
                e = tika.extract(ExtractionRequest.of(file));
            }
            return new IndexedFile(file.toString(), root.toString(), name, file.getParent().toString(), ext,
                    FileKind.ofExtension(ext), size, Files.getLastModifiedTime(file).toMillis(), hash,
                    TitleCleaner.clean(e.title()), e.author(), e.pages(), e.contentType(), e.text(), e.failure(), e.detail(),
                    e.pageStarts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
