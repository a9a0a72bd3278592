package org.collateralfinder.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;

/**
 * Completions for the search box: titles and file names of the indexed files, looked up by the start
 * of the title or of any of its words. Built in the background from stored fields; immutable.
 */
public final class TitleSuggestions {

    private static final TitleSuggestions EMPTY = new TitleSuggestions(List.of());

    private final List<String> titles;
    private final List<String> folded;

    private TitleSuggestions(List<String> titles) {
        this.titles = List.copyOf(titles);
        this.folded = this.titles.stream().map(TitleSuggestions::fold).toList();
    }

    public static TitleSuggestions empty() {
        return EMPTY;
    }

    public static TitleSuggestions of(List<String> titles) {
        TreeMap<String, String> distinct = new TreeMap<>();
        for (String t : titles) {
            if (t != null && !t.isBlank()) {
                distinct.putIfAbsent(fold(t.strip()), t.strip());
            }
        }
        return new TitleSuggestions(new ArrayList<>(distinct.values()));
    }

    /** Reads the titles (or, without one, the file names) of up to {@code maxDocuments} files. */
    public static TitleSuggestions build(IndexService index, int maxDocuments) {
        List<String> names = new ArrayList<>();
        index.read(searcher -> {
            Set<String> fields = Set.of(Schema.TITLE, Schema.FILENAME);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc() && names.size() < maxDocuments; doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, fields);
                    String title = d.get(Schema.TITLE);
                    names.add(title != null && !title.isBlank() ? title : stripExtension(d.get(Schema.FILENAME)));
                }
            }
            return null;
        });
        return of(names);
    }

    /**
     * Up to {@code limit} titles starting with what was typed, then titles with a word starting with
     * it. Fewer than two characters give nothing.
     */
    public List<String> complete(String typed, int limit) {
        String q = typed == null ? "" : fold(typed.strip());
        if (q.length() < 2) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < titles.size() && starts.size() < limit; i++) {
            String f = folded.get(i);
            if (f.equals(q)) {
                continue;
            }
            if (f.startsWith(q)) {
                starts.add(titles.get(i));
            } else if (words.size() < limit && (f.contains(" " + q) || f.contains("_" + q) || f.contains("-" + q))) {
                words.add(titles.get(i));
            }
        }
        List<String> result = new ArrayList<>(starts);
        for (String w : words) {
            if (result.size() >= limit) {
                break;
            }
            result.add(w);
        }
        return result;
    }

    public int size() {
        return titles.size();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
