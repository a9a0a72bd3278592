package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links inside a source (NEW C): the index holds a file once, at its own path when a link inside
 * the source leads to it, and feedback and pins given through any path to it are recorded there.
 */
class LinksInsideSourceTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static CliRun on(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    /** "path tags offline_copy" of each hit of a search, by name. */
    private static List<String> hits(Path data, String query) throws IOException {
        CliRun search = on(data, "search", "--json", "--sort", "name", query);
        assertThat(search.exit()).as(search.err()).isZero();
        List<String> hits = new ArrayList<>();
        for (JsonNode hit : search.json().get("hits")) {
            hits.add(hit.get("path").textValue() + " " + hit.get("tags") + " " + hit.get("offline_copy"));
        }
        return hits;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).textValue()));
        return texts;
    }

    @Test
    void feedbackAndPinsThroughALinkToAFolderOfTheSourceAreRecordedOnceAtTheFilesOwnPath() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sk"));
        Path own = Files.writeString(Files.createDirectories(source.resolve("decks/2025")).resolve("d.txt"), "kiwiword deck");
        Files.createSymbolicLink(source.resolve("latest"), Path.of("decks/2025"));
        Path linked = source.resolve("latest/d.txt");
        Path data = dir.resolve("dsk");
        Path team = dir.resolve("team");
        assertThat(on(data, "index", "--source", source.toString()).exit()).isZero();

        CliRun add = on(data, "feedback", "add", linked.toString(), "--tag", "outdated", "--user", "k2");
        CliRun addOwn = on(data, "feedback", "add", own.toString(), "--rating", "2", "--user", "k3");
        CliRun pinOwn = on(data, "offline", "pin", own.toString());
        CliRun pinLinked = on(data, "offline", "pin", linked.toString());
        assertThat(on(data, "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();

        assertThat(add.out()).startsWith("Saved k2's feedback on " + own + " (");
        assertThat(addOwn.out()).startsWith("Saved k3's feedback on " + own + " (");
        assertThat(Files.readString(team.resolve("k2.jsonl"))).contains("\"path\":\"" + own + "\"").doesNotContain("latest");
        assertThat(pinOwn.out()).startsWith("Pinned " + own + " for offline use: 1 file, 13 bytes; ");
        assertThat(pinLinked.out()).isEqualTo(own + " was already pinned; nothing needed copying." + NL);
        assertThat(texts(on(data, "offline", "list", "--json").json().get("pins"), "path")).containsExactly(own.toString());
        assertThat(hits(data, "kiwiword")).containsExactly(own + " [\"outdated\"] true");
        assertThat(texts(on(data, "feedback", "list", linked.toString(), "--json").json(), "path"))
                .containsExactly(own.toString(), own.toString());
    }

    @Test
    void aPinnedFolderKeepsOneCopyOfAFileALinkInsideItLeadsTo() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sk"));
        Files.writeString(Files.createDirectories(source.resolve("decks/2025")).resolve("d.txt"), "kiwiword deck");
        Files.createSymbolicLink(source.resolve("latest"), Path.of("decks/2025"));
        Files.createSymbolicLink(source.resolve("current.txt"), Path.of("decks/2025/d.txt"));
        Path data = dir.resolve("dsk");
        assertThat(on(data, "index", "--source", source.toString()).exit()).isZero();

        CliRun pin = on(data, "offline", "pin", source.toString());

        assertThat(pin.out()).startsWith("Pinned " + source + " for offline use: 1 file, 13 bytes; ");
        assertThat(hits(data, "kiwiword")).containsExactly(source.resolve("decks/2025/d.txt") + " [] true");
    }

    @Test
    void feedbackThroughALinkLoopIsRecordedAtTheFilesOwnPathAndFollowsAnEditOnAnotherLaptop() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sl"));
        Path folder = Files.createDirectories(source.resolve("a b/ü"));
        Path own = Files.writeString(folder.resolve("x.txt"), "loopword text");
        Files.createSymbolicLink(folder.resolve("up"), Path.of(".."));
        Path typed = folder.resolve("up/ü/x.txt");
        Path data = dir.resolve("dsl");
        Path team = dir.resolve("team");
        assertThat(on(data, "index", "--source", source.toString()).exit()).isZero();

        CliRun add = on(data, "feedback", "add", typed.toString(), "--tag", "worked", "--user", "rel");
        CliRun pin = on(data, "offline", "pin", typed.toString());
        assertThat(on(data, "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();

        assertThat(add.out()).startsWith("Saved rel's feedback on " + own + " (");
        assertThat(pin.out()).startsWith("Pinned " + own + " for offline use: 1 file, ");
        assertThat(hits(data, "loopword")).containsExactly(own + " [\"worked\"] true");
        assertThat(Files.readString(team.resolve("rel.jsonl"))).contains("\"path\":\"" + own + "\"").doesNotContain("/up/");
        Files.writeString(own, " edited", StandardOpenOption.APPEND);
        Path other = dir.resolve("other laptop");
        assertThat(on(other, "index", "--source", source.toString()).exit()).isZero();
        assertThat(on(other, "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        assertThat(texts(on(other, "feedback", "list", own.toString(), "--json").json(), "user")).containsExactly("rel");
        JsonNode report = on(other, "feedback", "report", "--json").json();
        assertThat(report.get("most_valued")).singleElement().satisfies(path -> assertThat(path.textValue()).isEqualTo(own.toString()));
        assertThat(report.get("never_used")).isEmpty();
    }

    @Test
    void aFileOnlyLinksOutOfTheSourceLeadToTakesFeedbackAndPinsAtTheLinkPathTheIndexHolds() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sk"));
        Path outside = Files.createDirectories(dir.resolve("elsewhere/x"));
        Path real = Files.writeString(outside.resolve("o.txt"), "otterword outside");
        Files.writeString(dir.resolve("elsewhere/unrelated.txt"), "otterword unrelated");
        Files.createSymbolicLink(source.resolve("ext2"), outside);
        Files.createSymbolicLink(source.resolve("ext"), outside);
        Path held = source.resolve("ext/o.txt");
        Path data = dir.resolve("dsk");
        assertThat(on(data, "index", "--source", source.toString()).exit()).isZero();

        CliRun second = on(data, "feedback", "add", source.resolve("ext2/o.txt").toString(), "--tag", "worked", "--user", "a1");
        CliRun atReal = on(data, "feedback", "add", real.toString(), "--tag", "worked", "--user", "a2");
        CliRun pin = on(data, "offline", "pin", real.toString());
        CliRun unrelated = on(data, "offline", "pin", dir.resolve("elsewhere/unrelated.txt").toString());

        assertThat(second.out()).startsWith("Saved a1's feedback on " + held + " (");
        assertThat(atReal.out()).startsWith("Saved a2's feedback on " + held + " (");
        assertThat(pin.out()).startsWith("Pinned " + held + " for offline use: 1 file, ");
        assertThat(hits(data, "otterword")).containsExactly(held + " [\"worked\"] true");
        assertThat(unrelated.exit()).isEqualTo(2);
        assertThat(unrelated.err()).isEqualTo(dir.resolve("elsewhere/unrelated.txt") + " is not in a source (" + source
                + "); feedback and offline copies are only for the files Collateral Finder indexes." + NL);
    }

    @Test
    void aLinkIntoAnotherSourceLeavesItsFilesToThatSource() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sk"));
        Files.writeString(source.resolve("own.txt"), "own file");
        Path other = Files.createDirectories(dir.resolve("s2/sub"));
        Path held = Files.writeString(other.resolve("o.txt"), "wombatword");
        Files.createSymbolicLink(source.resolve("tos2"), other);
        Path data = dir.resolve("dsk");
        assertThat(on(data, "index", "--source", source.toString(), "--source", dir.resolve("s2").toString()).exit()).isZero();

        CliRun add = on(data, "feedback", "add", source.resolve("tos2/o.txt").toString(), "--tag", "worked", "--user", "k4");

        assertThat(on(data, "status").out()).contains("Documents: 2 ");
        assertThat(add.out()).startsWith("Saved k4's feedback on " + held + " (");
    }

    @Test
    void aLinkRepointedIntoTheSourceMovesItsFilesToTheirOwnPathAndABrokenOneIsSaidNotToExist() throws IOException {
        Path source = Files.createDirectories(dir.resolve("sk"));
        Path own = Files.writeString(Files.createDirectories(source.resolve("decks/2025")).resolve("d.txt"), "kiwiword deck");
        Path outside = Files.createDirectories(dir.resolve("elsewhere/x"));
        Files.writeString(outside.resolve("o.txt"), "otterword outside");
        Path latest = Files.createSymbolicLink(source.resolve("latest"), outside);
        Path data = dir.resolve("dsk");
        assertThat(on(data, "index", "--source", source.toString()).exit()).isZero();
        assertThat(hits(data, "otterword")).containsExactly(source.resolve("latest/o.txt") + " [] false");

        Files.delete(latest);
        Files.createSymbolicLink(latest, Path.of("decks/2025"));
        Files.createSymbolicLink(source.resolve("gone"), Path.of("decks/2024"));
        assertThat(on(data, "index").exit()).isZero();
        CliRun add = on(data, "feedback", "add", latest.resolve("d.txt").toString(), "--tag", "worked", "--user", "k2");
        CliRun broken = on(data, "feedback", "add", source.resolve("gone/d.txt").toString(), "--tag", "worked");

        assertThat(hits(data, "otterword")).isEmpty();
        assertThat(hits(data, "kiwiword")).containsExactly(own + " [\"worked\"] false");
        assertThat(add.out()).startsWith("Saved k2's feedback on " + own + " (");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("The file " + source.resolve("gone/d.txt") + " does not exist." + NL);
        assertThat(on(data, "status").out()).contains("Skipped while walking the folders (2):" + NL
                + "  " + source.resolve("gone") + " — broken symbolic link" + NL
                + "  " + latest + " — a symbolic link to " + own.getParent() + " in the same source, indexed at that path" + NL);
    }
}
