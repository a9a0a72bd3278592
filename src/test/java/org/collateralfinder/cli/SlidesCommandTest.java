package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.collateralfinder.slides.PptxPackageCheck;
import org.junit.jupiter.api.AfterEach;
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

    /** Every deck a test wrote has each relationship leading to a part of the right type (re-test 17). */
    @AfterEach
    void everyDeckWrittenIsWhole() throws Exception {
        PptxPackageCheck.assertDecksWhole(temp, "decks #1");
    }

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
        assertThat(human.out()).isEqualTo("Wrote 1 page to " + out + "; 1 slide was left out." + System.lineSeparator());
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
                + "number from 1 up, or a range as 2-4 (it was 'first')." + System.lineSeparator() + "Try 'collateral-finder slides export --help'."
                + System.lineSeparator());

        assertThat(CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(), layouts + "#2").exit())
                .isZero();
        byte[] earlier = Files.readAllBytes(out);
        CliRun exists = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(), stress + "#1");
        assertThat(exists.exit()).isEqualTo(2);
        // a target refused is no mistake in how the command was written: no "Try … --help" after it (slides re-test 22 #11)
        assertThat(exists.err()).isEqualTo(out + " exists already; choose another name, or replace it (--force on the command "
                + "line)." + System.lineSeparator());
        assertThat(Files.readAllBytes(out)).isEqualTo(earlier);
        Path mine = Files.writeString(temp.resolve("mine.pptx"), "mine");
        for (String force : List.of("--force", "--json")) { // replaced only if it is a deck the app exported
            CliRun notAnExport = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", mine.toString(),
                    stress + "#1", force);
            assertThat(notAnExport.exit()).isEqualTo(2);
            assertThat(notAnExport.err()).isEqualTo(mine + " exists and is not a deck Collateral Finder exported; it was left "
                    + "as it is. Choose another file name." + System.lineSeparator());
        }
        assertThat(mine).hasContent("mine");

        CliRun sameAsSource = CliRun.of("--data-dir", data.toString(), "slides", "export", "--force", "--to", stress.toString(),
                stress + "#1");
        assertThat(sameAsSource.exit()).isEqualTo(2);
        assertThat(sameAsSource.err()).startsWith(stress + " is one of the files the slides come from");

        CliRun noSlides = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString());
        assertThat(noSlides.exit()).isEqualTo(2);
        assertThat(noSlides.err()).startsWith("Missing required parameter: 'FILE#N'");
    }

    /** Re-test 12 #9: writing the deck failed (a folder that takes no new files) and --json printed nothing. */
    @Test
    void aDeckThatCannotBeWrittenIsSaidInTheSameJsonWithItsReason() throws Exception {
        Path proc = Path.of("/proc");
        assertThat(proc).isDirectory(); // Linux: a folder that exists and takes no new files

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to",
                proc.resolve("x.pptx").toString(), layouts + "#1", layouts + "#11");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("{\"output\":null,\"slides\":0,\"skipped\":[{\"slide\":\"" + layouts + "#11\","
                + "\"reason\":\"" + layouts + "#11 was left out: layouts.pptx has 10 slides, so there is no slide 11.\"}],"
                + "\"reason\":\"The deck could not be written in /proc: that folder takes no new files.\",\"warnings\":[]}"
                + System.lineSeparator());
        assertThat(run.err()).isEqualTo("The deck could not be written in /proc: that folder takes no new files."
                + System.lineSeparator());

        CliRun human = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", proc.resolve("x.pptx").toString(),
                layouts + "#1");
        assertThat(human.exit()).isEqualTo(1);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).isEqualTo("The deck could not be written in /proc: that folder takes no new files."
                + System.lineSeparator());

        Path out = temp.resolve("deck.pptx");
        CliRun written = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(), layouts + "#1");
        assertThat(written.out()).isEqualTo("{\"output\":\"" + out + "\",\"slides\":1,\"skipped\":[],\"reason\":null,\"warnings\":[]}"
                + System.lineSeparator());
        CliRun none = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", temp.resolve("none.pptx").toString(),
                layouts + "#12");
        assertThat(none.json().get("reason").asText()).isEqualTo("No slide could be copied, so no deck was written.");
    }

    /** Re-test 12 #10, #11, #12: what was typed is said back as typed, and each case in its own words. */
    @Test
    void slidesThatCannotBeHadAreSaidInTheirOwnWordsAsTyped() throws Exception {
        Path archive = temp.resolve("decks #1/arc.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new ZipEntry("inner/sample.pptx"));
            zip.write(Files.readAllBytes(layouts));
            zip.closeEntry();
        }
        Path old = Files.copy(Path.of("src/test/resources/slides/pp40only.ppt"), temp.resolve("decks #1/pp40only.ppt"));
        Path out = temp.resolve("deck.pptx");

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(),
                layouts + "#99999999999999999999", archive + "!/inner/sample.pptx#1", old + "#1", layouts + "#2");

        assertThat(run.exit()).isEqualTo(SlidesCommand.PARTIAL);
        JsonNode skipped = run.json().get("skipped");
        assertThat(skipped).extracting(s -> s.get("slide").asText()).containsExactly(layouts + "#99999999999999999999",
                archive + "!/inner/sample.pptx#1", old + "#1");
        assertThat(skipped).extracting(s -> s.get("reason").asText()).containsExactly(
                layouts + "#99999999999999999999 was left out: layouts.pptx has 10 slides, so there is no slide "
                        + "99999999999999999999.",
                archive + "!/inner/sample.pptx#1 was left out: sample.pptx is inside the archive arc.zip, and files inside "
                        + "archives cannot give slides; take the file out of the archive first.",
                old + "#1 was left out: pp40only.ppt is in a PowerPoint format too old to be read (PowerPoint 95 or "
                        + "earlier); save it again in a newer PowerPoint first.");
    }

    /**
     * Re-test 17 #3 and #4: {@code --force} replaced another indexed deck of a source with a 1-slide scratch deck, and
     * decks were written into the data folder, even into {@code index/}. Both are refused with a sentence, forced or not,
     * as the feedback report refuses the data folder; a new file in a source and a forced file elsewhere are written.
     */
    @Test
    void aDeckNeverReplacesAFileOfASourceAndNeverGoesIntoTheDataFolder() throws Exception {
        Path folder = layouts.getParent();
        assertThat(CliRun.of("--data-dir", data.toString(), "sources", "add", folder.toString()).exit()).isZero();
        Path other = Files.copy(Path.of("src/test/resources/slides/testPPT.pptx"), folder.resolve("themes.pptx"));
        byte[] before = Files.readAllBytes(other);

        CliRun forced = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", other.toString(), layouts + "#2",
                "--force", "--json");

        assertThat(forced.exit()).isEqualTo(2);
        assertThat(forced.err()).startsWith(other + " is a file in the source folder " + folder + ", and files in the sources "
                + "are never replaced; save the deck under a new name or in another folder." + System.lineSeparator());
        assertThat(Files.readAllBytes(other)).isEqualTo(before);

        Files.createDirectories(data.resolve("index"));
        for (Path inData : List.of(data.resolve("indata.pptx"), data.resolve("index/x.pdf"))) {
            CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", inData.toString(), layouts + "#2");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("The deck cannot be written into the data folder " + data + "; choose a file "
                    + "elsewhere." + System.lineSeparator());
            assertThat(inData).doesNotExist();
        }

        Path fresh = folder.resolve("new deck.pptx");
        assertThat(CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", fresh.toString(), layouts + "#2").exit())
                .isZero();
        Path outside = temp.resolve("earlier.pptx");
        assertThat(CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", outside.toString(), layouts + "#3")
                .exit()).isZero();
        assertThat(CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", outside.toString(), layouts + "#2",
                "--force").exit()).isZero();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(outside))) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Title");
        }
    }

    /**
     * Slides re-test 20 #3: with another data folder named (a publish folder, a test folder), {@code --force} replaced a
     * source deck of the main data folder, and decks went into its {@code index/}: the protections knew only the data
     * folder named. A folder holding the data-folder marker is refused whichever data folder is in use, and
     * {@code --force} replaces only a deck the app exported.
     */
    @Test
    void anotherDataFoldersSourcesAndIndexAreLeftAlone() throws Exception {
        assertThat(CliRun.of("--data-dir", data.toString(), "sources", "add", layouts.getParent().toString()).exit()).isZero();
        assertThat(data.resolve(".collateral-finder-data")).exists();
        Files.createDirectories(data.resolve("index"));
        Path data2 = temp.resolve("data2");
        byte[] before = Files.readAllBytes(layouts);

        CliRun forced = CliRun.of("--data-dir", data2.toString(), "slides", "export", "--to", layouts.toString(), stress + "#1",
                "--force");

        assertThat(forced.exit()).isEqualTo(2);
        assertThat(forced.err()).startsWith(layouts + " exists and is not a deck Collateral Finder exported; it was left as it "
                + "is. Choose another file name." + System.lineSeparator());
        assertThat(Files.readAllBytes(layouts)).isEqualTo(before);
        for (Path inData : List.of(data.resolve("index/y.pdf"), data.resolve("x.pptx"))) {
            for (String json : List.of("--json", "--force")) {
                CliRun run = CliRun.of("--data-dir", data2.toString(), "slides", "export", "--to", inData.toString(),
                        stress + "#1", json);
                assertThat(run.exit()).isEqualTo(2);
                assertThat(run.err()).startsWith("The deck cannot be written into " + data + ", a Collateral Finder data "
                        + "folder (it holds .collateral-finder-data); choose a file elsewhere." + System.lineSeparator());
                assertThat(inData).doesNotExist();
            }
        }
    }

    /** Re-test 17 #5: a SmartArt slide drawn into a PDF is said per slide, in the JSON and on stderr. */
    @Test
    void aSlideDrawnWithoutItsDiagramIsSaidInTheJsonAndOnStderr() throws Exception {
        Path groups = Files.copy(Path.of("src/test/resources/slides/testPPT_groups.pptx"), layouts.resolveSibling("groups.pptx"));
        String said = groups + "#2 is in the deck without its SmartArt diagram: a diagram cannot be drawn into the picture "
                + "of the slide, so the slide may be blank where it was (in a PPTX deck it stays a diagram when it can be copied).";

        CliRun json = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to",
                temp.resolve("d.pdf").toString(), groups + "#2", layouts + "#1");
        CliRun human = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", temp.resolve("e.pdf").toString(),
                groups + "#2", layouts + "#1");

        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.json().get("warnings").size()).isEqualTo(1);
        assertThat(json.json().get("warnings").get(0).get("slide").asText()).isEqualTo(groups + "#2");
        assertThat(json.json().get("warnings").get(0).get("warning").asText()).isEqualTo(said);
        assertThat(json.json().get("skipped").size()).isZero();
        assertThat(human.exit()).isZero();
        assertThat(human.err()).isEqualTo(said + System.lineSeparator());
        assertThat(human.out()).isEqualTo("Wrote 2 pages to " + temp.resolve("e.pdf") + "." + System.lineSeparator());
    }

    /**
     * s15 report, minor 4: a deck changed on disk since it was indexed was exported from as it is now without a word,
     * while search still named its slides as they were. The export says so, once for the deck, as a warning (in the
     * JSON's {@code warnings}, on stderr without --json); a deck only touched (its time changed, its bytes the same) is
     * not changed.
     */
    @Test
    void aDeckChangedSinceItWasIndexedIsSaid() throws Exception {
        CliRun index = CliRun.of("index", "--data-dir", data.toString(), "--source", layouts.getParent().toString());
        assertThat(index.exit()).as(index.err()).isZero();
        Files.copy(Path.of("src/test/resources/slides/testPPT.pptx"), layouts, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(stress, FileTime.fromMillis(Files.getLastModifiedTime(stress).toMillis() + 60_000));
        String said = "layouts.pptx changed since it was indexed: its slide numbers refer to the file as it is now, "
                + "while search names its slides as they were until the next index run.";

        CliRun json = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to",
                temp.resolve("d.pptx").toString(), layouts + "#2", stress + "#19", layouts + "#3");
        CliRun human = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to",
                temp.resolve("e.pptx").toString(), layouts + "#2", stress + "#19");

        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.json().get("slides").asInt()).isEqualTo(3);
        assertThat(json.json().get("warnings").size()).isEqualTo(1);
        assertThat(json.json().get("warnings").get(0).get("slide").asText()).isEqualTo(layouts + "#2");
        assertThat(json.json().get("warnings").get(0).get("warning").asText()).isEqualTo(said);
        assertThat(human.exit()).as(human.err()).isZero();
        assertThat(human.err()).isEqualTo(said + System.lineSeparator());
        assertThat(human.out()).isEqualTo("Wrote 2 slides to " + temp.resolve("e.pptx") + "." + System.lineSeparator());
    }

    /** Re-test 12 #12: an empty --to is asked for as a file name; a path ending in / names a folder, not a deck. */
    @Test
    void anEmptyTargetAndAPathEndingInASlashAreUsageMistakesSaidAsSuch() {
        CliRun empty = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", "", layouts + "#1");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).startsWith("Invalid value for option '--to': the path is empty; give the deck's file name, "
                + "ending in .pptx or .pdf (meeting.pptx)." + System.lineSeparator());

        Path out = temp.resolve("deck.pptx");
        CliRun file = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(), layouts + "/#1");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).startsWith("'" + layouts + "/#1' names a folder (its path ends with /): slides come from a deck "
                + "or a PDF, as in deck.pptx#7." + System.lineSeparator());
        CliRun folder = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(),
                layouts.getParent() + "/#1");
        assertThat(folder.err()).startsWith("'" + layouts.getParent() + "/#1' names a folder (its path ends with /)");
        assertThat(out).doesNotExist();
        // slides re-test 20 #7: "--to out/y.pptx/" wrote the file out/y.pptx
        CliRun slash = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out + "/", layouts + "#1");
        assertThat(slash.exit()).isEqualTo(2);
        assertThat(slash.err()).startsWith("Invalid value for option '--to': '" + out + "/' names a folder (its path ends "
                + "with /); give the deck's file name, ending in .pptx or .pdf (meeting.pptx)." + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    /** Re-test 12 #14: 208 pages into a PPTX took 52 s without a word; a long export says how far it is on stderr. */
    @Test
    void aLongExportSaysHowFarItIsOnStderrAndJsonStaysOneObject() throws Exception {
        Path pdf = temp.resolve("decks #1/sixty.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 60; i++) {
                document.addPage(new PDPage());
            }
            document.save(pdf.toFile());
        }
        String[] pages = IntStream.rangeClosed(1, 60).mapToObj(n -> pdf + "#" + n).toArray(String[]::new);
        List<String> human = new ArrayList<>(List.of("--data-dir", data.toString(), "slides", "export", "--to",
                temp.resolve("all.pdf").toString()));
        human.addAll(List.of(pages));

        CliRun run = CliRun.of(human.toArray(String[]::new));

        assertThat(run.exit()).as(run.err()).isZero();
        // a PDF has pages (re-test 17: "Wrote 200 slides to big.pdf")
        assertThat(run.err()).isEqualTo("Copied 25 of 60 pages…" + System.lineSeparator() + "Copied 50 of 60 pages…"
                + System.lineSeparator());
        assertThat(run.out()).isEqualTo("Wrote 60 pages to " + temp.resolve("all.pdf") + "." + System.lineSeparator());

        List<String> json = new ArrayList<>(List.of("--data-dir", data.toString(), "slides", "export", "--json", "--to",
                temp.resolve("all.pptx").toString()));
        json.addAll(List.of(pages).subList(0, 30));
        CliRun quiet = CliRun.of(json.toArray(String[]::new));
        assertThat(quiet.exit()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out().lines()).hasSize(1);
        assertThat(quiet.json().get("slides").asInt()).isEqualTo(30);
    }
    /**
     * Slides re-test 25 #4: {@code layouts.pptx#1-1000} on a 10-slide deck printed one sentence for each of the 990
     * slides it lacks. The slides past the end are said in one sentence naming them and the deck's count.
     */
    @Test
    void aRangePastTheDecksEndIsSaidInOneSentence() throws Exception {
        Path out = temp.resolve("deck.pptx");

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(),
                layouts + "#9-1000", stress + "#30-40", layouts + "#2");

        assertThat(run.exit()).as(run.err()).isEqualTo(SlidesCommand.PARTIAL);
        JsonNode json = run.json();
        assertThat(json.get("slides").asInt()).isEqualTo(3);
        assertThat(json.get("skipped")).extracting(s -> s.get("slide").asText())
                .containsExactly(layouts + "#11-1000", stress + "#30-40");
        assertThat(json.get("skipped")).extracting(s -> s.get("reason").asText()).containsExactly(
                layouts + "#11-1000 was left out: layouts.pptx has 10 slides, so there are no slides 11 to 1000.",
                stress + "#30-40 was left out: stress #13.pptx has 23 slides, so there are no slides 30 to 40.");
        try (InputStream in = Files.newInputStream(out); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Picture with Caption",
                    "Headers & Footers", "Title");
        }

        CliRun human = CliRun.of("--data-dir", data.toString(), "slides", "export", "--force", "--to", out.toString(),
                layouts + "#9-1000");
        assertThat(human.exit()).isEqualTo(SlidesCommand.PARTIAL);
        assertThat(human.err()).isEqualTo(layouts + "#11-1000 was left out: layouts.pptx has 10 slides, so there are no "
                + "slides 11 to 1000." + System.lineSeparator());
        assertThat(human.out()).isEqualTo("Wrote 2 slides to " + out + "; 990 slides were left out." + System.lineSeparator());
    }

    /**
     * Slides re-test 25 #1: {@code layouts.pptx#2147483647-2147483647} ran for six minutes, took 6 GB and ended in an
     * OutOfMemoryError (the count past the largest int never ended); the same with 2147483648 and 5000000000. A range is
     * checked against the deck's slide count before it is counted out, and said as typed, as a single number is.
     */
    @Test
    void aRangeOfNumbersTooLargeToCountIsSaidAsTypedLikeOneNumber() throws Exception {
        Path out = temp.resolve("deck.pptx");

        CliRun run = CliRun.of("--data-dir", data.toString(), "slides", "export", "--json", "--to", out.toString(),
                layouts + "#2147483647-2147483647", layouts + "#2147483648-2147483648", layouts + "#5000000000-5000000000",
                layouts + "#2147483000-2147483647");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.json().get("skipped")).extracting(s -> s.get("reason").asText()).containsExactly(
                layouts + "#2147483647-2147483647 was left out: layouts.pptx has 10 slides, so there is no slide 2147483647.",
                layouts + "#2147483648-2147483648 was left out: layouts.pptx has 10 slides, so there is no slide 2147483648.",
                layouts + "#5000000000-5000000000 was left out: layouts.pptx has 10 slides, so there is no slide 5000000000.",
                layouts + "#2147483000-2147483647 was left out: layouts.pptx has 10 slides, so there are no slides 2147483000 "
                        + "to 2147483647.");
        assertThat(out).doesNotExist();

        CliRun backwards = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(),
                layouts + "#5000000001-5000000000");
        assertThat(backwards.exit()).isEqualTo(2);
        assertThat(backwards.err()).startsWith("'" + layouts + "#5000000001-5000000000' runs backwards: write it as "
                + layouts + "#5000000000-5000000001." + System.lineSeparator());
        CliRun tooMany = CliRun.of("--data-dir", data.toString(), "slides", "export", "--to", out.toString(),
                layouts + "#2147483647-2147484647");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).startsWith("'" + layouts + "#2147483647-2147484647' names more than 1,000 slides: name at "
                + "most that many in one range." + System.lineSeparator());
    }
}
