package org.collateralfinder.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.collateralfinder.model.FailureReason;

/**
 * Reads plain-text formats (txt, md, csv...) in-process: there is no parser to hang, so they skip the
 * worker round trip. UTF-8 (with or without BOM) and UTF-16 with BOM; anything else as Windows-1252.
 */
public final class PlainTextDecoder {

    private static final Set<String> PLAIN_TEXT = Set.of("txt", "md", "markdown", "csv", "tsv", "log", "text");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PlainTextDecoder() {
    }

    public static boolean handles(String extension) {
        return PLAIN_TEXT.contains(extension);
    }

    public static Extraction decode(byte[] bytes, String extension, int maxChars) {
        String text = decodeText(bytes);
        if (text.indexOf('\0') >= 0 && looksBinary(text)) {
            return Extraction.failed(FailureReason.CORRUPT,
                    "The file is named as text but holds binary data.");
        }
        if (text.length() > maxChars) {
            text = text.substring(0, maxChars);
        }
        String title = extension.equals("md") || extension.equals("markdown") ? markdownTitle(text) : null;
        String type = switch (extension) {
            case "md", "markdown" -> "text/markdown";
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            default -> "text/plain";
        };
        return Extraction.ok(text, title, null, 0, type);
    }

    static String decodeText(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 4096);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                controls++;
            }
        }
        return controls > sample / 10;
    }

    private static String markdownTitle(String text) {
        int pos = 0;
        int lines = 0;
        while (pos < text.length() && lines < 20) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(pos, end).strip();
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").strip();
                return title.isEmpty() ? null : title;
            }
            pos = end + 1;
            lines++;
        }
        return null;
    }
}
