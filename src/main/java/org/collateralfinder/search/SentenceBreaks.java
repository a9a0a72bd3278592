package org.collateralfinder.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence-like breaks for snippets, found by looking only at the characters near the asked position:
 * after {@code . ! ?} followed by white space, and at line ends. The JDK's rule-based sentence iterator
 * walks back over the whole text for each passage, which made highlighting long files the slowest part
 * of a search.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = nextBoundaryAfter(current);
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n; i++) {
            result = next();
        }
        for (int i = 0; i > n; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = boundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        current = offset >= text.length() ? DONE : nextBoundaryAfter(offset);
        if (current == DONE) {
            current = text.length();
            return DONE;
        }
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = boundaryBefore(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || isBreakAt(offset);
    }

    /** The first boundary after {@code from} (the text's end at the latest). */
    private int nextBoundaryAfter(int from) {
        for (int i = from + 1; i < text.length(); i++) {
            if (isBreakAt(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code from} (0 at the earliest). */
    private int boundaryBefore(int from) {
        for (int i = from - 1; i > 0; i--) {
            if (isBreakAt(i)) {
                return i;
            }
        }
        return 0;
    }

    /** A sentence starts at {@code i}: after a line end, or after . ! ? and white space. */
    private boolean isBreakAt(int i) {
        char before = text.charAt(i - 1);
        if (before == '\n' || before == '\r') {
            return text.charAt(i) != '\n';
        }
        if (!Character.isWhitespace(before) || Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
            j--;
        }
        char end = text.charAt(j);
        return end == '.' || end == '!' || end == '?';
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text of length " + text.length());
        }
    }
}
