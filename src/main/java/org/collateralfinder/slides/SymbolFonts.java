package org.collateralfinder.slides;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManagerDefault;

/**
 * Slides drawn without the Windows symbol fonts installed: POI reads the characters of a missing Wingdings
 * with the Symbol font's table, so a Wingdings "§" square bullet came out as "♣" and other bullets as
 * notes or Greek letters. The common bullets, arrows and ticks of Wingdings (2, 3), Webdings, Monotype Sorts
 * and Zapf Dingbats are drawn as the Unicode characters they look like, anything else of those fonts as
 * "•". The Symbol font keeps POI's own table, which is right for it.
 */
final class SymbolFonts extends DrawFontManagerDefault {

    private static final Set<String> DINGBAT_FONTS = Set.of("wingdings", "wingdings 2", "wingdings 3", "webdings",
            "monotype sorts", "zapf dingbats", "zapfdingbats", "itc zapf dingbats");
    /** Wingdings (and, for the letters, the Monotype Sorts / Zapf Dingbats shapes), by the byte of the character. */
    private static final Map<Integer, String> WINGDINGS = Map.ofEntries(
            Map.entry(0x6C, "●"), Map.entry(0x6D, "❍"), Map.entry(0x6E, "■"), Map.entry(0x6F, "□"),
            Map.entry(0x70, "◻"), Map.entry(0x71, "❑"), Map.entry(0x72, "❒"), Map.entry(0x73, "⬧"),
            Map.entry(0x74, "⧫"), Map.entry(0x75, "◆"), Map.entry(0x76, "❖"), Map.entry(0x77, "⬥"),
            Map.entry(0x9F, "•"), Map.entry(0xA1, "○"), Map.entry(0xA7, "▪"), Map.entry(0xA8, "◻"),
            Map.entry(0xD8, "➢"), Map.entry(0xE0, "→"), Map.entry(0xE8, "➔"), Map.entry(0xF0, "⇨"),
            Map.entry(0xFB, "✗"), Map.entry(0xFC, "✓"), Map.entry(0xFE, "☑"));

    private final Set<String> installed;

    SymbolFonts() {
        installed = Set.copyOf(Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .map(f -> f.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String mapFontCharset(Graphics2D graphics, FontInfo fontInfo, String text) {
        String face = fontInfo == null || fontInfo.getTypeface() == null ? "" : fontInfo.getTypeface().toLowerCase(Locale.ROOT);
        if (text == null || text.isEmpty() || !DINGBAT_FONTS.contains(face) || installed.contains(face)) {
            return super.mapFontCharset(graphics, fontInfo, text);
        }
        return dingbats(text);
    }

    /** The characters of a dingbat font as the Unicode characters they look like ("•" when unknown). */
    static String dingbats(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c == ' ' || c == '\t' ? Character.toString(c)
                : WINGDINGS.getOrDefault(c & 0xFF, "•")));
        return out.toString();
    }
}
