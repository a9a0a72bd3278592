package org.collateralfinder.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * The committed sample collateral in {@code assets/sample-collateral} is exactly the expected set of files, and
 * Apache Tika reads from each the text and title that searches on first start depend on.
 */
class SampleCollateralTest {

    private static final Path SAMPLE_FOLDER = Path.of("assets", "sample-collateral");
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    /** File name, a phrase from its body, and its title metadata (null for formats without one). */
    static Stream<Arguments> sampleFiles() {
        return Stream.of(
                Arguments.of("Battlecard - vs Fabrikam.docx",
                        "Fabrikam charges separately for every connector",
                        "Battlecard: Northwind vs Fabrikam Insights"),
                Arguments.of("Case Study - Contoso Retail.docx",
                        "cut stockouts by 23 percent across 412 stores",
                        "Case Study: Contoso Retail"),
                Arguments.of("Customer FAQ.html",
                        "Choose the Frankfurt and Dublin regions at sign-up",
                        "Northwind Analytics Customer FAQ"),
                Arguments.of("Discount Approval Matrix.csv",
                        "Chief Financial Officer and Deal Desk",
                        null),
                Arguments.of("Manufacturing Quality Webinar.odp",
                        "Predictive maintenance reduced unplanned downtime by 31 percent",
                        "Manufacturing Quality Analytics Webinar"),
                Arguments.of("Northwind Platform Brochure 2026.pdf",
                        "one governed platform from raw data to decisions",
                        "Northwind Data Platform 2026"),
                Arguments.of("One-Pager - Healthcare Compliance.pdf",
                        "Northwind Guard masks protected health information automatically",
                        "Northwind for Healthcare: Compliance Built In"),
                Arguments.of("Partner Program.txt",
                        "Gold partners receive a 25 percent margin on resale",
                        null),
                Arguments.of("Pitch Deck - Retail Analytics.pptx",
                        "Every empty shelf costs a grocer about 4 percent of the basket",
                        "Retail Analytics with Northwind"),
                Arguments.of("Price Sheet Q3 2026.xlsx",
                        "Enterprise tier includes a named customer success manager",
                        "Northwind Price Sheet Q3 2026"),
                Arguments.of("Pricing Deck v1.pptx",
                        "Draft pricing for internal review only",
                        "Northwind Pricing and Packaging 2026"),
                Arguments.of("Pricing Deck v2 FINAL.pptx",
                        "Approved pricing effective July 1, 2026",
                        "Northwind Pricing and Packaging 2026"),
                Arguments.of("Product Overview.odt",
                        "Northwind Pulse refreshes dashboards every 30 seconds",
                        "Northwind Data Platform - Product Overview"),
                Arguments.of("Release Notes 2026.md",
                        "Natural-language questions in Northwind Pulse are now generally available",
                        null));
    }

    @Test
    void folderHoldsExactlyTheSampleFiles() throws IOException {
        List<String> expected = sampleFiles().map(arguments -> (String) arguments.get()[0]).toList();
        try (Stream<Path> files = Files.list(SAMPLE_FOLDER)) {
            List<String> actual = files.map(file -> file.getFileName().toString()).toList();
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void tikaExtractsPhraseAndTitle(String fileName, String phrase, String title)
            throws IOException, TikaException, SAXException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(SAMPLE_FOLDER.resolve(fileName))) {
            PARSER.parse(in, text, metadata, new ParseContext());
        }
        // Line breaks where a PDF, slide or plain-text line wraps are read as plain spaces.
        String singleSpaced = text.toString().replaceAll("\\s+", " ");

        assertThat(singleSpaced).contains(phrase);
        assertThat(metadata.get(TikaCoreProperties.TITLE)).isEqualTo(title);
    }
}
