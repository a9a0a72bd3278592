package org.collateralfinder.search;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.RefusedInputException;

/**
 * What a file type means, the same for {@code type:pdf} in a query and for the type filter
 * ({@code --type pdf}, the Type facet): a kind ({@code pdf}, {@code presentation}…) or an extension
 * ({@code pptx}); anything else is explained in one sentence.
 */
final class FileTypes {

    private FileTypes() {
    }

    /** The files of this type; a sentence naming the types when there is no such type. */
    static Query query(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        w = w.startsWith(".") ? w.substring(1) : w;
        for (FileKind kind : FileKind.values()) {
            if (kind.id().equals(w)) {
                return new TermQuery(new Term(Schema.TYPE, kind.id()));
            }
        }
        if (FileKind.isKnownExtension(w)) {
            return new TermQuery(new Term(Schema.EXT, w));
        }
        StringBuilder known = new StringBuilder();
        for (FileKind kind : FileKind.values()) {
            if (kind != FileKind.OTHER) {
                known.append(known.isEmpty() ? "" : ", ").append(kind.id());
            }
        }
        throw new RefusedInputException("There is no file type \"" + word + "\"; use one of " + known
                + ", or an extension such as pptx.");
    }

    /**
     * As you type: the files of every type whose name or one of whose extensions starts with what was typed
     * ({@code type:pd} → pdf); the sentence of {@link #query} when none does.
     */
    static Query startingWith(String typed) {
        String w = typed.strip().toLowerCase(Locale.ROOT);
        String start = w.startsWith(".") ? w.substring(1) : w;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int types = 0;
        for (FileKind kind : FileKind.values()) {
            if (kind != FileKind.OTHER && !start.isEmpty() && kind.id().startsWith(start)) {
                any.add(new TermQuery(new Term(Schema.TYPE, kind.id())), BooleanClause.Occur.SHOULD);
                types++;
            }
            for (String extension : kind.extensions()) {
                if (!start.isEmpty() && extension.startsWith(start)) {
                    any.add(new TermQuery(new Term(Schema.EXT, extension)), BooleanClause.Occur.SHOULD);
                    types++;
                }
            }
        }
        return types == 0 ? query(typed) : any.build();
    }

    /** Files of any of these types. */
    static Query anyOf(List<String> words) {
        if (words.size() == 1) {
            return query(words.getFirst());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(query(word), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
