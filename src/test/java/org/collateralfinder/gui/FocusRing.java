package org.collateralfinder.gui;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Whether a control shows the keyboard focus. */
final class FocusRing {

    private FocusRing() {
    }

    /** Whether the control draws a ring of at least 2 px in an opaque colour around itself. */
    static boolean drawnAround(Region control) {
        var border = control.getBorder();
        return border != null && border.getStrokes().stream().anyMatch(s -> s.getWidths().getTop() >= 2
                && s.getTopStroke() instanceof Color c && c.getOpacity() > 0.5);
    }

    /** The contrast ratio of two colours, 1 to 21, as WCAG defines it (3 is the least for parts of controls). */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
