package org.collateralfinder.gui.common;

import javafx.scene.control.Label;

/**
 * A wrapping label never squeezed to fewer lines than its text takes at the width it has. In a page fitted to
 * the height of its scroll pane (the Report tab) the page is as tall as its parts' least heights, and a plain
 * wrapping label's least height is one line: a long sentence was cut to one line with "…". Its least height
 * is its height at its width, never at a narrower one (the columns beside it ask at their least width, where a
 * sentence wraps at every word, and the page grew hundreds of pixels of empty space).
 */
public final class WholeLabel extends Label {

    @Override
    protected double computeMinHeight(double width) {
        double at = Math.max(width, getWidth());
        return isWrapText() && at > 0 ? prefHeight(at) : super.computeMinHeight(width);
    }
}
