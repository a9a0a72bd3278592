package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.collateralfinder.index.Schema;
import org.junit.jupiter.api.Test;

/** How a search that found nothing is counted: one query for what the index's analyzer reads as one. */
class GapQueriesTest {

    @Test
    void caseAccentsAndSpacesAreFoldedAsTheAnalyzerFoldsThem() {
        assertThat(GapQueries.normalise("  Présentation\tÄrzte   naïve façade \n")).contains("presentation arzte naive facade");
        assertThat(GapQueries.normalise("Straße ÆON")).contains("strasse aeon");
        assertThat(GapQueries.normalise("GDPR Checklist")).isEqualTo(GapQueries.normalise("gdpr   checklist"));
        String raw = "Présentation Ärzte naïve façade Straße";
        assertThat(ForgivingWords.analyze(Schema.wordsAnalyzer(), Schema.BODY, GapQueries.normalise(raw).orElseThrow()))
                .isEqualTo(ForgivingWords.analyze(Schema.wordsAnalyzer(), Schema.BODY, raw));
    }

    @Test
    void filtersAndOperatorsStayAsTypedInLowerCase() {
        assertThat(GapQueries.normalise("Pricing type:PDF")).contains("pricing type:pdf");
        assertThat(GapQueries.normalise("gdpr AND \"data processing\"")).contains("gdpr and \"data processing\"");
    }

    @Test
    void aQueryOfFiltersOnlyBlankOrPastedIsNotCounted() {
        assertThat(GapQueries.normalise("path:\"/share/2025/price sheet.pdf\"")).isEmpty();
        assertThat(GapQueries.normalise("tag:worked curation:retired expires:<30d")).isEmpty();
        assertThat(GapQueries.normalise("modified:[2024-01 TO 2024-12] AND type:pdf")).isEmpty();
        assertThat(GapQueries.normalise("   ")).isEmpty();
        assertThat(GapQueries.normalise(null)).isEmpty();
        assertThat(GapQueries.normalise("word ".repeat(41))).isEmpty(); // 204 characters
        assertThat(GapQueries.normalise("word ".repeat(40))).isEqualTo(Optional.of(("word ".repeat(40)).strip()));
    }
}
