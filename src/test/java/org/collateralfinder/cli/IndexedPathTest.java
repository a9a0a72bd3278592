package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback and offline copies are recorded at the path the index holds for a file, whatever path a rep
 * names it by: a symbolic link to the source, another mount point of the share (an alias), the share
 * while it is not mounted, a file inside a ZIP archive (re-test 6, NEW 5, 6, 7 and 10).
 */
class IndexedPathTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path share;
    private Path data;

    @BeforeEach
    void indexedShare() throws IOException {
        share = Files.createDirectories(dir.resolve("odd dir/spa ce ü"));
        Files.writeString(share.resolve("gnu.txt"), "gnu symlink only file");
        Files.writeString(share.resolve("t1.txt"), "tapirword one");
        Files.writeString(share.resolve("t2.txt"), "tapirword two");
        data = dir.resolve("data");
        assertThat(on(data, "index", "--source", share.toString()).exit()).isZero();
    }

    private static CliRun on(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    /** "path tags offline_copy" of each hit of a search, by name. */
    private List<String> hits(String query) throws IOException {
        CliRun search = on(data, "search", "--json", "--sort", "name", query);
        assertThat(search.exit()).as(search.err()).isZero();
        List<String> hits = new ArrayList<>();
        for (JsonNode hit : search.json().get("hits")) {
            hits.add(hit.get("path").textValue() + " " + hit.get("tags") + " " + hit.get("offline_copy"));
        }
        return hits;
    }

    @Test
    void feedbackThroughASymbolicLinkIsLoggedAtTheIndexedPathAndFollowsAnEditOnAnotherLaptop() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("symsrc"), share);
        Path team = dir.resolve("team");

        CliRun add = on(data, "feedback", "add", link.resolve("gnu.txt").toString(), "--tag", "outdated", "--user", "symonly");
        assertThat(on(data, "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();

        assertThat(add.exit()).isZero();
        assertThat(add.out()).startsWith("Saved symonly's feedback on " + share.resolve("gnu.txt") + " (");
        assertThat(Files.readString(team.resolve("symonly.jsonl")))
                .contains("\"path\":\"" + share.resolve("gnu.txt") + "\"").doesNotContain(link.toString());
        Files.writeString(share.resolve("gnu.txt"), "gnu edited", StandardOpenOption.APPEND);
        Path other = dir.resolve("other laptop");
        assertThat(on(other, "index", "--source", share.toString()).exit()).isZero();
        assertThat(on(other, "feedback", "sync", "--team-folder", team.toString()).exit()).isZero();
        CliRun list = on(other, "feedback", "list", share.resolve("gnu.txt").toString(), "--json");
        assertThat(list.json()).singleElement().satisfies(entry -> {
            assertThat(entry.get("user").textValue()).isEqualTo("symonly");
            assertThat(entry.get("path").textValue()).isEqualTo(share.resolve("gnu.txt").toString());
        });
    }

    @Test
    void feedbackThroughAnAliasIsRecordedAtTheIndexedPath() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("m50")); // the same share, mounted a second time
        Files.writeString(mount.resolve("t1.txt"), "tapirword one");
        assertThat(on(data, "sources", "alias", share.toString(), mount.toString()).exit()).isZero();

        CliRun add = on(data, "feedback", "add", mount.resolve("t1.txt").toString(), "--tag", "worked", "--user", "al");

        assertThat(add.out()).startsWith("Saved al's feedback on " + share.resolve("t1.txt") + " (");
        assertThat(on(data, "feedback", "list", "--json").json()).singleElement()
                .satisfies(entry -> assertThat(entry.get("path").textValue()).isEqualTo(share.resolve("t1.txt").toString()));
        assertThat(hits("tapirword")).containsExactly(
                share.resolve("t1.txt") + " [\"worked\"] false", share.resolve("t2.txt") + " [] false");
    }

    @Test
    void aPinThroughAnAliasOrALinkIsTheIndexedFilesCopyAndUnpinsByTheIndexedPath() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("m50"));
        Files.writeString(mount.resolve("t2.txt"), "tapirword two");
        assertThat(on(data, "sources", "alias", share.toString(), mount.toString()).exit()).isZero();
        Path link = Files.createSymbolicLink(dir.resolve("symsrc"), share);

        CliRun alias = on(data, "offline", "pin", mount.resolve("t2.txt").toString());
        CliRun linked = on(data, "offline", "pin", link.resolve("t1.txt").toString());

        assertThat(alias.exit()).isZero();
        assertThat(alias.out()).startsWith("Pinned " + share.resolve("t2.txt") + " for offline use: 1 file, ");
        assertThat(linked.out()).startsWith("Pinned " + share.resolve("t1.txt") + " for offline use: 1 file, ");
        Files.move(share, dir.resolve("odd dir/away")); // the share is not mounted
        assertThat(hits("tapirword")).containsExactly(
                share.resolve("t1.txt") + " [] true", share.resolve("t2.txt") + " [] true");
        CliRun unpin = on(data, "offline", "unpin", share.resolve("t2.txt").toString());
        assertThat(unpin.exit()).as(unpin.err()).isZero();
        assertThat(unpin.out()).isEqualTo("Unpinned " + share.resolve("t2.txt") + "; removed 1 local copy (13 bytes)." + NL);
    }

    @Test
    void feedbackOnAnIndexedFileWhileItsShareIsNotMountedIsSavedByTheIndexedContent() throws Exception {
        Files.move(share, dir.resolve("odd dir/away"));

        CliRun add = on(data, "feedback", "add", share.resolve("t1.txt").toString(), "--tag", "customer asked", "--user", "al");
        CliRun typo = on(data, "feedback", "add", share.resolve("t9.txt").toString(), "--tag", "worked", "--user", "al");

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("Saved al's feedback on " + share.resolve("t1.txt") + " (");
        assertThat(hits("tag:\"customer asked\"")).containsExactly(share.resolve("t1.txt") + " [\"customer asked\"] false");
        assertThat(on(data, "feedback", "list", share.resolve("t1.txt").toString(), "--json").json()).singleElement()
                .satisfies(entry -> assertThat(entry.get("user").textValue()).isEqualTo("al"));
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("The file " + share.resolve("t9.txt") + " does not exist." + NL);
    }

    @Test
    void aFileInsideAZipArchiveTakesFeedbackAndIsKeptOfflineWithItsArchive() throws Exception {
        Path zip = share.resolve("arc.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("m.txt"));
            z.write("quokkaword inside".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(on(data, "index").exit()).isZero();
        String member = zip + "!/m.txt";

        CliRun add = on(data, "feedback", "add", member, "--tag", "worked", "--user", "al");
        CliRun pin = on(data, "offline", "pin", member);

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("Saved al's feedback on " + member + " (");
        assertThat(pin.exit()).as(pin.err()).isZero();
        assertThat(pin.out()).startsWith(member + " is a file inside the archive " + zip + ", which is kept offline whole."
                + NL + "Pinned " + zip + " for offline use: 1 file, ");
        assertThat(hits("quokkaword")).containsExactly(member + " [\"worked\"] true");
        List<String> neverUsed = new ArrayList<>();
        on(data, "feedback", "report", "--json").json().get("never_used").forEach(f -> neverUsed.add(f.get("path").textValue()));
        assertThat(neverUsed).doesNotContain(member, zip.toString()); // its member was used
    }

    @Test
    void feedbackOnAFileAnIndexedArchiveDoesNotHoldNamesTheArchive() throws Exception {
        Path zip = share.resolve("arc.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("m.txt"));
            z.write("quokkaword inside".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(on(data, "index").exit()).isZero();

        CliRun nope = on(data, "feedback", "add", zip + "!/nope.txt", "--tag", "worked", "--user", "al");
        CliRun noArchive = on(data, "feedback", "add", share.resolve("gone.zip") + "!/m.txt", "--tag", "worked");

        assertThat(nope.exit()).isEqualTo(2);
        assertThat(nope.err()).isEqualTo("The archive " + zip + " holds no file nope.txt." + NL);
        assertThat(noArchive.exit()).isEqualTo(2);
        assertThat(noArchive.err()).isEqualTo("The file " + share.resolve("gone.zip") + " does not exist." + NL);
    }

    /** Re-test 9, NEW 5a: pinning a file an indexed archive does not hold is refused as feedback on it is; nothing is pinned. */
    @Test
    void pinningAFileAnIndexedArchiveDoesNotHoldIsRefusedAsFeedbackOnItIs() throws Exception {
        Path zip = share.resolve("arc.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("m.txt"));
            z.write("quokkaword inside".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(on(data, "index").exit()).isZero();

        CliRun pin = on(data, "offline", "pin", zip + "!/nope.txt");
        CliRun feedback = on(data, "feedback", "add", zip + "!/nope.txt", "--tag", "worked", "--user", "al");

        assertThat(pin.exit()).isEqualTo(2); // as feedback on it is
        assertThat(pin.out()).isEmpty();
        assertThat(pin.err()).isEqualTo("The archive " + zip + " holds no file nope.txt." + NL).isEqualTo(feedback.err());
        assertThat(on(data, "offline", "list", "--json").json().get("pins")).isEmpty();
    }

    /**
     * Re-test 9, NEW 5b: a real folder whose name ends in "!" ({@code fake.zip!}) is a folder, not an archive: a file in
     * it takes feedback and is pinned at its own path, indexed or not yet.
     */
    @Test
    void aFileInAFolderNamedLikeAnArchiveTakesFeedbackAndIsPinnedAtItsOwnPath() throws Exception {
        Path file = Files.writeString(Files.createDirectories(share.resolve("fake.zip!")).resolve("n.txt"), "bangword");
        Path other = Files.writeString(share.resolve("fake.zip!").resolve("o.txt"), "bangword other");

        CliRun addBeforeIndexing = on(data, "feedback", "add", other.toString(), "--tag", "worked", "--user", "al");
        CliRun pinBeforeIndexing = on(data, "offline", "pin", other.toString());
        assertThat(on(data, "index").exit()).isZero();
        CliRun add = on(data, "feedback", "add", file.toString(), "--tag", "worked", "--user", "al");
        CliRun pin = on(data, "offline", "pin", file.toString());

        for (CliRun added : List.of(addBeforeIndexing, add)) {
            assertThat(added.exit()).as(added.err()).isZero();
        }
        assertThat(addBeforeIndexing.out()).startsWith("Saved al's feedback on " + other + " (");
        assertThat(add.out()).startsWith("Saved al's feedback on " + file + " (");
        assertThat(pinBeforeIndexing.exit()).as(pinBeforeIndexing.err()).isZero();
        assertThat(pinBeforeIndexing.out()).startsWith("Pinned " + other + " for offline use: 1 file, 14 bytes; ");
        assertThat(pin.exit()).as(pin.err()).isZero();
        assertThat(pin.out()).startsWith("Pinned " + file + " for offline use: 1 file, 8 bytes; ");
        List<String> pinned = new ArrayList<>();
        on(data, "offline", "list", "--json").json().get("pins").forEach(p -> pinned.add(p.get("path").textValue()));
        assertThat(pinned).containsExactly(file.toString(), other.toString());
        assertThat(hits("bangword")).containsExactly(file + " [\"worked\"] true", other + " [\"worked\"] true");
    }
}
