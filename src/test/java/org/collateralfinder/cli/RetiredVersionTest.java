package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curation re-test 21, finding 1: a file marketing retired and the file that replaces it are versions of one document
 * to the grouping (the same name in another folder with near-identical text, or the same name with a version marker).
 * They must stay two results, the replacement first, whichever of them is newer on disk: a retired file never stands
 * for a current one, and never hides under it as its "older version". Two laptops, one team folder, real indexes.
 */
class RetiredVersionTest {

    private static final String LIST = "Price list. Every product with its list price, the volume discounts for ten, fifty "
            + "and a hundred seats, the bundles with training and support, the terms of payment and the currencies we "
            + "quote in, the regions each price holds for and whom to ask about a special price for a public tender.";

    @TempDir
    Path dir;

    private Path team;
    private Path share;
    private Path oldList;
    private Path newList;
    private Path oldSheet;
    private Path newSheet;

    @BeforeEach
    void shareWithTwoYearsOfOnePriceList() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        team = Files.createDirectories(share.resolve(".collateral-feedback"));
        Files.setPosixFilePermissions(Files.createDirectories(team.resolve("curation")),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        // the same name in two folders, near-identical text: one document's versions to the grouping
        oldList = OfficeFiles.text(share.resolve("v/2025/price-list.txt"), LIST + " Edition 2025.", "2025-02-01T10:00:00Z");
        newList = OfficeFiles.text(share.resolve("v/2026/price-list.txt"), LIST + " Edition 2026.", "2026-02-01T10:00:00Z");
        // one folder, one name but for a version marker: versions by name
        oldSheet = OfficeFiles.text(share.resolve("d/datasheet v1.txt"), "Walrus datasheet, first edition.",
                "2025-03-01T10:00:00Z");
        newSheet = OfficeFiles.text(share.resolve("d/datasheet v2.txt"), "Walrus datasheet, second edition with specs.",
                "2026-03-01T10:00:00Z");
        for (String laptop : List.of("marketing", "rep")) {
            index(laptop);
            CliRun sync = run(laptop, "feedback", "sync", "--team-folder", team.toString());
            assertThat(sync.exit()).as(sync.err()).isZero();
        }
    }

    private void index(String laptop) {
        CliRun index = CliRun.of("index", "--source", share.toString(), "--data-dir", dir.resolve(laptop).toString());
        assertThat(index.exit()).as(index.err()).isZero();
    }

    private CliRun run(String laptop, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve(laptop).toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    private JsonNode search(String query) throws Exception {
        CliRun search = run("rep", "search", "--json", query);
        assertThat(search.err()).isEmpty();
        assertThat(search.exit()).isZero();
        return search.json();
    }

    private static List<String> paths(JsonNode result) {
        List<String> paths = new ArrayList<>();
        result.get("hits").forEach(hit -> paths.add(hit.get("path").textValue()));
        return paths;
    }

    private static List<String> versions(JsonNode hit) {
        List<String> paths = new ArrayList<>();
        hit.get("versions").forEach(path -> paths.add(path.textValue()));
        return paths;
    }

    private void retire(Path file, Path replacement) {
        CliRun curate = run("marketing", "curate", file.toString(), "--state", "retired", "--replaced-by",
                replacement.toString());
        assertThat(curate.exit()).as(curate.err()).isZero();
        assertThat(run("rep", "feedback", "sync").exit()).isZero();
    }

    @Test
    void aRetiredVersionAndItsReplacementAreTwoResultsTheReplacementFirstEvenWhenTheRetiredOneIsNewer() throws Exception {
        JsonNode before = search("tender");
        assertThat(paths(before)).containsExactly(newList.toString()); // not curated: one document, two versions
        assertThat(versions(before.get("hits").get(0))).containsExactly(oldList.toString());

        retire(oldList, newList);

        JsonNode after = search("tender");
        assertThat(paths(after)).containsExactly(newList.toString(), oldList.toString());
        assertThat(after.get("total").intValue()).isEqualTo(2);
        assertThat(versions(after.get("hits").get(0))).isEmpty();
        assertThat(versions(after.get("hits").get(1))).isEmpty();
        assertThat(after.get("hits").get(0).get("curation").isNull()).isTrue();
        assertThat(after.get("hits").get(1).get("curation").get("state").textValue()).isEqualTo("retired");
        assertThat(after.get("hits").get(1).get("curation").get("replaced_by").textValue()).isEqualTo(newList.toString());

        // the retired file becomes the newer one on disk (a touch, a copy, a restore): still two rows, it below
        Files.setLastModifiedTime(oldList, FileTime.from(Instant.parse("2026-06-01T10:00:00Z")));
        index("rep");
        JsonNode touched = search("tender");
        assertThat(paths(touched)).containsExactly(newList.toString(), oldList.toString());
        assertThat(versions(touched.get("hits").get(0))).isEmpty();
        assertThat(versions(touched.get("hits").get(1))).isEmpty();
        assertThat(touched.get("hits").get(0).get("newer_versions")).isEmpty();
        assertThat(touched.get("hits").get(1).get("newer_versions")).isEmpty();
    }

    @Test
    void aRetiredVersionByNameIsNotListedAsAnOlderVersionOfItsReplacement() throws Exception {
        retire(oldSheet, newSheet);

        JsonNode both = search("walrus");
        assertThat(paths(both)).containsExactly(newSheet.toString(), oldSheet.toString());
        assertThat(versions(both.get("hits").get(0))).isEmpty();
        assertThat(versions(both.get("hits").get(1))).isEmpty();

        // a search only the replacement matches does not list the retired file as its older version
        JsonNode specs = search("specs");
        assertThat(paths(specs)).containsExactly(newSheet.toString());
        assertThat(versions(specs.get("hits").get(0))).isEmpty();
    }
}
