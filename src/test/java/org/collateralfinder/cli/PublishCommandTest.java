package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.teamindex.TeamIndexPublisher;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The team index on the command line: publish, index copying it, status naming it (issue 14's JSON contract). */
class PublishCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        JsonNode lastJson() throws IOException {
            String[] lines = out.strip().split("\n");
            return JSON.readTree(lines[lines.length - 1]);
        }
    }

    private static Run run(String... args) {
        CommandLine cli = CommandLineRunner.create();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path share() throws IOException {
        Path share = tmp.resolve("share");
        OfficeFiles.text(share.resolve("Retail Pricing.md"), "# Retail pricing\nThe open source connector is free.");
        OfficeFiles.text(share.resolve("Decks/Slide notes.txt"), "Slide notes for the retail pitch.");
        return share;
    }

    @Test
    void publishPrintsWhatItPublishedAndALaptopsIndexCopiesItInsteadOfReadingTheFiles() throws IOException {
        Path share = share();
        String publisher = tmp.resolve("publisher").toString();
        Run published = run("publish", share.toString(), "--data-dir", publisher, "--json");
        assertThat(published.exit()).as(published.err()).isZero();
        JsonNode p = published.lastJson();
        assertThat(fieldNames(p)).containsExactly("generation", "documents", "files_published", "bytes_published", "seconds");
        assertThat(p.get("generation").asLong()).isEqualTo(1);
        assertThat(p.get("documents").asInt()).isEqualTo(2);
        assertThat(p.get("files_published").asInt()).isPositive();

        JsonNode again = run("publish", share.toString(), "--data-dir", publisher, "--json").lastJson();
        assertThat(List.of(again.get("generation").asLong(), again.get("files_published").asLong(),
                again.get("bytes_published").asLong())).containsExactly(1L, 0L, 0L);

        String laptop = tmp.resolve("laptop").toString();
        Run indexed = run("index", "--data-dir", laptop, "--json", "--source", share.toString());
        assertThat(indexed.exit()).as(indexed.err()).isZero();
        JsonNode i = indexed.lastJson();
        assertThat(fieldNames(i)).containsExactly("files", "added", "updated", "removed", "unchanged", "failed", "seconds",
                "copied_files", "copied_bytes");
        assertThat(List.of(i.get("files").asInt(), i.get("added").asInt(), i.get("unchanged").asInt()))
                .containsExactly(2, 0, 2);
        assertThat(i.get("copied_files").asInt()).isEqualTo(p.get("files_published").asInt());
        assertThat(i.get("copied_bytes").asLong()).isEqualTo(p.get("bytes_published").asLong());

        JsonNode status = JSON.readTree(run("status", "--data-dir", laptop, "--json").out());
        assertThat(fieldNames(status.get("last_run"))).containsExactly("files", "added", "updated", "removed", "unchanged",
                "failed", "seconds", "cancelled", "copied_files", "copied_bytes", "copy_notes");
        assertThat(List.of(status.get("last_run").get("copied_files").asLong(), status.get("last_run").get("copied_bytes")
                .asLong())).containsExactly(p.get("files_published").asLong(), p.get("bytes_published").asLong());
        assertThat(status.get("last_run").get("copy_notes")).isEmpty();
        // retest 9, NEW D: the same figure as index --json's, the copy included
        assertThat(status.get("last_run").get("seconds").asDouble()).isEqualTo(i.get("seconds").asDouble());
        JsonNode source = status.get("sources").get(0);
        assertThat(fieldNames(source.get("published"))).containsExactly("generation", "published_at", "copied_at");
        assertThat(source.get("published").get("generation").asLong()).isEqualTo(1);
        assertThat(source.get("files").asInt()).isEqualTo(2);
        JsonNode own = JSON.readTree(run("status", "--data-dir", publisher, "--json").out()).get("sources").get(0);
        assertThat(own.get("published").isNull()).isTrue();

        // window re-test 11 #12: the run's sentence and status say the same seconds (the copy of the team index included)
        Run told = run("index", "--data-dir", laptop);
        JsonNode lastRun = JSON.readTree(run("status", "--data-dir", laptop, "--json").out()).get("last_run");
        Matcher seconds = Pattern.compile(" in ([0-9.]+) s:").matcher(told.out());
        assertThat(seconds.find()).as(told.out()).isTrue();
        assertThat(Double.parseDouble(seconds.group(1))).isCloseTo(lastRun.get("seconds").asDouble(), within(0.051));
        JsonNode nothingNew = run("index", "--data-dir", laptop, "--json").lastJson();
        assertThat(List.of(nothingNew.get("copied_files").asInt(), nothingNew.get("copied_bytes").asInt())).containsExactly(0, 0);
        JsonNode hits = JSON.readTree(run("search", "--data-dir", laptop, "--json", "retail", "pitch").out()).get("hits");
        assertThat(hits.get(0).get("path").asText()).isEqualTo(share.resolve("Decks/Slide notes.txt").toString());
    }

    /**
     * Team re-test 11, finding 1: a link in the share to a folder outside it (to /etc) put the text of every file it
     * led to in the published index, for every reader of the share to search. The publisher follows no link out of the
     * share: the linked files are skipped with the reason, and a laptop copying the index finds none of them.
     */
    @Test
    void publishFollowsNoSymbolicLinkOutOfTheShareSoALaptopCannotSearchWhatItLedTo() throws IOException {
        Path share = share();
        Path secret = tmp.resolve("private");
        OfficeFiles.text(secret.resolve("Salaries.txt"), "The platypussecret salary table.");
        OfficeFiles.text(tmp.resolve("Outside note.txt"), "Another platypussecret note.");
        Files.createSymbolicLink(share.resolve("Private"), secret);
        Files.createSymbolicLink(share.resolve("Decks/Note.txt"), tmp.resolve("Outside note.txt"));
        Files.createSymbolicLink(share.resolve("Decks/Pricing again.md"), share.resolve("Retail Pricing.md"));
        String publisher = tmp.resolve("publisher").toString();

        Run published = run("publish", share.toString(), "--data-dir", publisher, "--json");

        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.lastJson().get("documents").asInt()).isEqualTo(2);
        JsonNode skipped = JSON.readTree(run("status", "--data-dir", publisher, "--json").out()).get("skipped");
        List<String> reasons = new ArrayList<>();
        skipped.forEach(s -> reasons.add(s.get("path").asText() + ": " + s.get("reason").asText()));
        assertThat(reasons).contains(share.resolve("Private") + ": a symbolic link to " + secret.toRealPath()
                        + ", outside the shared folder: a published index holds only what is in the share, never where a "
                        + "link leads",
                share.resolve("Decks/Note.txt") + ": a symbolic link to " + tmp.resolve("Outside note.txt").toRealPath()
                        + ", outside the shared folder: a published index holds only what is in the share, never where a "
                        + "link leads");
        assertThat(JSON.readTree(run("search", "--data-dir", publisher, "--json", "platypussecret").out()).get("total")
                .asInt()).isZero();
        // a laptop copies the index without them: what it finds through the links it reads itself, with its own rights
        String laptop = tmp.resolve("laptop").toString();
        Run copied = run("index", "--data-dir", laptop, "--json", "--source", share.toString());
        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(List.of(copied.lastJson().get("unchanged").asInt(), copied.lastJson().get("added").asInt()))
                .containsExactly(2, 2);
    }

    /** The same for a publisher whose index, made before, held files through such links: they go, all at once. */
    @Test
    void aPublisherWhoseIndexHeldFilesThroughALinkOutOfTheShareRemovesThemAllAtOnce() throws IOException {
        Path share = tmp.resolve("share");
        OfficeFiles.text(share.resolve("Deck.txt"), "The public deck.");
        Path secret = tmp.resolve("private");
        for (int i = 1; i <= 6; i++) {
            OfficeFiles.text(secret.resolve("Salaries " + i + ".txt"), "The platypussecret salary table " + i + ".");
        }
        Files.createSymbolicLink(share.resolve("Private"), secret);
        String publisher = tmp.resolve("publisher").toString();
        // as the index of a publisher before links stayed inside: 7 documents, 6 of them through the link, published
        assertThat(run("index", "--data-dir", publisher, "--source", share.toString()).exit()).isZero();
        assertThat(JSON.readTree(run("search", "--data-dir", publisher, "--json", "platypussecret").out()).get("total")
                .asInt()).isEqualTo(6);
        Path onShare = share.resolve(".collateral-index");
        try (IndexService index = IndexService.openForWriting(DataDirectory.open(Path.of(publisher)).indexDir())) {
            new TeamIndexPublisher(TeamIndexPublisher.Options.defaults()).publish(index, share, onShare);
        }
        assertThat(secretsIn(onShare)).isNotEmpty();

        Run published = run("publish", share.toString(), "--data-dir", publisher, "--json");

        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.lastJson().get("documents").asInt()).isEqualTo(1); // not held back as a mass deletion
        assertThat(JSON.readTree(run("search", "--data-dir", publisher, "--json", "platypussecret").out()).get("total")
                .asInt()).isZero();
        // re-test 12: the generation that held them stayed on the share for the hour kept for copies under way
        assertThat(secretsIn(onShare)).isEmpty();
        // re-test 13: and nothing said so
        assertThat(published.err().strip()).isEqualTo("Deleted generation 1 of the team index at once instead of keeping "
                + "it an hour for copies under way: it held the text of 6 files read through symbolic links out of the "
                + "share, which everyone who can read the share could read. Laptops that copied it delete their copies at "
                + "their next run; check who can write the share's folders.");
    }

    /**
     * Re-test 13 (serious): with a new data folder (a rebuild, another publishing machine) the older generations that
     * held text read through links out of the share stayed on the share, readable by everyone, for the hour kept for
     * copies. A publisher deletes at once every older generation it did not publish from its own data folder.
     */
    @Test
    void aPublisherWithANewDataFolderDeletesAtOnceTheOlderGenerationsItDidNotPublish() throws IOException {
        Path share = tmp.resolve("share");
        OfficeFiles.text(share.resolve("docs/a.txt"), "The public deck.");
        Path secret = tmp.resolve("private");
        OfficeFiles.text(secret.resolve("pay.txt"), "The platypussecret salary table.");
        Files.createSymbolicLink(share.resolve("hrlink"), secret);
        Path onShare = share.resolve(".collateral-index");
        // generations 1 and 2 as a publisher from before links stayed inside made them, from its own data folder
        String old = tmp.resolve("publisher-old").toString();
        assertThat(run("index", "--data-dir", old, "--source", share.toString()).exit()).isZero();
        try (IndexService index = IndexService.openForWriting(DataDirectory.open(Path.of(old)).indexDir())) {
            new TeamIndexPublisher(TeamIndexPublisher.Options.defaults()).publish(index, share, onShare);
        }
        OfficeFiles.text(share.resolve("docs/b.txt"), "More of the public deck.");
        assertThat(run("index", "--data-dir", old).exit()).isZero();
        try (IndexService index = IndexService.openForWriting(DataDirectory.open(Path.of(old)).indexDir())) {
            assertThat(new TeamIndexPublisher(TeamIndexPublisher.Options.defaults()).publish(index, share, onShare)
                    .generation()).isEqualTo(2);
        }
        assertThat(secretsIn(onShare)).isNotEmpty();

        Run published = run("publish", share.toString(), "--data-dir", tmp.resolve("publisher-new").toString(), "--json");

        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.lastJson().get("generation").asLong()).isEqualTo(3);
        assertThat(published.lastJson().get("documents").asInt()).isEqualTo(2);
        assertThat(secretsIn(onShare)).isEmpty();
        try (var history = Files.list(onShare.resolve("history"))) {
            assertThat(history.map(p -> p.getFileName().toString()).toList()).containsExactly("3.json");
        }
        try (var folders = Files.list(onShare)) {
            assertThat(folders.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("files-2", "history", "manifest.json", "publishing.lock");
        }
        assertThat(published.err().strip()).isEqualTo(
                "Deleted generations 1 and 2 of the team index at once instead of keeping them an hour for copies under "
                        + "way: this data folder did not publish them (another data folder, another computer or a version "
                        + "from before did), so nothing tells that they hold only the share's files. Publish each share from "
                        + "one data folder: publishers taking turns replace each other's whole index, and every laptop "
                        + "copies it all again.");
        // its own generation stays when nothing changed, and nothing more is said
        Run again = run("publish", share.toString(), "--data-dir", tmp.resolve("publisher-new").toString(), "--json");
        assertThat(again.lastJson().get("generation").asLong()).isEqualTo(3);
        assertThat(again.err()).isEmpty();
    }

    /** The files under a published index folder whose bytes hold the secret's word (stored fields are compressed:
     *  the word is short enough to survive LZ4 as it is, as re-test 12 found it with grep). */
    private static List<String> secretsIn(Path published) throws IOException {
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(published)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("platypussecret")) {
                    found.add(published.relativize(f).toString());
                }
            }
        }
        return found;
    }

    @Test
    void publishRefusesADataFolderThatIndexesOtherFoldersToo() throws IOException {
        Path share = share();
        Path other = tmp.resolve("my-own");
        OfficeFiles.text(other.resolve("private.txt"), "Not for the team.");
        String data = tmp.resolve("data").toString();
        assertThat(run("index", "--data-dir", data, "--source", other.toString()).exit()).isZero();

        Run refused = run("publish", share.toString(), "--data-dir", data, "--json");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("The data folder for publishing " + share + " also indexes " + other
                + ", which would be published with it; use a data folder of its own (--data-dir).");
    }

    /** Re-test 11, finding 4: the files-N folder of a published index, added as a source, was read as 22 failed files. */
    @Test
    void theFilesFolderOfAPublishedIndexAddedAsASourceIsSkippedWithItsReason() throws IOException {
        Path share = share();
        assertThat(run("publish", share.toString(), "--data-dir", tmp.resolve("pub").toString()).exit()).isZero();
        Path files;
        try (var folders = Files.list(share.resolve(".collateral-index"))) {
            files = folders.filter(f -> f.getFileName().toString().startsWith("files-")).findFirst().orElseThrow();
        }
        String laptop = tmp.resolve("laptop").toString();

        Run indexed = run("index", "--data-dir", laptop, "--json", "--source", files.toString());

        assertThat(indexed.exit()).as(indexed.err()).isZero();
        assertThat(List.of(indexed.lastJson().get("files").asInt(), indexed.lastJson().get("failed").asInt()))
                .containsExactly(0, 0);
        JsonNode skipped = JSON.readTree(run("status", "--data-dir", laptop, "--json").out()).get("skipped");
        assertThat(skipped.get(0).get("path").asText()).isEqualTo(files.toString());
        assertThat(skipped.get(0).get("reason").asText()).isEqualTo("part of a published team index, never indexed");
        // re-test 12: the same through a link to it, and its history folder
        Path link = Files.createSymbolicLink(tmp.resolve("files-link"), files);
        for (Path source : List.of(link, share.resolve(".collateral-index/history"))) {
            String other = tmp.resolve("laptop-" + source.getFileName()).toString();
            JsonNode run = run("index", "--data-dir", other, "--json", "--source", source.toString()).lastJson();
            assertThat(List.of(run.get("files").asInt(), run.get("failed").asInt())).as(source.toString())
                    .containsExactly(0, 0);
        }
    }

    /**
     * Re-test 13, finding 3: a files-N or history folder reached through a link inside a laptop's source, or through a
     * bind mount (here: the same files at a path whose parent holds no manifest), was read as 44 failed files and the
     * manifests as documents. Recognised by what they hold, wherever they are reached.
     */
    @Test
    void partsOfAPublishedIndexReachedThroughLinksInASourceOrElsewhereAreNeverIndexed() throws IOException {
        Path share = share();
        assertThat(run("publish", share.toString(), "--data-dir", tmp.resolve("pub").toString()).exit()).isZero();
        OfficeFiles.text(share.resolve("more.txt"), "More for the next generation.");
        assertThat(run("publish", share.toString(), "--data-dir", tmp.resolve("pub").toString()).exit()).isZero();
        Path published = share.resolve(".collateral-index");
        Path source = tmp.resolve("s5");
        OfficeFiles.text(source.resolve("sub/own.txt"), "The laptop's own generation notes.");
        Files.createSymbolicLink(source.resolve("linkf1"), published.resolve("files-1"));
        Files.createSymbolicLink(source.resolve("linkhist"), published.resolve("history"));
        Files.createSymbolicLink(source.resolve("linkidx"), published);
        Path elsewhere = Files.createDirectories(tmp.resolve("mounted"));
        for (String part : List.of("files-1", "history")) { // as a bind mount shows them: no manifest beside them
            Path to = Files.createDirectories(elsewhere.resolve(part.equals("history") ? "h" : "f1"));
            try (var files = Files.list(published.resolve(part))) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }

        String laptop = tmp.resolve("laptop").toString();
        JsonNode indexed = run("index", "--data-dir", laptop, "--json", "--source", source.toString(), "--source",
                elsewhere.toString()).lastJson();

        assertThat(List.of(indexed.get("files").asInt(), indexed.get("failed").asInt())).containsExactly(1, 0);
        List<String> found = new ArrayList<>();
        JSON.readTree(run("search", "--data-dir", laptop, "--json", "generation").out()).get("hits")
                .forEach(h -> found.add(h.get("path").asText()));
        assertThat(found).containsExactly(source.resolve("sub/own.txt").toString());
        List<String> skipped = new ArrayList<>();
        JSON.readTree(run("status", "--data-dir", laptop, "--json").out()).get("skipped")
                .forEach(s -> skipped.add(s.get("path").asText() + ": " + s.get("reason").asText()));
        assertThat(skipped).containsExactly(
                source.resolve("linkf1") + ": part of a published team index, never indexed",
                source.resolve("linkhist") + ": part of a published team index, never indexed",
                source.resolve("linkidx") + ": a published team index, never indexed",
                elsewhere.resolve("f1") + ": the files of a search index (as a published team index holds them), "
                        + "never indexed",
                elsewhere.resolve("h") + ": the manifests of a published team index, never indexed");
    }

    /** Re-test 11, finding 3: the same share by a link was called another folder "published with it". */
    @Test
    void publishingTheSameShareByAnotherPathSaysItIsTheSameShare() throws IOException {
        Path share = share();
        Path link = Files.createSymbolicLink(tmp.resolve("mnt-a"), share);
        String data = tmp.resolve("data").toString();
        assertThat(run("publish", share.toString(), "--data-dir", data, "--json").exit()).isZero();

        Run refused = run("publish", link.toString(), "--data-dir", data, "--json");

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).isEqualTo("This data folder publishes the same share by another path, " + share
                + "; publish it by that path, or use a data folder of its own (--data-dir).");
    }

    @Test
    void publishRefusesAToFolderHoldingFilesItDidNotWriteAndDeletesNoneOfThem() throws IOException {
        Path share = share();
        Path to = tmp.resolve("tofolder");
        List<Path> theirs = List.of(to.resolve("keep-me.txt"), to.resolve("files-1/user-notes.txt"),
                to.resolve("history/notes.txt"), to.resolve("files-7/_0.si"), to.resolve("history/3.json"));
        for (Path p : theirs) {
            OfficeFiles.text(p, "keep");
        }
        String publisher = tmp.resolve("publisher").toString();
        Run refused = run("publish", share.toString(), "--data-dir", publisher, "--to", to.toString(), "--json");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("Cannot publish into " + to + ": it holds files-1/user-notes.txt, which is "
                + "not part of a team index, and publishing deletes what older generations leave there. Publish into an "
                + "empty or new folder, or the share's .collateral-index.");
        Files.delete(to.resolve("keep-me.txt"));
        Files.delete(to.resolve("files-1/user-notes.txt"));
        Files.delete(to.resolve("history/notes.txt"));
        // what is left is named like a team index's files, but no manifest names files-7 or lists 3.json's files
        assertThat(run("publish", share.toString(), "--data-dir", publisher, "--to", to.toString()).exit()).isZero();
        OfficeFiles.text(share.resolve("more.txt"), "More retail notes.");
        assertThat(run("publish", share.toString(), "--data-dir", publisher, "--to", to.toString(), "--json").lastJson()
                .get("generation").asLong()).isEqualTo(2);

        Path fresh = tmp.resolve("published");
        assertThat(run("publish", share.toString(), "--data-dir", publisher, "--to", fresh.toString()).exit()).isZero();
        Files.writeString(fresh.resolve("history/notes.txt"), "mine");
        Run again = run("publish", share.toString(), "--data-dir", publisher, "--to", fresh.toString());
        assertThat(again.err().strip()).startsWith("Cannot publish into " + fresh + ": it holds history/notes.txt, which");
        assertThat(theirs.stream().filter(Files::exists).toList()).containsExactly(to.resolve("files-7/_0.si"),
                to.resolve("history/3.json"));
        assertThat(fresh.resolve("history/notes.txt")).hasContent("mine");
    }

    /** Re-test 13, finding 5: a file given as the share, or a missing share, got one vague sentence for both. */
    @Test
    void publishOfAFileOrOfAMissingFolderSaysWhichAndWhatToDo() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile.txt"), "x");
        Path missing = tmp.resolve("nope");
        String publisher = tmp.resolve("publisher").toString();

        Run onFile = run("publish", file.toString(), "--data-dir", publisher);
        Run onMissing = run("publish", missing.toString(), "--data-dir", publisher);

        assertThat(List.of(onFile.exit(), onMissing.exit())).containsExactly(2, 2);
        assertThat(onFile.err().strip()).isEqualTo("Cannot publish " + file + ": it is a file, not a folder; give the "
                + "shared folder it is in.");
        assertThat(onMissing.err().strip()).isEqualTo("Cannot publish " + missing + ": it does not exist (check the "
                + "path, and that the share is mounted).");
        assertThat(tmp.resolve("publisher")).doesNotExist();
    }

    @Test
    void publishRefusesAToThatIsAFileOrWhoseFolderDoesNotExist() throws IOException {
        Path share = share();
        String publisher = tmp.resolve("publisher").toString();
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Run onFile = run("publish", share.toString(), "--data-dir", publisher, "--to", file.toString());
        assertThat(onFile.exit()).isEqualTo(2);
        assertThat(onFile.err().strip()).isEqualTo("Cannot publish into " + file + ": it is a file, not a folder.");
        Path deep = tmp.resolve("nonexistent/deep/dir");
        Run missing = run("publish", share.toString(), "--data-dir", publisher, "--to", deep.toString());
        assertThat(missing.err().strip()).isEqualTo("Cannot publish into " + deep + ": the folder " + deep.getParent()
                + " it would be made in does not exist (check the path, or create that folder first).");
        assertThat(tmp.resolve("nonexistent")).doesNotExist();
        assertThat(tmp.resolve("publisher")).doesNotExist();
    }

    /** Round 9, NEW G: publish /proc failed on a folder listing and left publish/proc-… in the data folder. */
    @Test
    void publishRefusesAFolderOfTheOperatingSystemAsTheTeamFolderIsRefusedAndCreatesNothing() throws IOException {
        Assumptions.assumeTrue(File.separatorChar == '/', "the folders of a Unix-like system");
        Path publisher = tmp.resolve("publisher");
        Path defaultData = TeamIndexPublisher.defaultDataFolder(DataDirectory.resolve(null, System.getenv()),
                Path.of("/proc"));
        boolean existedBefore = Files.exists(defaultData);

        Run proc = run("publish", "/proc", "--data-dir", publisher.toString(), "--json");
        Run procDefault = run("publish", "/proc");
        Run toEtc = run("publish", share().toString(), "--data-dir", publisher.toString(), "--to", "/etc/cf-index");

        assertThat(List.of(proc.exit(), procDefault.exit(), toEtc.exit())).containsOnly(2);
        assertThat(proc.out()).isEmpty();
        assertThat(proc.err().strip()).isEqualTo("Cannot publish /proc: it is a folder of the operating system, not "
                + "a share.");
        assertThat(procDefault.err().strip()).isEqualTo(proc.err().strip());
        assertThat(toEtc.err().strip()).isEqualTo("Cannot publish into /etc/cf-index: it is in /etc, a folder of the "
                + "operating system, not a share.");
        assertThat(publisher).doesNotExist();
        assertThat(Files.exists(defaultData)).isEqualTo(existedBefore);
        assertThat(Path.of("/etc/cf-index")).doesNotExist();
    }

    @Test
    void publishRefusesADataFolderInOrAroundTheShareBeforeChangingAnything() throws IOException {
        Path share = share();
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(share);
        Run same = run("publish", share.toString(), "--data-dir", share.toString(), "--json");
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err().strip()).isEqualTo("The data folder " + share + " is the shared folder " + share
                + "; the publisher's own index and logs would be published with the share. Use a data folder apart "
                + "from the share (--data-dir).");
        Path inside = share.resolve("pubdata");
        assertThat(run("publish", share.toString(), "--data-dir", inside.toString()).err().strip())
                .startsWith("The data folder " + inside + " is inside the shared folder " + share + ";");
        assertThat(run("publish", share.toString(), "--data-dir", tmp.toString()).err().strip())
                .startsWith("The data folder " + tmp + " holds the shared folder " + share + ";");
        Path to = tmp.resolve("out");
        assertThat(run("publish", share.toString(), "--data-dir", to.resolve("data").toString(), "--to", to.toString())
                .err().strip()).isEqualTo("The data folder " + to.resolve("data") + " and the folder published into, "
                + to + ", overlap; use a data folder apart from both (--data-dir).");
        assertThat(Files.getPosixFilePermissions(share)).isEqualTo(before);
        try (var files = Files.list(share)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("Decks", "Retail Pricing.md");
        }
        assertThat(to).doesNotExist();
    }

    @Test
    void aRefusedIndexLeavesTheFolderGivenAsDataFolderAsItWas() throws IOException {
        Path share = share();
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(share);
        Run refused = run("index", "--source", share.toString(), "--data-dir", share.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo(share + " is Collateral Finder's own data folder; add the folders "
                + "your documents are in.");
        assertThat(Files.getPosixFilePermissions(share)).isEqualTo(before);
        try (var files = Files.list(share)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("Decks", "Retail Pricing.md");
        }
    }
}
