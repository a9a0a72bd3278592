package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.collateralfinder.index.Schema;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completions of short prefixes, worked out for all of them at once when the index opens. */
class FrequentWordsTest {

    @TempDir
    Path tmp;

    @Test
    void warmingGivesEveryShortPrefixTheWordsItsOwnScanGives() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("Sales"));
        // more than six words per prefix, several of them as frequent as each other (ties keep the scan's order)
        OfficeFiles.text(src.resolve("a.txt"), "plan plant planet play player please plenty plus price prime été étude");
        OfficeFiles.text(src.resolve("b.txt"), "plan plant planet play player pricing prism probe proof été");
        OfficeFiles.text(src.resolve("c.txt"), "plan plant play plaza plume plush pricing probe pa pb x");
        OfficeFiles.text(src.resolve("d.txt"), "Plan Plant Pléiade Playbook Pricing");
        try (IndexFixture f = IndexFixture.indexed(tmp, src)) {
            f.index.withSearcher(searcher -> {
                var reader = searcher.getIndexReader();
                for (String field : new String[] {Schema.NAME_WORDS, Schema.BODY_WORDS}) {
                    TreeSet<String> prefixes = new TreeSet<>();
                    Terms terms = MultiTerms.getTerms(reader, field);
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        String w = t.utf8ToString();
                        prefixes.add(w.substring(0, w.offsetByCodePoints(0, 1)));
                        if (w.codePointCount(0, w.length()) >= 2) {
                            prefixes.add(w.substring(0, w.offsetByCodePoints(0, 2)));
                        }
                    }
                    if (field.equals(Schema.BODY_WORDS)) {
                        assertThat(prefixes).contains("p", "pl", "e", "et"); // (accents folded)
                    }
                    FrequentWords.warm(reader, field, Ranking.PREFIX_EXPANSIONS);
                    for (String prefix : prefixes) {
                        List<BytesRef> scanned = FrequentWords.scan(reader, field, prefix, Ranking.PREFIX_EXPANSIONS);
                        assertThat(FrequentWords.startingWith(reader, field, prefix, Ranking.PREFIX_EXPANSIONS))
                                .as(field + " " + prefix).containsExactlyElementsOf(scanned);
                    }
                }
                assertThat(FrequentWords.startingWith(reader, Schema.BODY_WORDS, "pl", Ranking.PREFIX_EXPANSIONS)).hasSize(6);
                return null;
            });
        }
    }
}
