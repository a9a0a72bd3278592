package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback follows a file edited in place: what reps said about its previous content counts for the new
 * content at the same path, in search, in the list and in the report, on every computer whose index saw
 * the edit, while the team's event log keeps its format (cli tester's report, item 5).
 */
class FeedbackFollowsEditsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun cf(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    private static List<String> hits(Path data, String query) throws IOException {
        List<String> paths = new ArrayList<>();
        cf(data, "search", "--json", query).json().path("hits").forEach(h -> paths.add(h.path("path").asText()));
        return paths;
    }

    private static void edit(Path file) throws IOException {
        Files.writeString(file, " typo fix", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static List<String> users(JsonNode entries) {
        List<String> users = new ArrayList<>();
        entries.forEach(e -> users.add(e.path("user").asText()));
        return users;
    }

    private static List<String> paths(JsonNode entries) {
        List<String> paths = new ArrayList<>();
        entries.forEach(e -> paths.add(e.isTextual() ? e.asText() : e.path("path").asText()));
        return paths;
    }

    @Test
    void feedbackFollowsAFileEditedInPlace() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path deck = OfficeFiles.text(share.resolve("pricing.txt"), "capybara pricing for retail");
        OfficeFiles.text(share.resolve("other.txt"), "capybara other");
        Path data = tmp.resolve("data");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", deck.toString(), "--tag", "worked", "--rating", "5", "--user", "alice");
        edit(deck);

        cf(data, "index");

        assertThat(hits(data, "tag:worked")).containsExactly(deck.toString());
        JsonNode list = cf(data, "feedback", "list", deck.toString(), "--json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("user").asText()).isEqualTo("alice");
        assertThat(list.get(0).path("path").asText()).isEqualTo(deck.toString());
        JsonNode report = cf(data, "feedback", "report", "--json").json();
        assertThat(report.path("files")).hasSize(1);
        assertThat(report.path("files").get(0).path("path").asText()).isEqualTo(deck.toString());
        assertThat(report.path("files").get(0).path("tags").path("worked").asInt()).isEqualTo(1);
        List<String> neverUsed = new ArrayList<>();
        report.path("never_used").forEach(f -> neverUsed.add(f.path("path").asText()));
        assertThat(neverUsed).containsExactly(share.resolve("other.txt").toString());

        // the rep's feedback on the new content replaces the carried one
        cf(data, "feedback", "add", deck.toString(), "--tag", "outdated", "--user", "alice");
        assertThat(hits(data, "tag:worked")).isEmpty();
        assertThat(hits(data, "tag:outdated")).containsExactly(deck.toString());
        assertThat(cf(data, "feedback", "list", deck.toString(), "--json").json()).hasSize(1);
    }

    @Test
    void twoComputersSyncingBothCarryFeedbackOverAnEditAndTheTeamLogKeepsItsFormat() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        Path deck = OfficeFiles.text(share.resolve("battlecard.txt"), "paca battlecard");
        Path team = share.resolve(".collateral-feedback");
        Path alicesLaptop = tmp.resolve("alice");
        Path bobsLaptop = tmp.resolve("bob");
        cf(alicesLaptop, "index", "--source", share.toString());
        cf(bobsLaptop, "index", "--source", share.toString());
        cf(alicesLaptop, "feedback", "add", deck.toString(), "--tag", "worked", "--user", "alice");
        cf(alicesLaptop, "feedback", "sync", "--team-folder", team.toString());
        cf(bobsLaptop, "feedback", "sync", "--team-folder", team.toString());
        edit(deck);

        cf(alicesLaptop, "index");
        cf(bobsLaptop, "index");

        assertThat(hits(bobsLaptop, "tag:worked")).containsExactly(deck.toString());
        cf(bobsLaptop, "feedback", "add", deck.toString(), "--tag", "outdated", "--user", "bob");
        cf(bobsLaptop, "feedback", "sync");
        cf(alicesLaptop, "feedback", "sync");
        List<String> users = new ArrayList<>();
        cf(alicesLaptop, "feedback", "list", deck.toString(), "--json").json().forEach(e -> users.add(e.path("user").asText()));
        assertThat(users).containsExactly("bob", "alice");
        assertThat(hits(alicesLaptop, "tag:worked")).containsExactly(deck.toString());
        assertThat(hits(alicesLaptop, "tag:outdated")).containsExactly(deck.toString());
        // the logs hold feedback events only, in the format every version reads
        for (String log : List.of("alice.jsonl", "bob.jsonl")) {
            for (String line : Files.readAllLines(team.resolve(log))) {
                JsonNode event = JSON.readTree(line);
                assertThat(event.path("v").asInt()).isEqualTo(1);
                assertThat(event.path("type").asText()).isEqualTo("add");
            }
        }
    }

    /**
     * Retest 4, N2: a laptop that first indexes a file after it was edited never saw the old content, yet the
     * feedback given on it (at that path, on content no file has any more) counts for the file there, in
     * search, both lists and the report, as on the laptop that saw the edit.
     */
    @Test
    void aLaptopIndexingTheFileOnlyAfterItsEditKeepsTheTeamsFeedbackOnIt() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s12"));
        Path a = OfficeFiles.text(share.resolve("a.txt"), "alpha gazelleword one");
        Path b = OfficeFiles.text(share.resolve("b.txt"), "beta impalaword two");
        Path c = OfficeFiles.text(share.resolve("c.txt"), "gamma elandword three");
        Path team = tmp.resolve("tfT");
        Path lapX = tmp.resolve("lapX");
        Path lapY = tmp.resolve("lapY");
        cf(lapX, "index", "--source", share.toString());
        cf(lapX, "feedback", "add", a.toString(), "--tag", "worked", "--rating", "5", "--comment", "X likes a",
                "--user", "xavier");
        cf(lapX, "feedback", "sync", "--team-folder", team.toString());
        Files.writeString(a, "edited in place\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        cf(lapY, "index", "--source", share.toString());
        cf(lapY, "feedback", "sync", "--team-folder", team.toString());

        assertThat(hits(lapY, "tag:worked")).containsExactly(a.toString());
        assertThat(hits(lapY, "rating:>=4")).containsExactly(a.toString());
        JsonNode hit = cf(lapY, "search", "--json", "gazelleword").json().path("hits").get(0);
        assertThat(hit.path("tags").toString()).isEqualTo("[\"worked\"]");
        assertThat(hit.path("feedback_count").asInt()).isEqualTo(1);
        JsonNode onA = cf(lapY, "feedback", "list", a.toString(), "--json").json();
        assertThat(users(onA)).containsExactly("xavier");
        assertThat(onA.get(0).path("comment").asText()).isEqualTo("X likes a");
        assertThat(paths(cf(lapY, "feedback", "list", "--json").json())).containsExactly(a.toString());
        JsonNode report = cf(lapY, "feedback", "report", "--json").json();
        assertThat(paths(report.path("files"))).containsExactly(a.toString());
        assertThat(paths(report.path("most_valued"))).containsExactly(a.toString());
        assertThat(paths(report.path("never_used"))).containsExactly(b.toString(), c.toString());

        // the laptop that saw the edit, after both synced again, agrees
        cf(lapX, "index");
        cf(lapX, "feedback", "sync");
        cf(lapY, "feedback", "sync");
        for (Path laptop : List.of(lapX, lapY)) {
            assertThat(hits(laptop, "tag:worked")).as(laptop.toString()).containsExactly(a.toString());
            assertThat(users(cf(laptop, "feedback", "list", a.toString(), "--json").json())).containsExactly("xavier");
        }
    }

    /**
     * Retest 6, NEW 4: a rep withdraws feedback after the file was edited once; after a second edit, a laptop
     * that read neither earlier content must not show the withdrawn entry again.
     */
    @Test
    void feedbackWithdrawnAfterOneEditStaysWithdrawnAfterTheNextOnEveryLaptop() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s91"));
        Path f = OfficeFiles.text(share.resolve("f.txt"), "withdraw team test genetword v1");
        Path g = OfficeFiles.text(share.resolve("g.txt"), "other genetword");
        Path team = tmp.resolve("tf91");
        Path p91 = tmp.resolve("P91");
        Path q91 = tmp.resolve("Q91");
        cf(p91, "index", "--source", share.toString());
        cf(p91, "feedback", "add", f.toString(), "--tag", "outdated", "--rating", "1", "--comment", "old prices",
                "--user", "rep");
        cf(p91, "feedback", "sync", "--team-folder", team.toString());
        edit(f);
        cf(p91, "index");
        cf(p91, "feedback", "remove", f.toString(), "--user", "rep");
        cf(p91, "feedback", "sync");
        edit(f);

        cf(q91, "index", "--source", share.toString());
        cf(q91, "feedback", "sync", "--team-folder", team.toString());

        for (Path laptop : List.of(q91, p91)) {
            cf(laptop, "index");
            assertThat(hits(laptop, "tag:outdated")).as(laptop.toString()).isEmpty();
            assertThat(cf(laptop, "feedback", "list", f.toString(), "--json").json()).as(laptop.toString()).isEmpty();
            assertThat(paths(cf(laptop, "feedback", "report", "--json").json().path("flagged_outdated")))
                    .as(laptop.toString()).isEmpty();
        }
        assertThat(hits(q91, "genetword")).containsExactlyInAnyOrder(f.toString(), g.toString());
    }

    /**
     * Retest 4, N8: a laptop copying the team index never reads the file; marketing edits it and republishes
     * before the laptop's next run. The rep's own feedback stays on the file.
     */
    @Test
    void aLaptopCopyingTheTeamIndexKeepsItsRepsFeedbackOnAFileEditedAndRepublished() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share3"));
        Path f2 = OfficeFiles.text(share.resolve("f2.txt"), "f two ocelotword");
        Path f3 = OfficeFiles.text(share.resolve("f3.txt"), "f three ocelotword");
        Path publisher = tmp.resolve("pub3d");
        Path lapF = tmp.resolve("lapF");
        cf(publisher, "publish", share.toString());
        JsonNode copied = cf(lapF, "index", "--source", share.toString(), "--json").json();
        assertThat(copied.path("copied_files").asInt()).isPositive();
        cf(lapF, "feedback", "add", f2.toString(), "--tag", "worked", "--user", "rep9");
        Files.writeString(f2, " edited", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        cf(publisher, "publish", share.toString());

        JsonNode run = cf(lapF, "index", "--json").json();
        assertThat(run.path("copied_files").asInt()).isPositive();
        assertThat(run.path("updated").asInt()).isZero();

        assertThat(hits(lapF, "tag:worked")).containsExactly(f2.toString());
        // f2 is longer now, so only its feedback (worked: ×1.25) ranks it above f3
        assertThat(hits(lapF, "ocelotword")).containsExactly(f2.toString(), f3.toString());
        assertThat(users(cf(lapF, "feedback", "list", f2.toString(), "--json").json())).containsExactly("rep9");
        JsonNode report = cf(lapF, "feedback", "report", "--json").json();
        assertThat(paths(report.path("files"))).containsExactly(f2.toString());
        assertThat(paths(report.path("never_used"))).containsExactly(f3.toString());
    }

    /**
     * Retest 4, N5: old.txt is overwritten with new.txt's content. The feedback given on old.txt follows the
     * file that was edited (old.txt), never the other file that has the content it now has (new.txt).
     */
    @Test
    void aFileOverwrittenWithAnothersContentKeepsItsFeedbackAndTheOtherFileGetsNone() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s13"));
        Path old = OfficeFiles.text(share.resolve("old.txt"), "old price sheet 2024 lynxword", "2025-01-01T00:00:00Z");
        Path fresh = OfficeFiles.text(share.resolve("new.txt"), "new price sheet 2025 lynxword", "2025-02-01T00:00:00Z");
        Path data = tmp.resolve("d13");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", old.toString(), "--tag", "outdated", "--rating", "1", "--comment", "prices wrong",
                "--user", "rep1");
        cf(data, "feedback", "add", fresh.toString(), "--tag", "worked", "--rating", "5", "--user", "rep2");
        Files.copy(fresh, old, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2025-03-01T00:00:00Z")));

        cf(data, "index");

        assertThat(users(cf(data, "feedback", "list", fresh.toString(), "--json").json())).containsExactly("rep2");
        // old.txt now holds new.txt's content, so it shares rep2's entry, and keeps its own from rep1
        assertThat(users(cf(data, "feedback", "list", old.toString(), "--json").json())).containsExactly("rep2", "rep1");
        assertThat(hits(data, "tag:outdated")).containsExactly(old.toString());
        JsonNode report = cf(data, "feedback", "report", "--json").json();
        assertThat(paths(report.path("flagged_outdated"))).containsExactly(old.toString());
        assertThat(paths(report.path("files"))).containsExactly(fresh.toString(), old.toString());
        assertThat(report.path("files").get(0).path("entries").asInt()).isEqualTo(1);
        assertThat(report.path("files").get(1).path("entries").asInt()).isEqualTo(2);
        List<String> shownAt = new ArrayList<>();
        cf(data, "feedback", "list", "--json").json()
                .forEach(e -> shownAt.add(e.path("user").asText() + " " + e.path("path").asText()));
        assertThat(shownAt).containsExactlyInAnyOrder("rep1 " + old, "rep2 " + fresh, "rep2 " + old);
    }

    /**
     * Window retest 6, N1: feedback given, the file edited in place (the feedback follows its path), then
     * renamed. The laptops that indexed the edited file and then the renamed one keep the feedback on it (also
     * one that never saw the edit), and search, both lists and the report agree on its new name.
     */
    @Test
    void feedbackGivenBeforeAnEditStaysWithTheFileWhenItIsThenRenamed() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s61"));
        Path p = OfficeFiles.text(share.resolve("acme-pricing.txt"), "acme pricing 1200 USD quokkaword");
        Path other = OfficeFiles.text(share.resolve("other.txt"), "other sheet quokkaword");
        Path data = tmp.resolve("d61");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", p.toString(), "--tag", "worked", "--rating", "4", "--comment",
                "Great for the Acme renewal call", "--user", "rep");
        Path team = tmp.resolve("team61");
        cf(data, "feedback", "sync", "--team-folder", team.toString());
        edit(p);
        cf(data, "index");
        // a laptop that first indexes the file after its edit
        Path later = tmp.resolve("later61");
        cf(later, "index", "--source", share.toString());
        cf(later, "feedback", "sync", "--team-folder", team.toString());
        assertThat(hits(data, "tag:worked")).containsExactly(p.toString());
        assertThat(hits(later, "tag:worked")).containsExactly(p.toString());
        Path q = Files.move(p, share.resolve("acme-pricing-2026.txt"));

        cf(data, "index");
        cf(later, "index");

        assertThat(hits(later, "tag:worked")).containsExactly(q.toString());
        assertThat(hits(data, "tag:worked")).containsExactly(q.toString());
        JsonNode hit = cf(data, "search", "--json", "acme").json().path("hits").get(0);
        assertThat(hit.path("path").asText()).isEqualTo(q.toString());
        assertThat(hit.path("tags").toString()).isEqualTo("[\"worked\"]");
        JsonNode onQ = cf(data, "feedback", "list", q.toString(), "--json").json();
        assertThat(users(onQ)).containsExactly("rep");
        assertThat(paths(onQ)).containsExactly(q.toString());
        assertThat(onQ.get(0).path("comment").asText()).isEqualTo("Great for the Acme renewal call");
        assertThat(paths(cf(data, "feedback", "list", "--json").json())).containsExactly(q.toString());
        JsonNode report = cf(data, "feedback", "report", "--json").json();
        assertThat(paths(report.path("files"))).containsExactly(q.toString());
        assertThat(paths(report.path("most_valued"))).containsExactly(q.toString());
        assertThat(paths(report.path("never_used"))).containsExactly(other.toString());

        // renamed once more, the file still carries it
        Path r = Files.move(q, share.resolve("acme-pricing-final.txt"));
        cf(data, "index");
        assertThat(hits(data, "tag:worked")).containsExactly(r.toString());
        assertThat(paths(cf(data, "feedback", "report", "--json").json().path("files"))).containsExactly(r.toString());
    }

    /**
     * Retest 7, NEW B: feedback given, the file edited in place (the feedback follows its path), then kept under a
     * new name while a brand-new file is put at its old name before the next run. The feedback stays with the kept
     * file (the content the laptops last saw it on), never the new file, and goes along when that file is renamed
     * again: on the laptop that gave it and on a second one syncing through the team folder that indexed the same
     * steps, in search, both lists and the report.
     */
    @Test
    void feedbackGivenBeforeAnEditStaysWithTheFileKeptUnderANewNameWhenANewFileTakesItsName() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s62"));
        Path r = OfficeFiles.text(share.resolve("r.txt"), "swap2 dibblerword original");
        Path team = tmp.resolve("team62");
        Path lapA = tmp.resolve("A62");
        Path lapB = tmp.resolve("B62");
        cf(lapA, "index", "--source", share.toString());
        cf(lapB, "index", "--source", share.toString());
        cf(lapA, "feedback", "add", r.toString(), "--tag", "outdated", "--comment", "A on r", "--user", "ann");
        cf(lapA, "feedback", "sync", "--team-folder", team.toString());
        cf(lapB, "feedback", "sync", "--team-folder", team.toString());
        edit(r);
        cf(lapA, "index");
        cf(lapB, "index");
        Path r2 = Files.move(r, share.resolve("r2.txt"));
        OfficeFiles.text(r, "swap2 dibblerword brand new r");

        cf(lapA, "index");
        cf(lapB, "index");

        for (Path laptop : List.of(lapA, lapB)) {
            assertThat(hits(laptop, "tag:outdated")).as(laptop.toString()).containsExactly(r2.toString());
            assertThat(paths(cf(laptop, "feedback", "list", "--json").json())).as(laptop.toString())
                    .containsExactly(r2.toString());
            assertThat(cf(laptop, "feedback", "list", r.toString(), "--json").json()).as(laptop.toString()).isEmpty();
            assertThat(users(cf(laptop, "feedback", "list", r2.toString(), "--json").json())).as(laptop.toString())
                    .containsExactly("ann");
        }

        Files.delete(r);
        Path r3 = Files.move(r2, share.resolve("r3.txt"));
        cf(lapA, "index");
        cf(lapB, "index");

        for (Path laptop : List.of(lapA, lapB)) {
            assertThat(hits(laptop, "tag:outdated")).as(laptop.toString()).containsExactly(r3.toString());
            assertThat(paths(cf(laptop, "feedback", "list", "--json").json())).as(laptop.toString())
                    .containsExactly(r3.toString());
            JsonNode report = cf(laptop, "feedback", "report", "--json").json();
            assertThat(paths(report.path("flagged_outdated"))).as(laptop.toString()).containsExactly(r3.toString());
            assertThat(paths(report.path("files"))).as(laptop.toString()).containsExactly(r3.toString());
            assertThat(paths(report.path("never_used"))).as(laptop.toString()).isEmpty();
        }
    }

    /**
     * Retest 7, NEW B variants: edited twice, then kept under a new name while a new file takes its name; and
     * renamed, then edited, then kept under a new name the same way. The feedback stays with the kept file.
     */
    @Test
    void feedbackStaysWithTheKeptFileAfterTwoEditsAndAfterARenameAndAnEdit() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s63"));
        Path twice = OfficeFiles.text(share.resolve("twice.txt"), "twice dibblerword original");
        Path moved = OfficeFiles.text(share.resolve("moved.txt"), "moved dibblerword original");
        Path data = tmp.resolve("d63");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", twice.toString(), "--tag", "outdated", "--user", "ann");
        cf(data, "feedback", "add", moved.toString(), "--tag", "worked", "--user", "ann");
        edit(twice);
        cf(data, "index");
        Files.writeString(twice, " and more", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path movedNow = Files.move(moved, share.resolve("moved-2026.txt"));
        cf(data, "index");
        edit(movedNow);
        cf(data, "index");
        Path twiceKept = Files.move(twice, share.resolve("twice-old.txt"));
        OfficeFiles.text(twice, "twice dibblerword brand new");
        Path movedKept = Files.move(movedNow, share.resolve("moved-old.txt"));
        OfficeFiles.text(movedNow, "moved dibblerword brand new");

        cf(data, "index");

        assertThat(hits(data, "tag:outdated")).containsExactly(twiceKept.toString());
        assertThat(hits(data, "tag:worked")).containsExactly(movedKept.toString());
        assertThat(paths(cf(data, "feedback", "list", "--json").json()))
                .containsExactlyInAnyOrder(twiceKept.toString(), movedKept.toString());
        assertThat(paths(cf(data, "feedback", "report", "--json").json().path("never_used")))
                .containsExactlyInAnyOrder(twice.toString(), movedNow.toString());
    }

    /**
     * Retest 7, NEW B variant: the new file put at the old name has the very content the feedback was given on.
     * Feedback is on content, so that file shows it (as any identical copy would); once it is gone, the kept
     * file, which this laptop saw carry it, has it again.
     */
    @Test
    void aNewFileWithTheOriginalContentAtTheOldNameSharesItsFeedbackUntilItIsGone() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s65"));
        Path r = OfficeFiles.text(share.resolve("r.txt"), "swap3 dibblerword original");
        Path data = tmp.resolve("d65");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", r.toString(), "--tag", "outdated", "--user", "ann");
        edit(r);
        cf(data, "index");
        Path r2 = Files.move(r, share.resolve("r2.txt"));
        OfficeFiles.text(r, "swap3 dibblerword original");
        cf(data, "index");
        assertThat(hits(data, "tag:outdated")).containsExactly(r.toString());

        Files.delete(r);
        Path r3 = Files.move(r2, share.resolve("r3.txt"));
        cf(data, "index");

        assertThat(hits(data, "tag:outdated")).containsExactly(r3.toString());
        assertThat(paths(cf(data, "feedback", "list", "--json").json())).containsExactly(r3.toString());
    }

    /** Retest 4, N6: the list of all feedback shows a renamed file at its new path, as the report and list FILE do. */
    @Test
    void theListOfAllFeedbackShowsARenamedFileAtItsNewPath() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("s5"));
        Path w = OfficeFiles.text(share.resolve("w.txt"), "walrusword notes");
        Path data = tmp.resolve("d7");
        cf(data, "index", "--source", share.toString());
        cf(data, "feedback", "add", w.toString(), "--tag", "worked", "--user", "alice");
        Path renamed = Files.move(w, share.resolve("w renamed ü.txt"));

        cf(data, "index");

        assertThat(paths(cf(data, "feedback", "list", "--json").json())).containsExactly(renamed.toString());
        assertThat(paths(cf(data, "feedback", "list", renamed.toString(), "--json").json()))
                .containsExactly(renamed.toString());
        assertThat(paths(cf(data, "feedback", "report", "--json").json().path("files")))
                .containsExactly(renamed.toString());
    }
}
