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
}
