package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slides export}: its JSON contract, its exit codes and its sentences, on real decks. */
class SlidesCommandTest {

    @TempDir
    Path temp;

    private Path data;
    private Path stress;
    private Path layouts;

    @BeforeEach
    void copyDecks() throws IOException {
        data = temp.resolve("data");
        // a # in the folder and file name: the slide number follows the last one
        Path folder = Files.createDirectories(temp.resolve("decks #1"));
        stress = Files.copy(Path.of("src/test/resources/pages/stress013.pptx"), folder.resolve("stress #13.pptx"));
        layouts = Files.copy(Path.of("src/test/resources/slides/layouts.pptx"), folder.resolve("layouts.pptx"));
    }

    @Test
    void exportPrintsTheDeckWrittenAndItsSlideCountAsJson() throws Exception {
        Path out = temp.resolve("deck.pptx");

        CliRun run = CliRun.of("slides", "export", "--to", out.toString(), stress + "#19", layouts + "#3", "--json",
                "--data-dir", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("output").asText()).isEqualTo(out.toString());
        assertThat(json.get("slides").asInt()).isEqualTo(2);
        assertThat(json.get("skipped")).isEmpty();
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("FPBench measures", "Section Title");
        }
    }

    @Test
    void slidesLeftOutAreListedWithTheirSentenceAndTheExitCodeSaysPartial() throws Exception {
        Path out = temp.resolve("deck.pdf");

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(),
                stress + "#40", layouts + "#2");

        assertThat(run.exit()).isEqualTo(SlidesCommand.PARTIAL);
        JsonNode json = run.json();
        assertThat(json.get("output").asText()).isEqualTo(out.toString());
        assertThat(json.get("slides").asInt()).isEqualTo(1);
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("slide").asText()).isEqualTo(stress + "#40");
        assertThat(json.get("skipped").get(0).get("reason").asText())
                .isEqualTo(stress + "#40 was left out: stress #13.pptx has 23 slides, so there is no slide 40.");

        CliRun human = CliRun.of("--data-dir", data.toString(), "slides", "export", "--force", "--to", out.toString(),
                stress + "#40", layouts + "#2");
        assertThat(human.exit()).isEqualTo(SlidesCommand.PARTIAL);
        assertThat(human.out()).isEqualTo("Wrote 1 slide to " + out + "; 1 slide was left out." + System.lineSeparator());
        assertThat(human.err()).isEqualTo(stress + "#40 was left out: stress #13.pptx has 23 slides, so there is no slide 40."
                + System.lineSeparator());
    }

    @Test
    void whenNoSlideCanBeCopiedNothingIsWrittenAndTheExitCodeIsOne() throws Exception {
        Path out = temp.resolve("deck.pptx");

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(),
                temp.resolve("gone.pptx") + "#1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().get("output").isNull()).isTrue();
        assertThat(run.json().get("slides").asInt()).isZero();
        assertThat(run.err()).isEqualTo("No slide could be copied, so no deck was written." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void usageMistakesAreOneSentenceAndExitCodeTwo() throws Exception {
        Path out = temp.resolve("deck.pptx");
        CliRun notANumber = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(), stress + "#first");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.err()).isEqualTo("'" + stress + "#first': the slide number after the last # must be a whole "
                + "number from 1 up (it was 'first')." + System.lineSeparator() + "Try 'collateral-finder slides export --help'."
                + System.lineSeparator());

        Files.writeString(out, "mine");
        CliRun exists = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(), stress + "#1");
        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err()).startsWith(out + " exists already; choose another name, or replace it (--force on the command line).");
        assertThat(out).hasContent("mine");

        CliRun sameAsSource = CliRun.of("--data-dir", data.toString(), "slides", "export", "--force", "--to", stress.toString(),
                stress + "#1");
        assertThat(sameAsSource.exit()).isEqualTo(2);
        assertThat(sameAsSource.err()).startsWith(stress + " is one of the files the slides come from");

        CliRun noSlides = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString());
        assertThat(noSlides.exit()).isEqualTo(2);
        assertThat(noSlides.err()).startsWith("Missing required parameter: 'FILE#N'");
    }
}
