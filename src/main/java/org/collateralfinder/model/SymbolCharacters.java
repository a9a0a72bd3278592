package org.collateralfinder.model;

import java.util.Map;

/**
 * The characters of the Windows symbol fonts (Wingdings 1–3, Webdings, Monotype Sorts, Zapf Dingbats) as the Unicode
 * characters they look like: the common bullets, arrows and ticks by the byte of the character, anything else "•".
 * Slides are drawn with them where the font is not installed, and a reader's text gives symbol-font characters as
 * private-use characters (U+F020–U+F0FF: a Wingdings square bullet is U+F06E), which would show as boxes in snippets.
 * Every character maps to one UTF-16 character, so a text keeps its length and its page starts.
 */
public final class SymbolCharacters {

    /** Wingdings (and, for the letters, the Monotype Sorts / Zapf Dingbats shapes), by the byte of the character. */
    private static final Map<Integer, Character> WINGDINGS = Map.ofEntries(
            Map.entry(0x6C, '●'), Map.entry(0x6D, '❍'), Map.entry(0x6E, '■'), Map.entry(0x6F, '□'),
            Map.entry(0x70, '◻'), Map.entry(0x71, '❑'), Map.entry(0x72, '❒'), Map.entry(0x73, '⬧'),
            Map.entry(0x74, '⧫'), Map.entry(0x75, '◆'), Map.entry(0x76, '❖'), Map.entry(0x77, '⬥'),
            Map.entry(0x9F, '•'), Map.entry(0xA1, '○'), Map.entry(0xA7, '▪'), Map.entry(0xA8, '◻'),
            Map.entry(0xD8, '➢'), Map.entry(0xE0, '→'), Map.entry(0xE8, '➔'), Map.entry(0xF0, '⇨'),
            Map.entry(0xFB, '✗'), Map.entry(0xFC, '✓'), Map.entry(0xFE, '☑'));
    private static final char FIRST_PRIVATE = '\uF020';
    private static final char LAST_PRIVATE = '\uF0FF';

    private SymbolCharacters() {
    }

    /** The character a symbol font's character looks like (by its low byte), "•" when not known. */
    public static char dingbat(int c) {
        return WINGDINGS.getOrDefault(c & 0xFF, '•');
    }

    /** A text in a symbol font, each character (but spaces and tabs) as the one it looks like. */
    public static String dingbats(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c == ' ' || c == '\t' ? (char) c : dingbat(c)));
        return out.toString();
    }

    /** A read text with its symbol-font private-use characters as the characters they look like; the same length. */
    public static String inReadText(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) < FIRST_PRIVATE || text.charAt(i) > LAST_PRIVATE)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < n; i++) {
            if (chars[i] >= FIRST_PRIVATE && chars[i] <= LAST_PRIVATE) {
                chars[i] = dingbat(chars[i]);
            }
        }
        return new String(chars);
    }
}
