package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.collateralfinder.model.FailureReason;
import org.junit.jupiter.api.Test;

class InProcessDecodersTest {

    @Test
    void htmlGivesTitleAuthorAndVisibleTextOnly() {
        String page = "<html><head><title>Customer FAQ</title><meta name=\"author\" content=\"Dana Ruiz\">"
                + "<style>p { color: red }</style><script>var secret = 1;</script></head>"
                + "<body><h1>FAQ</h1><p>Choose the Frankfurt region &amp; more.</p></body></html>";
        Extraction e = HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), 1_000);
        assertThat(e.title()).isEqualTo("Customer FAQ");
        assertThat(e.author()).isEqualTo("Dana Ruiz");
        assertThat(e.text()).isEqualTo("FAQ Choose the Frankfurt region & more.");
    }

    @Test
    void plainTextIsDecodedAsUtf8OrWindows1252AndMarkdownHeadingIsTheTitle() {
        byte[] latin = "R\u00e9sum\u00e9 of prices".getBytes(Charset.forName("windows-1252"));
        assertThat(PlainTextDecoder.decode(latin, "txt", 1_000).text()).isEqualTo("R\u00e9sum\u00e9 of prices");
        Extraction md = PlainTextDecoder.decode("\n# Release notes 2026\nPulse is GA.".getBytes(StandardCharsets.UTF_8), "md", 1_000);
        assertThat(md.title()).isEqualTo("Release notes 2026");
        assertThat(PlainTextDecoder.decode("abcdef".getBytes(StandardCharsets.UTF_8), "txt", 3).text()).isEqualTo("abc");
    }

    @Test
    void binaryBytesNamedAsTextAreReportedCorrupt() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 8);
        }
        assertThat(PlainTextDecoder.decode(binary, "txt", 1_000).failure()).isEqualTo(FailureReason.CORRUPT);
    }
}
