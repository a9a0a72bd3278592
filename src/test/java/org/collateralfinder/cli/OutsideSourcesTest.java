package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback and offline copies are for the files in the sources; withdrawing your feedback works on a file that is gone. */
class OutsideSourcesTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path source;
    private Path outside;

    @BeforeEach
    void sourceAndAFileOutsideIt() throws Exception {
        source = Files.createDirectories(dir.resolve("share"));
        Files.writeString(source.resolve("deck.txt"), "the deck");
        outside = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    @Test
    void feedbackOnAFileOutsideEverySourceIsRefusedNamingTheSources() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other share"));
        run("sources", "add", source.toString());
        run("sources", "add", other.toString());

        CliRun add = run("feedback", "add", outside.toString(), "--tag", "worked");

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.out()).isEmpty();
        assertThat(add.err()).isEqualTo(outside + " is not in a source (" + source + ", " + other + "); feedback and "
                + "offline copies are only for the files Collateral Finder indexes." + NL);
        assertThat(run("feedback", "list", "--json").json()).isEmpty();
    }

    @Test
    void feedbackWithoutAnySourceIsRefused() {
        CliRun add = run("feedback", "add", outside.toString(), "--tag", "worked");

        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).isEqualTo(outside + " is not in a source (there are none yet); feedback and offline "
                + "copies are only for the files Collateral Finder indexes." + NL);
    }

    @Test
    void pinningAFileOrFolderOutsideEverySourceIsRefused() throws Exception {
        run("sources", "add", source.toString());

        CliRun file = run("offline", "pin", outside.toString());
        CliRun folder = run("offline", "pin", dir.toString());
        CliRun inside = run("offline", "pin", source.resolve("deck.txt").toString());

        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).isEqualTo(outside + " is not in a source (" + source + "); feedback and offline copies "
                + "are only for the files Collateral Finder indexes." + NL);
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).isEqualTo(dir + " is not in a source (" + source + "); feedback and offline copies "
                + "are only for the files Collateral Finder indexes." + NL);
        assertThat(inside.exit()).isZero();
        assertThat(run("offline", "list", "--json").json().get("pins")).singleElement()
                .satisfies(pin -> assertThat(pin.get("path").textValue()).isEqualTo(source.resolve("deck.txt").toString()));
    }

    @Test
    void yourFeedbackOnAFileThatIsGoneCanBeWithdrawn() throws Exception {
        run("sources", "add", source.toString());
        Path deck = source.resolve("deck.txt");
        Path slides = Files.writeString(source.resolve("slides.txt"), "the slides");
        run("feedback", "add", deck.toString(), "--tag", "outdated", "--user", "alice");
        run("feedback", "add", deck.toString(), "--tag", "worked", "--user", "bob");
        run("feedback", "add", slides.toString(), "--tag", "worked", "--user", "alice");
        Files.delete(deck);

        CliRun removed = run("feedback", "remove", deck.toString(), "--user", "alice");
        CliRun again = run("feedback", "remove", deck.toString(), "--user", "alice");
        CliRun typo = run("feedback", "remove", source.resolve("dek.txt").toString(), "--user", "alice");

        assertThat(removed.exit()).isZero();
        assertThat(removed.out()).isEqualTo("Withdrew alice's feedback on " + deck + " (the file is gone)." + NL);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("The file " + deck + " does not exist, and alice has no feedback on it to "
                + "withdraw." + NL);
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("The file " + source.resolve("dek.txt") + " does not exist, and alice has no "
                + "feedback on it to withdraw." + NL);
        List<String> left = new ArrayList<>();
        run("feedback", "list", "--json").json().forEach(e -> left.add(e.get("user").textValue() + " " + e.get("path").textValue()));
        assertThat(left).containsExactlyInAnyOrder("bob " + deck, "alice " + slides);
    }

    @Test
    void withdrawingFromAFileOutsideEverySourceIsRefusedWithTheExitCodeOfEveryOtherRefusal() {
        run("sources", "add", source.toString());

        CliRun remove = run("feedback", "remove", outside.toString(), "--user", "u");

        assertThat(remove.exit()).isEqualTo(2);
        assertThat(remove.err()).isEqualTo("u has no feedback on this file to withdraw." + NL);
    }

    @Test
    void theFeedbackOnADeletedFileIsListedByItsPath() throws Exception {
        run("sources", "add", source.toString());
        Path deck = source.resolve("deck.txt");
        Files.writeString(source.resolve("other.txt"), "another file");
        run("index");
        run("feedback", "add", deck.toString(), "--tag", "outdated", "--user", "alice");
        Files.delete(deck);
        run("index"); // the index no longer holds it either

        CliRun list = run("feedback", "list", deck.toString(), "--json");
        CliRun typo = run("feedback", "list", source.resolve("dek.txt").toString());

        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.json()).singleElement().satisfies(entry -> {
            assertThat(entry.get("user").textValue()).isEqualTo("alice");
            assertThat(entry.get("path").textValue()).isEqualTo(deck.toString());
        });
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("The file " + source.resolve("dek.txt") + " does not exist." + NL);
    }

    /**
     * Re-test 9, NEW 2: a file replaced by a folder of the same name is gone as a deleted one is: its feedback is
     * listed and withdrawn by the path it was last seen at, before and after the next index run; the folder takes none.
     */
    @Test
    void theFeedbackOnAFileReplacedByAFolderIsListedAndWithdrawnByItsPath() throws Exception {
        run("sources", "add", source.toString());
        Path deck = source.resolve("deck.txt");
        run("index");
        run("feedback", "add", deck.toString(), "--tag", "outdated", "--user", "nl");
        Files.delete(deck);
        Files.writeString(Files.createDirectories(deck).resolve("inner.txt"), "inner");

        CliRun beforeIndexing = run("feedback", "list", deck.toString(), "--json");
        run("index"); // the index holds deck.txt/inner.txt now, and no file deck.txt
        CliRun list = run("feedback", "list", deck.toString(), "--json");
        CliRun add = run("feedback", "add", deck.toString(), "--tag", "worked", "--user", "nl");
        CliRun remove = run("feedback", "remove", deck.toString(), "--user", "nl");
        CliRun again = run("feedback", "remove", deck.toString(), "--user", "nl");
        CliRun listAgain = run("feedback", "list", deck.toString());

        for (CliRun listed : List.of(beforeIndexing, list)) {
            assertThat(listed.exit()).as(listed.err()).isZero();
            assertThat(listed.json()).singleElement().satisfies(entry -> {
                assertThat(entry.get("user").textValue()).isEqualTo("nl");
                assertThat(entry.get("path").textValue()).isEqualTo(deck.toString());
                assertThat(entry.get("tags").toString()).isEqualTo("[\"outdated\"]");
            });
        }
        assertThat(add.exit()).isEqualTo(2);
        assertThat(add.err()).isEqualTo(deck + " is a folder, not a file." + NL);
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).isEqualTo("Withdrew nl's feedback on " + deck + " (the file is gone)." + NL);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo(deck + " is a folder, not a file." + NL);
        assertThat(listAgain.exit()).isEqualTo(2);
        assertThat(listAgain.err()).isEqualTo(deck + " is a folder, not a file." + NL);
        assertThat(run("feedback", "list", "--json").json()).isEmpty();
    }

    @Test
    void aFixOutsideEverySourceIsRefusedBeforeAnythingIsAnswered() {
        run("sources", "add", source.toString());
        Path deck = source.resolve("deck.txt");
        run("feedback", "add", deck.toString(), "--tag", "outdated", "--user", "alice");

        CliRun respond = run("feedback", "respond", deck.toString(), "--status", "addressed", "--note", "Fixed.",
                "--fixed-by", outside.toString());

        assertThat(respond.exit()).isEqualTo(2);
        assertThat(respond.out()).isEmpty();
        assertThat(respond.err()).isEqualTo("The file that fixes it must be one the reps can find: " + outside
                + " is not in a source (" + source + "); feedback and offline copies are only for the files Collateral "
                + "Finder indexes." + NL);
    }
}
