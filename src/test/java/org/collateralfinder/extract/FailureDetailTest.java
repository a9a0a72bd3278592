package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.junit.jupiter.api.Test;

/** The reason a file could not be read names parsers by name, never by Java object identity (cli tester's report, item 20). */
class FailureDetailTest {

    @Test
    void aParserIsNamedWithoutItsObjectIdentity() {
        OOXMLParser parser = new OOXMLParser();
        TikaException failure = new TikaException("TIKA-198: Illegal IOException from " + parser,
                new IOException("Truncated ZIP file"));

        assertThat(TikaExtractor.oneLine(failure)).isEqualTo("the reading failed in OOXMLParser");
    }
}
