package org.collateralfinder.slides;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.apache.poi.sl.draw.DrawFontManagerDefault;
import org.collateralfinder.model.SymbolCharacters;

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
        return SymbolCharacters.dingbats(text);
    }
}
