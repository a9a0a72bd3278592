package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;
import org.junit.jupiter.api.Test;

/**
 * The body's words as the index gets them, analysed the cheaper way (the splitter only on words with
 * parts, the text analysed once for both body fields), are exactly what the plain analysis chains give:
 * the same words, positions and offsets, so the index and every search stay as they were.
 */
class BodyAnalysisTest {

    /** Every kind of word the splitter treats differently, in prose. */
    private static final String TEXT = """
            The PowerPoint deck's Q3_PricingDeck_v2 numbers: 2024, 3.5%, $1,200 and x86-64 builds.
            Outer_haystack accent1 twitter.com O'Neil's iPhone HELLO Hello hello wi-fi e-mail 10am 4K
            Café naïve ÆON Straße résumé déjà-vu — “quoted” words, and ABCdef, abcDEF, aB, Ab, A, 7, 7a, a7.
            Über 日本語のテキスト Ελληνικά кириллица mixed123abc 123abc abc123 __init__ foo.bar.baz C++ C# F#.
            SHA-256 UTF-8 ISO-8859-1 https://example.com/path?q=1 user@example.com 555-1234 1.2.3 v2.0.1
            """;

    @Test
    void splittingOnlyWordsWithPartsGivesTheTokensOfSplittingEveryWord() throws IOException {
        String text = TEXT.repeat(3);
        for (Schema.Stemming stemming : Schema.Stemming.values()) {
            assertThat(tokens(new Schema.ProseAnalyzer(stemming, Schema.Use.INDEX), Schema.BODY, text))
                    .isEqualTo(tokens(splittingEveryWord(stemming == Schema.Stemming.STEMMED), Schema.BODY, text));
        }
    }

    @Test
    void bodyFieldsAnalysedOnceHoldTheTokensOfTheirAnalyzers() throws IOException {
        String text = TEXT.repeat(40); // more words than the first buffers hold
        Document doc = Schema.toDocument(file(text));
        Analyzer analyzer = Schema.indexAnalyzer();

        assertThat(tokens(indexed(doc, Schema.BODY), analyzer)).isEqualTo(tokens(analyzer, Schema.BODY, text));
        assertThat(tokens(indexed(doc, Schema.BODY_WORDS), analyzer)).isEqualTo(tokens(analyzer, Schema.BODY_WORDS, text));
        assertThat(doc.get(Schema.BODY)).isEqualTo(text);
    }

    @Test
    void aQueryKeepsEachWordWholeAtThePositionTheIndexGivesIt() throws IOException {
        // so a phrase with a word the index splits ("newfile1 content", "PowerPoint deck") lines up with the text
        for (Schema.Stemming stemming : Schema.Stemming.values()) {
            List<Token> indexed = positioned(new Schema.ProseAnalyzer(stemming, Schema.Use.INDEX).tokenStream(Schema.BODY, TEXT));
            List<Token> expected = new ArrayList<>();
            for (Token word : positioned(notSplitting(stemming == Schema.Stemming.STEMMED).tokenStream(Schema.BODY, TEXT))) {
                int position = indexed.stream().filter(t -> t.start() == word.start() && t.end() == word.end())
                        .mapToInt(Token::position).min().orElseThrow();
                Token atIndexPosition = new Token(word.term(), position, word.start(), word.end());
                assertThat(indexed).contains(atIndexPosition);
                expected.add(atIndexPosition);
            }
            assertThat(positioned(new Schema.ProseAnalyzer(stemming, Schema.Use.QUERY).tokenStream(Schema.BODY, TEXT)))
                    .isEqualTo(expected);
        }
    }

    @Test
    void anEmptyBodyIsStoredAndIndexedWithNoWords() throws IOException {
        Document doc = Schema.toDocument(file(""));

        assertThat(doc.get(Schema.BODY)).isEmpty();
        assertThat(tokens(indexed(doc, Schema.BODY), Schema.indexAnalyzer())).containsExactly("end 0 0");
        assertThat(doc.getFields(Schema.BODY_WORDS)).isEmpty();
    }

    /** The prose chain as it was: the word splitter (then flattened) on every word. */
    private static Analyzer splittingEveryWord(boolean stem) {
        int parts = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
                | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new FlattenGraphFilter(new WordDelimiterGraphFilter(source, parts, null));
                stream = new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)));
                return new TokenStreamComponents(source, stem ? new PorterStemFilter(stream) : stream);
            }
        };
    }

    /** The prose chain without the word splitter: each word as the tokenizer gives it. */
    private static Analyzer notSplitting(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
                return new TokenStreamComponents(source, stem ? new PorterStemFilter(stream) : stream);
            }
        };
    }

    record Token(String term, int position, int start, int end) {
    }

    /** Each token with its position counted from the first. */
    private static List<Token> positioned(TokenStream stream) throws IOException {
        List<Token> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return out;
    }

    private static IndexedFile file(String text) {
        return new IndexedFile("/share/Decks/Q3 deck.txt", "/share", "Q3 deck.txt", "/share/Decks", "txt", FileKind.ofExtension("txt"),
                text.length(), 1_700_000_000_000L, "hash", null, null, 0, "text/plain", text, null, null);
    }

    private static IndexableField indexed(Document doc, String name) {
        return Arrays.stream(doc.getFields(name)).filter(f -> f.fieldType().indexOptions() != IndexOptions.NONE)
                .findFirst().orElseThrow();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        return tokens(analyzer.tokenStream(field, text));
    }

    private static List<String> tokens(IndexableField field, Analyzer analyzer) throws IOException {
        return tokens(field.tokenStream(analyzer, null));
    }

    /** Each token as "word position-increment start-end", and the stream's end. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end " + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }
}
