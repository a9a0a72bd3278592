package org.collateralfinder.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexRunStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suggestions for the search box, each answered in well under a millisecond: completions of the word
 * being typed (the index's words, most frequent first, from a weighted FST) and titles containing the
 * typed words (Lucene's infix suggester, the last word as a prefix, newest first). Built from the
 * index after indexing ({@link #rebuild()}, or {@link #rebuildInBackground(Executor)} from the app) and
 * kept in a folder of the data directory's cache, so the next start has them at once.
 */
public final class SuggestionService implements AutoCloseable {

    /** The folder's name inside the data directory's cache folder. */
    public static final String FOLDER = "suggest";

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionService.class);
    private static final String CURRENT = "current";
    private static final int TITLE_MIN_PREFIX_CHARS = 2;
    private static final int MIN_COMPLETION_LETTERS = 2;

    /** A suggestion: a completed query or a title. */
    public record Suggestion(String text, Kind kind) {
    }

    public enum Kind { WORD, TITLE }

    private final IndexService index;
    private final Path folder;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private Generation current;

    private record Generation(int number, Directory titleDirectory, AnalyzingInfixSuggester titles,
                             WFSTCompletionLookup words) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            IOUtils.close(titles, titleDirectory);
        }
    }

    /**
     * Opens the suggestions stored in {@code folder} (for example {@code <data>/cache/suggest}), if any.
     * Until they are built, {@link #suggest} answers with nothing.
     */
    public SuggestionService(IndexService index, Path folder) {
        this.index = index;
        this.folder = folder;
        try {
            Path pointer = folder.resolve(CURRENT);
            if (Files.exists(pointer)) {
                int number = Integer.parseInt(Files.readString(pointer, StandardCharsets.UTF_8).strip());
                current = open(number);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Stored suggestions in {} could not be read; they are rebuilt after the next indexing", folder, e);
            current = null;
        }
    }

    /** Whether suggestions have been built. */
    public boolean isReady() {
        lock.readLock().lock();
        try {
            return current != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Up to {@code limit} suggestions as text: completions of the last word first, then titles. */
    /** The most suggestions one call returns, however many are asked for. */
    public static final int MAX_SUGGESTIONS = 1_000;

    public List<String> suggest(String typed, int limit) {
        return suggestions(typed, limit).stream().map(Suggestion::text).toList();
    }

    /**
     * Up to {@code limit} suggestions for what was typed: at most half are completions of the last word
     * (the words before it kept), the rest titles containing all typed words, the last as a prefix. None
     * after an operator or an empty field, nor inside a range ({@link UnfinishedQuery#nothingToComplete}).
     */
    public List<Suggestion> suggestions(String typed, int wanted) {
        String text = typed == null ? "" : typed.stripLeading();
        if (text.isBlank() || wanted < 1 || UnfinishedQuery.nothingToComplete(text)) {
            return List.of();
        }
        int limit = Math.min(wanted, MAX_SUGGESTIONS);
        lock.readLock().lock();
        try {
            if (current == null) {
                return List.of();
            }
            List<String> words = completions(text, limit);
            // one more title for each completion: a title spelled as a completion is offered once
            List<Lookup.LookupResult> titles = current.titles().lookup(text, (Set<BytesRef>) null, limit + words.size(),
                    true, false);
            LinkedHashSet<String> seen = new LinkedHashSet<>();
            List<Suggestion> out = new ArrayList<>(limit);
            int wordShare = (limit + 1) / 2;
            for (String w : words) {
                if (out.size() < wordShare && seen.add(w.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(w, Kind.WORD));
                }
            }
            for (Lookup.LookupResult r : titles) {
                if (out.size() < limit && seen.add(r.key.toString().toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(r.key.toString(), Kind.TITLE));
                }
            }
            for (String w : words) {
                if (out.size() < limit && seen.add(w.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(w, Kind.WORD));
                }
            }
            return out;
        } catch (IOException e) {
            throw new CollateralException("Suggestions could not be read: " + CollateralException.why(e) + ".", e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<String> completions(String text, int limit) throws IOException {
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            return List.of();
        }
        int cut = text.length();
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        String before = text.substring(0, cut);
        String last = text.substring(cut).toLowerCase(Locale.ROOT);
        if (last.length() < MIN_COMPLETION_LETTERS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        // one more: the typed word itself may be among them, and is no completion
        for (Lookup.LookupResult r : current.words().lookup(last, null, false, limit + 1)) {
            if (!r.key.toString().equals(last) && out.size() < limit) {
                out.add(before + r.key);
            }
        }
        return out;
    }

    /**
     * Whether the suggestions kept in {@code folder} must be rebuilt after an indexing run: the run changed
     * the index, or there are none yet. Rebuilding reads every title and word of the index (seconds on a
     * large one), which a run that changed nothing would only repeat.
     */
    public static boolean staleAfter(IndexRunStats run, Path folder) {
        return run.added() + run.updated() + run.removed() > 0 || !Files.exists(folder.resolve(CURRENT));
    }

    /** Rebuilds the suggestions from the index as it is now, then uses them; the old ones are removed. */
    public void rebuild() {
        // two at once took the same generation number, and one deleted the folder the other was writing (window
        // re-test 13, N4): they take turns; searches keep using the current generation meanwhile
        rebuilding.lock();
        try {
            rebuildOnce();
        } finally {
            rebuilding.unlock();
        }
    }

    private void rebuildOnce() {
        long start = System.nanoTime();
        int number;
        lock.readLock().lock();
        try {
            number = current == null ? 1 : current.number() + 1;
        } finally {
            lock.readLock().unlock();
        }
        Generation next;
        try {
            Files.createDirectories(folder);
            deleteGeneration(number);
            Path dir = generationFolder(number);
            SuggestionSource source = index.withSearcher(searcher -> SuggestionSource.read(searcher.getIndexReader()));
            Directory titleDirectory = FSDirectory.open(dir.resolve("titles"));
            AnalyzingInfixSuggester titles = newTitleSuggester(titleDirectory);
            titles.build(source.titles());
            WFSTCompletionLookup words = new WFSTCompletionLookup(FSDirectory.open(dir), "words-build");
            words.build(source.words());
            try (OutputStream out = Files.newOutputStream(dir.resolve("words.fst"))) {
                words.store(new OutputStreamDataOutput(out));
            }
            next = new Generation(number, titleDirectory, titles, words);
            LOG.info("Suggestions rebuilt: {} titles, {} words in {} ms", source.titleCount(), source.wordCount(),
                    (System.nanoTime() - start) / 1_000_000);
            Path tmp = folder.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, Integer.toString(number), StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CollateralException("Suggestions could not be built in " + folder + ": " + CollateralException.why(e) + ".", e);
        }
        Generation old;
        lock.writeLock().lock();
        try {
            old = current;
            current = next;
        } finally {
            lock.writeLock().unlock();
        }
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                LOG.warn("Old suggestions could not be closed", e);
            }
            deleteGeneration(old.number());
        }
    }

    /** {@link #rebuild()} on the given executor; failures are logged and leave the old suggestions in use. */
    public CompletableFuture<Void> rebuildInBackground(Executor executor) {
        return CompletableFuture.runAsync(this::rebuild, executor).exceptionally(e -> {
            LOG.error("Suggestions could not be rebuilt", e);
            return null;
        });
    }

    private Generation open(int number) throws IOException {
        Path dir = generationFolder(number);
        Directory titleDirectory = FSDirectory.open(dir.resolve("titles"));
        AnalyzingInfixSuggester titles = newTitleSuggester(titleDirectory);
        WFSTCompletionLookup words = new WFSTCompletionLookup(FSDirectory.open(dir), "words-build");
        try (InputStream in = Files.newInputStream(dir.resolve("words.fst"))) {
            words.load(new InputStreamDataInput(in));
        }
        return new Generation(number, titleDirectory, titles, words);
    }

    private static AnalyzingInfixSuggester newTitleSuggester(Directory directory) throws IOException {
        return new AnalyzingInfixSuggester(directory, Schema.nameWordsAnalyzer(), Schema.wordsAnalyzer(),
                TITLE_MIN_PREFIX_CHARS, true, true, false, true);
    }

    private Path generationFolder(int number) {
        return folder.resolve("gen-" + number);
    }

    private void deleteGeneration(int number) {
        Path dir = generationFolder(number);
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Old suggestions in {} could not be removed", dir, e);
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } catch (IOException e) {
            LOG.warn("Suggestions could not be closed", e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
