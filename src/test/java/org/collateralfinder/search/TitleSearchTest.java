package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** title: searches the title a row shows (issue 17.8), and titles are shown without control characters (17.16). */
class TitleSearchTest {

    @TempDir
    static Path temp;
    static IndexFixture fixture;

    @BeforeAll
    static void index() throws Exception {
        Path src = Files.createDirectories(temp.resolve("src"));
        OfficeFiles.text(src.resolve("Brochure.txt"), "Our products at a glance.");
        OfficeFiles.text(src.resolve("brochure-2019.md"), "# Price list\nEvery price of 2019.");
        OfficeFiles.text(src.resolve("notes.md"), "# Retail brochure\nWhat the retail brochure says.");
        OfficeFiles.pdf(src.resolve("Datasheet.pdf"), "Solar Datasheet\u0000", "Panels and inverters.");
        fixture = IndexFixture.indexed(temp, src);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void titleFindsTheTitleTheRowShowsAlsoWhenItIsTheFileName() {
        assertThat(fixture.query("brochure").hits()).extracting(SearchHit::title)
                .contains("Brochure", "Retail brochure");
        assertThat(fixture.names("title:brochure")).containsExactlyInAnyOrder("Brochure.txt", "notes.md");
        assertThat(fixture.names("title:\"price list\"")).containsExactly("brochure-2019.md");
        assertThat(fixture.names("title:broch*")).containsExactlyInAnyOrder("Brochure.txt", "notes.md");
        assertThat(fixture.names("title:txt")).isEmpty();
    }

    @Test
    void aTitleEndingInANulCharacterIsShownAndFoundWithoutIt() {
        SearchHit pdf = fixture.query("title:datasheet").hits().getFirst();
        assertThat(pdf.fileName()).isEqualTo("Datasheet.pdf");
        assertThat(pdf.title()).isEqualTo("Solar Datasheet");
    }
}
