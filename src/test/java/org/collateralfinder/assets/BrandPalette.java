package org.collateralfinder.assets;

import java.awt.Color;
import java.util.Locale;

/** The colours of the fictional Northwind Analytics brand and of the app icon, in one place. */
final class BrandPalette {

    static final Color DEEP_BLUE = new Color(0x15, 0x3E, 0x75);
    static final Color TEAL = new Color(0x0F, 0x8B, 0x8D);
    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    static final Color LIGHT_TEAL = new Color(0xE3, 0xF3, 0xF2);
    static final Color PALE_BLUE = new Color(0xBF, 0xD7, 0xEA);

    private BrandPalette() {
    }

    /** {@code RRGGBB} without a hash, as OOXML wants it. */
    static String hex(Color color) {
        return String.format("%02X%02X%02X", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** {@code #rrggbb}, as HTML and OpenDocument want it. */
    static String cssHex(Color color) {
        return "#" + hex(color).toLowerCase(Locale.ROOT);
    }
}
