package org.collateralfinder.testing;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * A real Tika parser, on the test class path only, that never returns. It claims COBOL sources
 * ({@code *.cob}, detected by Tika from the name), overriding Tika's own parser for them there, so
 * the isolated worker must be killed by the per-file timeout.
 */
public final class HangingParser implements Parser {

    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.text("x-cobol"));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // keep hanging, as a stuck parser does
            }
        }
    }
}
