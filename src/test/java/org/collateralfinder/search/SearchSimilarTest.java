package org.collateralfinder.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "More like this": files similar in content, without the file itself and its copies. */
class SearchSimilarTest {

    @TempDir
    static Path tmp;
    static Path src;
    static IndexFixture f;

    @BeforeAll
    static void indexSamples() throws IOException {
        src = Files.createDirectories(tmp.resolve("Library"));
        OfficeFiles.text(src.resolve("Solar Panels Brochure.txt"), "Solar panels for warehouses: photovoltaic roofs, inverters, "
                + "battery storage and grid feed-in tariffs. Our photovoltaic roofs pay back in six years.");
        OfficeFiles.text(src.resolve("copies/Solar Panels Brochure.txt"), "Solar panels for warehouses: photovoltaic roofs, inverters, "
                + "battery storage and grid feed-in tariffs. Our photovoltaic roofs pay back in six years.");
        OfficeFiles.text(src.resolve("Inverter Datasheet.txt"), "Inverters and battery storage for photovoltaic roofs; "
                + "efficiency curves and feed-in limits.");
        OfficeFiles.text(src.resolve("Solar Carports.txt"), "Solar carports: photovoltaic roofs over parking, with battery storage "
                + "and inverters for charging.");
        OfficeFiles.text(src.resolve("Wind Turbines.txt"), "Wind turbines for farms: rotor blades, gearboxes and grid connection.");
        OfficeFiles.text(src.resolve("Catering Menu.txt"), "Lunch menu: soups, salads, sandwiches and coffee.");
        f = IndexFixture.indexed(tmp, src);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void findsFilesSimilarInContentButNotTheFileOrItsCopies() {
        // the wind turbines share one word ("grid") of the brochure's distinctive ones: too few to be similar;
        // the other two score alike (their order follows the order they were indexed in)
        SearchResult r = f.search.search(SearchRequest.like(src.resolve("Solar Panels Brochure.txt").toString(), 10));
        assertThat(r.hits()).extracting(SearchHit::fileName).containsExactlyInAnyOrder("Solar Carports.txt", "Inverter Datasheet.txt");
    }

    @Test
    void wordsNarrowTheSimilarFiles() {
        SearchResult r = f.search.search(new SearchRequest("parking", 10, Map.of(), SearchRequest.Order.RELEVANCE, false,
                src.resolve("Solar Panels Brochure.txt").toString()));
        assertThat(r.hits()).extracting(SearchHit::fileName).containsExactly("Solar Carports.txt");
    }

    @Test
    void aFileNotInTheIndexIsExplained() {
        String missing = src.resolve("nowhere.txt").toString();
        assertThatThrownBy(() -> f.search.search(SearchRequest.like(missing, 10))).isInstanceOf(CollateralException.class)
                .hasMessage("\"" + missing + "\" is not in the index; add its folder as a source and index it first.");
    }
}
