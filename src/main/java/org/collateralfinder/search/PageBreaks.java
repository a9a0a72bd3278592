package org.collateralfinder.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import org.collateralfinder.model.PageStarts;

/**
 * The snippets' breaks ({@code inner}) with every page start a break that no passage runs over: the highlighter
 * builds a passage from a match to the breaks around it, so without this a passage near a page's end took in the
 * next page's matches too and was credited to the first page, and the next page, all its matches taken, was never
 * a page hit (issue 15: "Picture with Caption" named slides 8 and 7 of layouts.pptx, not slide 9, the one with all
 * three words). The highlighter asks only {@link #preceding} and {@link #following} around a match, and
 * {@link #first}/{@link #next} for a summary; the rest is passed on.
 */
final class PageBreaks extends BreakIterator {

    private final BreakIterator inner;
    private final PageStarts pages;
    private int length;

    PageBreaks(BreakIterator inner, PageStarts pages) {
        this.inner = inner;
        this.pages = pages;
    }

    @Override
    public void setText(String text) {
        inner.setText(text);
        length = text.length();
    }

    @Override
    public void setText(CharacterIterator text) {
        inner.setText(text);
        length = text.getEndIndex();
    }

    @Override
    public CharacterIterator getText() {
        return inner.getText();
    }

    /** The last break before {@code offset}: the inner one, or the start of the page the character before it is on. */
    @Override
    public int preceding(int offset) {
        int before = inner.preceding(offset);
        if (pages.isEmpty() || offset <= 0) {
            return before;
        }
        int page = pages.pageOf(offset - 1);
        if (page == 0) { // past where the pages end: that end is a break too
            return before == DONE ? pages.end() : Math.max(before, pages.end());
        }
        int start = pages.start(page);
        int pageStart = start <= offset - 1 ? start : 0; // text ahead of the first page belongs to none
        return before == DONE ? pageStart : Math.max(before, pageStart);
    }

    /** The first break after {@code offset}: the inner one, or the end of the page the character at it is on. */
    @Override
    public int following(int offset) {
        int after = inner.following(offset);
        if (pages.isEmpty()) {
            return after;
        }
        int page = pages.pageOf(offset);
        if (page == 0) { // past where the pages end: no page's text, no page's break
            return after;
        }
        int pageEnd = pages.end(page, length);
        if (pageEnd <= offset) {
            return after;
        }
        return after == DONE ? pageEnd : Math.min(after, pageEnd);
    }

    @Override
    public int first() {
        return inner.first();
    }

    @Override
    public int last() {
        return inner.last();
    }

    @Override
    public int next(int n) {
        return inner.next(n);
    }

    @Override
    public int next() {
        return inner.next();
    }

    @Override
    public int previous() {
        return inner.previous();
    }

    @Override
    public int current() {
        return inner.current();
    }
}
