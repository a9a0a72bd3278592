package org.collateralfinder.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.apache.poi.common.usermodel.fonts.FontInfo;
import org.collateralfinder.model.SymbolCharacters;
import org.junit.jupiter.api.Test;

class SymbolFontsTest {

    private static FontInfo font(String typeface) {
        return () -> typeface;
    }

    @Test
    void wingdingsBulletsAreDrawnAsWhatTheyLookLikeNotReadAsSymbolCharacters() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        SymbolFonts fonts = new SymbolFonts();
        // "§" is Wingdings' small square (POI read it as the Symbol font's club, ♣), "n" its black square
        String bullets = "\u00A7nl\u00D8\u00FC\uF0A7";
        try {
            assertThat(fonts.mapFontCharset(g, font("Monotype Sorts"), "nlu")).isEqualTo("■●◆");
            assertThat(SymbolCharacters.dingbats(bullets)).isEqualTo("▪■●➢✓▪");
            assertThat(fonts.mapFontCharset(g, font("Arial"), "§ n")).isEqualTo("§ n");
        } finally {
            g.dispose();
        }
    }
}
