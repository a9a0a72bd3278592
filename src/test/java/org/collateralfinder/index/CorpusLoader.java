package org.collateralfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.HtmlDecoder;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.extract.PlainTextDecoder;
import org.collateralfinder.extract.TikaExtractor;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.sources.ContentHasher;

/**
 * Reads a trusted corpus in this process (Tika for office formats, the indexer's own decoders for text
 * and small HTML) on a few threads and hands each file over as the indexer would build it. For tests
 * and benchmarks over the shared test corpus: several times faster than the isolated workers, which
 * guard against hostile files this corpus does not have.
 */
public final class CorpusLoader {

    private CorpusLoader() {
    }

    /** Every regular file under {@code root}, in path order, given to {@code sink} (called from several threads). */
    public static int load(Path root, int threads, Consumer<IndexedFile> sink) {
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExtractionLimits limits = ExtractionLimits.defaults();
        TikaExtractor tika = new TikaExtractor(limits.maxChars(), limits.maxFileBytes());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> sink.accept(read(root, file, tika, limits))));
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
                    TitleCleaner.clean(e.title()), e.author(), e.pages(), e.contentType(), e.text(), e.failure(), e.detail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
