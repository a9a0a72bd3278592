package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.collateralfinder.sources.ContentHasher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline command line: its sentences, its JSON shapes and its exit codes, run in-process. */
class OfflineCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path data;
    private Path share;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void createShare() throws IOException {
        data = tmp.resolve("data");
        share = Files.createDirectories(tmp.resolve("share"));
        assertThat(run("sources", "add", share.toString()).exit()).isZero(); // pins are for files in a source
    }

    private Run run(String... args) {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        if (all.size() >= 2 && !all.get(1).startsWith("-")) {
            all.add(2, "--data-dir=" + data); // after "offline SUBCOMMAND"
        }
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[bytes]);
    }

    private Path copyRoot(Path pinned) {
        String hash16 = ContentHasher.hash(pinned.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return data.resolve("offline/files").resolve(hash16).resolve(pinned.getFileName().toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void listJsonHasTheContractShape() throws IOException {
        Path pricing = share.resolve("Pricing");
        write(pricing.resolve("Retail.xlsx"), 1000);
        write(pricing.resolve("Legal/Terms.pdf"), 24);
        Path deck = write(share.resolve("Deck.pptx"), 2048);
        assertThat(run("offline", "pin", pricing.toString()).exit()).isZero();
        assertThat(run("offline", "pin", deck.toString()).exit()).isZero();

        Run r = run("offline", "list", "--json");

        assertThat(r.exit()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(fieldNames(o)).containsExactly("used_bytes", "budget_bytes", "pins");
        assertThat(o.get("used_bytes").asLong()).isEqualTo(3072);
        assertThat(o.get("budget_bytes").asLong()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(o.get("pins")).hasSize(2);
        JsonNode first = o.get("pins").get(0);
        assertThat(fieldNames(first)).containsExactly("path", "copy", "size", "pinned_at", "folder");
        assertThat(first.get("path").asText()).isEqualTo(deck.toString());
        assertThat(first.get("copy").asText()).isEqualTo(copyRoot(deck).toString());
        assertThat(first.get("size").asLong()).isEqualTo(2048);
        assertThat(first.get("pinned_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(first.get("folder").isBoolean()).isTrue();
        assertThat(first.get("folder").asBoolean()).isFalse();
        JsonNode second = o.get("pins").get(1);
        assertThat(second.get("path").asText()).isEqualTo(pricing.toString());
        assertThat(second.get("copy").asText()).isEqualTo(copyRoot(pricing).toString());
        assertThat(second.get("size").asLong()).isEqualTo(1024);
        assertThat(second.get("folder").asBoolean()).isTrue();
    }

    /** b13d: a file pinned while its share was at an alias was called a "pinned folder" when pinned again. */
    @Test
    void aFilePinnedAtAnAliasOfItsShareIsNamedAsAFileWhenPinnedAgain() throws IOException {
        Path mirror = tmp.resolve("mirror");
        write(share.resolve("p1.txt"), 10);
        assertThat(run("sources", "alias", share.toString(), mirror.toString()).exit()).isZero();
        Files.move(share, mirror); // the share is at its alias only
        assertThat(run("index", "--data-dir=" + data).exit()).isZero();
        assertThat(run("offline", "pin", mirror.resolve("p1.txt").toString()).exit()).isZero();
        Files.move(mirror, share); // and back at its path
        assertThat(run("index", "--data-dir=" + data).exit()).isZero();

        assertThat(run("offline", "pin", share.resolve("p1.txt").toString()).out())
                .isEqualTo(share.resolve("p1.txt") + " is already available offline: it was pinned as "
                        + mirror.resolve("p1.txt") + "; nothing needed copying.\n");
    }

    @Test
    void pinUnpinAndListSpeakInSentences() throws IOException {
        Path pricing = share.resolve("Pricing");
        write(pricing.resolve("Retail.xlsx"), 1024);
        write(pricing.resolve("Wholesale.xlsx"), 512);

        assertThat(run("offline", "list").out())
                .isEqualTo("Nothing is pinned for offline use yet; pin a file or folder with 'offline pin PATH'.\n");
        assertThat(run("offline", "pin", pricing.toString()).out())
                .isEqualTo("Pinned " + pricing + " for offline use: 2 files, 1.5 KB; 2 GB of the offline budget is free.\n");
        assertThat(run("offline", "pin", pricing.toString()).out())
                .isEqualTo(pricing + " was already pinned; nothing needed copying.\n");
        assertThat(run("offline", "pin", pricing.resolve("Retail.xlsx").toString()).out())
                .isEqualTo(pricing.resolve("Retail.xlsx") + " is already available offline as part of the pinned folder "
                        + pricing + ".\n");
        assertThat(run("offline", "list").out())
                .isEqualTo("Offline copies take 1.5 KB of the 2 GB budget.\n  " + pricing + "  folder, 2 files, 1.5 KB\n");
        assertThat(run("offline", "unpin", pricing.toString()).out())
                .isEqualTo("Unpinned " + pricing + "; removed 2 local copies (1.5 KB).\n");

        Run again = run("offline", "unpin", pricing.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo(pricing + " is not pinned for offline use.\n");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void pinOverTheBudgetExitsOneWithTheSentenceAndCopiesNothing() throws IOException {
        assertThat(run("offline", "budget", "1KB").out()).isEqualTo("The offline budget is now 1 KB; 0 bytes of it is used.\n");
        Path deck = write(share.resolve("Deck.pptx"), 1500);

        Run r = run("offline", "pin", deck.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Pinning " + deck + " needs 1.5 KB, but only 1 KB of the 1 KB offline budget is free; "
                + "unpin something or raise the budget.\n");
        try (var files = Files.list(data.resolve("offline/files"))) {
            assertThat(files).isEmpty();
        }
        assertThat(run("offline", "budget").out()).isEqualTo("The offline budget is 1 KB; 0 bytes of it is used.\n");
    }

    @Test
    void budgetThatIsNotASizeExitsTwo() {
        Run r = run("offline", "budget", "plenty");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("'plenty' is not a size; write it like 500MB or 2GB.\n");
    }

    @Test
    void refreshJsonListsWhatChangedAndWhatWasUnreachable() throws IOException {
        Path pricing = share.resolve("Pricing");
        Path retail = write(pricing.resolve("Retail.xlsx"), 10);
        Path memo = write(share.resolve("Memo.txt"), 10);
        run("offline", "pin", pricing.toString());
        run("offline", "pin", memo.toString());
        Files.delete(memo);
        Files.write(retail, new byte[20]);
        Path added = write(pricing.resolve("New.pdf"), 5);

        Run r = run("offline", "refresh", "--json");

        assertThat(r.exit()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(fieldNames(o)).containsExactly("refreshed", "added", "unchanged", "unreachable", "failed");
        assertThat(o.get("refreshed").get(0).asText()).isEqualTo(retail.toString());
        assertThat(o.get("refreshed")).hasSize(1);
        assertThat(o.get("added").get(0).asText()).isEqualTo(added.toString());
        assertThat(o.get("added")).hasSize(1);
        assertThat(o.get("unchanged").asInt()).isZero();
        // retest 10, NEW 6: a file deleted from a reachable share is not "unreachable" (the share answered)
        assertThat(o.get("unreachable")).isEmpty();
        assertThat(o.get("failed")).hasSize(1);
        assertThat(o.get("failed").get(0).get("path").asText()).isEqualTo(memo.toString());
        assertThat(o.get("failed").get(0).get("reason").asText())
                .isEqualTo("no longer at the source (deleted or moved there); the older copy is kept");
    }

    @Test
    void offlineIsAnnouncedInTheHelp() {
        Run help = run("offline", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("pin", "unpin", "list", "refresh", "budget");
    }
}
