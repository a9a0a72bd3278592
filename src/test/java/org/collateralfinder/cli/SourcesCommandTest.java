package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources on the command line (issue 17.1, 17.2, 17.16): what is refused, and what is listed. */
class SourcesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void anEmptyOrRelativeAliasIsRefusedAndNothingIsSaved() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path data = tmp.resolve("data");
        CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString());
        for (String alias : new String[] {"", "."}) {
            CliRun r = CliRun.of("sources", "alias", "--data-dir", data.toString(), share.toString(), alias);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).isEqualTo("\"" + alias + "\" is not an absolute path; give the full path the share "
                    + "is mounted at, such as Z:\\Marketing, \\\\fs01\\marketing or /Volumes/marketing.");
        }
        assertThat(CliRun.of("sources", "alias", "--data-dir", data.toString(), share.toString(), "Z:\\Marketing").exit()).isZero();
        JsonNode listed = CliRun.of("sources", "list", "--data-dir", data.toString(), "--json").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("path").asText()).isEqualTo(share.toString());
        assertThat(listed.get(0).get("reachable").asBoolean()).isTrue();
        assertThat(listed.get(0).get("aliases")).extracting(JsonNode::asText).containsExactly("Z:\\Marketing");
    }

    @Test
    void addingAnExistingSourceWithAnExcludeAddsTheExcludeAndSaysSo() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s60"));
        Path data = tmp.resolve("data");
        CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString());

        CliRun exclude = CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString(), "--exclude", "*.tmp");
        CliRun again = CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString(), "--exclude", "*.tmp");
        CliRun plain = CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString());

        assertThat(exclude.exit()).isZero();
        assertThat(exclude.out()).isEqualTo("Already a source: " + share + "; it now also leaves out *.tmp (files that "
                + "match leave the index at the next 'index' run)." + System.lineSeparator());
        assertThat(again.out()).isEqualTo("Already a source: " + share + "; it already leaves out *.tmp."
                + System.lineSeparator());
        assertThat(plain.out()).isEqualTo("Already a source: " + share + System.lineSeparator());
        JsonNode listed = CliRun.of("sources", "list", "--data-dir", data.toString(), "--json").json();
        assertThat(listed.get(0).get("excludes")).extracting(JsonNode::asText).containsExactly("*.tmp");
    }

    @Test
    void aDataFolderInsideTheSourceIsNotIndexedAndRunsAgreeOnTheCount() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("SRC"));
        OfficeFiles.text(src.resolve("brochure.txt"), "brochure for retail");
        OfficeFiles.text(src.resolve("sub/price list.txt"), "price list for retail");
        Path data = src.resolve("cfdata");
        JsonNode first = CliRun.of("index", "--data-dir", data.toString(), "--json", "--source", src.toString()).json();
        JsonNode second = CliRun.of("index", "--data-dir", data.toString(), "--json").json();
        JsonNode third = CliRun.of("index", "--data-dir", data.toString(), "--json").json();
        assertThat(first.get("files").asInt()).isEqualTo(2);
        for (JsonNode again : new JsonNode[] {second, third}) {
            assertThat(again.get("files").asInt()).isEqualTo(2);
            assertThat(again.get("added").asInt()).isZero();
            assertThat(again.get("failed").asInt()).isZero();
        }
        CliRun refused = CliRun.of("index", "--data-dir", data.toString(), "--source", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo(data + " is Collateral Finder's own data folder; add the folders "
                + "your documents are in.");
    }

    @Test
    void aSourceInsideAnotherIsRefusedWithASentence() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path product = Files.createDirectories(share.resolve("Product"));
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("sources", "add", "--data-dir", data.toString(), share.toString()).exit()).isZero();
        CliRun inner = CliRun.of("index", "--data-dir", data.toString(), "--source", product.toString());
        assertThat(inner.exit()).isEqualTo(2);
        assertThat(inner.err().strip()).isEqualTo(product + " is inside the source " + share + ", which already includes its files.");
    }
}
