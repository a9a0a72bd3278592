package org.collateralfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A document's body analysed once for the two fields that hold its words: {@link Schema#BODY_WORDS}
 * takes the words as typed, {@link Schema#BODY} the same words stemmed. Both analyzers share every step
 * but the last (stemming), so the text is split, lower-cased and folded once, the result kept, and each
 * field replays it: the same tokens, positions and offsets as running each analyzer on the text, at
 * about half the cost. The analysis runs when the first of the two fields is read by the index writer.
 * One document's, on one thread.
 */
final class BodyTokens {

    /** The as-typed body analyzer: everything the stemmed one does, less stemming. */
    private static final Analyzer AS_TYPED = new Schema.ProseAnalyzer(Schema.Stemming.AS_WRITTEN, Schema.Use.INDEX);

    private final String text;
    private boolean analysed;
    private char[] chars = new char[256];
    private int[] termEnds = new int[64];
    private int[] positionIncrements = new int[64];
    private int[] startOffsets = new int[64];
    private int[] endOffsets = new int[64];
    private int count;
    private int finalOffset;
    private int finalPositionIncrement;

    BodyTokens(String text) {
        this.text = text;
    }

    /** The words as typed, for {@link Schema#BODY_WORDS}. */
    TokenStream asTyped() {
        return new Replay();
    }

    /** The words stemmed, for {@link Schema#BODY}. */
    TokenStream stemmed() {
        return Schema.stemmed(new Replay());
    }

    private void analyse() {
        if (analysed) {
            return;
        }
        analysed = true;
        try (TokenStream stream = AS_TYPED.tokenStream(Schema.BODY_WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int used = 0;
            while (stream.incrementToken()) {
                if (count == termEnds.length) {
                    int size = count * 2;
                    termEnds = Arrays.copyOf(termEnds, size);
                    positionIncrements = Arrays.copyOf(positionIncrements, size);
                    startOffsets = Arrays.copyOf(startOffsets, size);
                    endOffsets = Arrays.copyOf(endOffsets, size);
                }
                int length = term.length();
                if (used + length > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
                }
                System.arraycopy(term.buffer(), 0, chars, used, length);
                used += length;
                termEnds[count] = used;
                positionIncrements[count] = increment.getPositionIncrement();
                startOffsets[count] = offset.startOffset();
                endOffsets[count] = offset.endOffset();
                count++;
            }
            stream.end();
            finalOffset = offset.endOffset();
            finalPositionIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a text in memory failed", e); // a String reader cannot fail
        }
    }

    /** The kept tokens, as a token stream. */
    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            analyse();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : termEnds[next - 1];
            term.copyBuffer(chars, from, termEnds[next] - from);
            increment.setPositionIncrement(positionIncrements[next]);
            offset.setOffset(startOffsets[next], endOffsets[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(finalPositionIncrement);
            offset.setOffset(finalOffset, finalOffset);
        }
    }
}
