package org.collateralfinder.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.collateralfinder.model.FailureReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads small HTML pages in-process with jsoup (a linear-time, pure-Java parser, the one Tika's HTML
 * parser uses), skipping the worker round trip: the title, the author meta tag and the visible text.
 * Pages larger than {@link #MAX_BYTES} go to the isolated worker like any other format.
 */
public final class HtmlDecoder {

    public static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Set<String> HTML = Set.of("html", "htm", "xhtml");

    private HtmlDecoder() {
    }

    public static boolean handles(String extension, long size) {
        return HTML.contains(extension) && size <= MAX_BYTES;
    }

    public static Extraction decode(byte[] bytes, int maxChars) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            return Extraction.failed(FailureReason.CORRUPT,
                    "The page could not be read: " + e.getMessage() + ".");
        }
        Element body = doc.body();
        String text = body == null ? doc.text() : body.text();
        if (text.length() > maxChars) {
            text = text.substring(0, maxChars);
        }
        Element author = doc.selectFirst("meta[name=author]");
        return Extraction.ok(text, doc.title(), author == null ? null : author.attr("content"), 0, "text/html");
    }
}
