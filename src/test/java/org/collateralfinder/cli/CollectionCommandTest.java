package org.collateralfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collateralfinder.feedback.TeamLogFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code collection}: two laptops (two data folders) and one team folder, real files indexed on both. Both laptops
 * run as whoever runs the tests, the collection's author (a collection is changed by its author only: see
 * {@code FileCollectionsTest} for another rep).
 */
class CollectionCommandTest {

    private static final String NL = System.lineSeparator();
    private static final String ME = System.getProperty("user.name");
    private static final String MY_LOG = TeamLogFiles.logFileName(ME);
    private static final String KIT = "Healthcare pitch kit";

    @TempDir
    Path dir;

    private Path share;
    private Path team;
    private Path study;
    private Path deck;
    private Path sheet;

    @BeforeEach
    void shareIndexedOnTwoLaptops() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        team = share.resolve(".collateral-feedback");
        study = Files.writeString(Files.createDirectories(share.resolve("cases")).resolve("hospital-case-study.txt"),
                "How a regional hospital cut its readmissions: a case study.");
        deck = Files.writeString(share.resolve("clinical-deck.txt"), "Clinical outcomes deck for hospital buyers.");
        sheet = Files.writeString(share.resolve("price-sheet.txt"), "Price sheet for the hospital plan, per bed.");
        Files.writeString(share.resolve("battlecard.txt"), "Competitor battlecard for retail, nothing clinical.");
        for (String laptop : List.of("a", "b")) {
            assertThat(CliRun.of("index", "--source", share.toString(), "--data-dir", data(laptop)).exit()).isZero();
            CliRun sync = run(laptop, "feedback", "sync", "--team-folder", team.toString());
            assertThat(sync.exit()).as(sync.err()).isZero();
        }
    }

    private String data(String laptop) {
        return dir.resolve(laptop).toString();
    }

    private CliRun run(String laptop, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data(laptop)));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.err()).doesNotContain("Exception");
        return run;
    }

    private void madeOnLaptopA() {
        assertThat(run("a", "collection", "create", KIT, "--description", "For hospital buyers").exit()).isZero();
        assertThat(run("a", "collection", "add", KIT, study.toString(), deck.toString(), sheet.toString()).exit())
                .isZero();
    }

    private static List<String> paths(JsonNode files) {
        List<String> paths = new ArrayList<>();
        files.forEach(file -> paths.add(file.has("path") ? file.get("path").textValue() : file.textValue()));
        return paths;
    }

    /** Issue 16 re-test r24, finding 6: the suggested command for a name holding quotes did not work as copied. */
    @Test
    void theCommandSuggestedForANameHoldingQuotesWorksAsCopied() {
        CliRun create = run("a", "collection", "create", "Kit \"quoted\" 'café'");
        assertThat(create.out()).endsWith("Add files with collection add 'Kit \"quoted\" '\\''café'\\''' FILE..." + NL);
    }

    /**
     * Issue 16 re-test r25, finding 1: the share restored from a backup taken before anyone shared a collection has no
     * collections/ folder; the sharer's syncs never made it again nor wrote the collection back, and said nothing.
     */
    @Test
    void aSharedCollectionIsWrittenAgainWhenTheShareIsRestoredFromABackupWithoutTheFolder() throws Exception {
        assertThat(run("a", "collection", "create", KIT).exit()).isZero();
        assertThat(run("a", "collection", "add", KIT, study.toString()).exit()).isZero();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        assertThat(run("a", "feedback", "sync").exit()).isZero();
        try (var files = Files.walk(team.resolve("collections"))) { // the share restored: no collections/ there
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        CliRun sync = run("a", "feedback", "sync", "--json");

        assertThat(sync.exit()).isZero();
        assertThat(sync.json().get("collections_published").intValue()).isEqualTo(1);
        assertThat(run("b", "feedback", "sync").exit()).isZero();
        assertThat(run("b", "collection", "list").out()).contains(KIT);
    }

    @Test
    void aCollectionMadeOnOneLaptopAndSharedAppearsOnTheOtherInItsOrderAndPinsAsAUnit() throws Exception {
        CliRun create = run("a", "collection", "create", KIT, "--description", "For hospital buyers");
        assertThat(create.out()).isEqualTo("Made the collection \"" + KIT + "\", yours alone until you share it "
                + "(collection share). Add files with collection add \"" + KIT + "\" FILE..." + NL);
        CliRun add = run("a", "collection", "add", KIT, study.toString(), deck.toString(), sheet.toString());
        assertThat(add.out()).isEqualTo("Added 3 files to \"" + KIT + "\", which holds 3 files now." + NL);
        assertThat(add.exit()).isZero();
        assertThat(Files.exists(team.resolve("collections"))).isFalse(); // personal: nothing travels

        CliRun shared = run("a", "collection", "share", KIT);

        assertThat(shared.out()).isEqualTo("Shared \"" + KIT + "\" with the team. It reaches every laptop at its next "
                + "sync." + NL);
        assertThat(shared.err()).isEmpty();
        assertThat(Files.readAllLines(team.resolve("collections").resolve(MY_LOG))).hasSize(1);
        assertThat(run("b", "collection", "list").out()).isEqualTo("There is no collection yet; make one with "
                + "collection create NAME." + NL);

        CliRun sync = run("b", "feedback", "sync", "--json");

        assertThat(sync.exit()).isZero();
        assertThat(sync.json().get("collections_merged").intValue()).isEqualTo(1);
        JsonNode listed = run("b", "collection", "list", "--json").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").textValue()).isEqualTo(KIT);
        assertThat(listed.get(0).get("description").textValue()).isEqualTo("For hospital buyers");
        assertThat(listed.get(0).get("by").textValue()).isEqualTo(ME);
        assertThat(listed.get(0).get("shared").booleanValue()).isTrue();
        assertThat(paths(listed.get(0).get("files"))).containsExactly(study.toString(), deck.toString(), sheet.toString());
        assertThat(run("b", "collection", "list", "healthcare PITCH kit").out()).isEqualTo(KIT + "\t3 files\tshared by "
                + "you" + NL + "    For hospital buyers" + NL + "  1. " + study + NL + "  2. " + deck + NL + "  3. "
                + sheet + NL);

        CliRun pin = run("b", "collection", "pin", KIT);

        assertThat(pin.err()).isEmpty();
        assertThat(pin.exit()).isZero();
        assertThat(pin.out()).startsWith("Kept the 3 files of \"" + KIT + "\" offline: 3 files copied (");
        JsonNode pins = run("b", "offline", "list", "--json").json().get("pins");
        assertThat(paths(pins)).containsExactlyInAnyOrder(study.toString(), deck.toString(), sheet.toString());
        JsonNode found = run("b", "search", "--json", "pitch", "kit").json();
        assertThat(found.get("collections").toString()).isEqualTo("[{\"name\":\"" + KIT + "\",\"description\":\"For "
                + "hospital buyers\",\"by\":\"" + ME + "\",\"shared\":true,\"files\":[\"" + json(study) + "\",\""
                + json(deck) + "\",\"" + json(sheet) + "\"]}]");
        JsonNode hits = run("b", "search", "--json", "clinical", "outcomes").json().get("hits");
        assertThat(hits.get(0).get("path").textValue()).isEqualTo(deck.toString());
        assertThat(hits.get(0).get("collections").toString()).isEqualTo("[\"" + KIT + "\"]");
        assertThat(hits.get(0).get("offline_copy").booleanValue()).isTrue();
        assertThat(run("b", "search", "--json", "battlecard").json().get("hits").get(0).get("collections").toString())
                .isEqualTo("[]");
        assertThat(run("b", "search", "pitch", "kit").out()).contains(NL + "Collection \"" + KIT + "\" (" + ME + ", 3 "
                + "files): collection list \"" + KIT + "\" shows them." + NL);
        assertThat(List.of(run("b", "search", "clinical", "outcomes").out().split(NL)))
                .contains("    in the collection \"" + KIT + "\"");
    }

    /** Issue 16, re-test 22: feedback sync's summary line says the versions of shared collections it moved. */
    @Test
    void theSyncSummarySaysTheVersionsOfSharedCollectionsPublishedAndMerged() throws Exception {
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();

        CliRun merged = run("b", "feedback", "sync");

        assertThat(merged.out()).isEqualTo("Published 0 entries and merged 0 new ones from 0 changed logs in " + team
                + ". Merged 1 new version of a shared collection." + NL);
        // what a sync published that waited (the share could not be written when it was shared), and merged
        assertThat(FeedbackSyncCommand.moved(2, 1, "version of a shared collection", "versions of shared collections",
                "")).isEqualTo(" Published 2 versions of shared collections and merged 1 new one.");
        assertThat(FeedbackSyncCommand.moved(1, 0, "curation", "curations", " from marketing"))
                .isEqualTo(" Published 1 curation.");
        assertThat(FeedbackSyncCommand.moved(0, 0, "curation", "curations", " from marketing")).isEmpty();
    }

    @Test
    void aFileRenamedOrEditedInPlaceStaysInTheCollectionAndRemovingOneKeepsTheOrderOnEveryLaptop() throws Exception {
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        assertThat(run("b", "feedback", "sync").exit()).isZero();
        Path renamed = Files.move(deck, share.resolve("clinical-outcomes-2026.txt"));
        Files.writeString(sheet, "Price sheet for the hospital plan, per bed. New prices from March.");
        for (String laptop : List.of("a", "b")) {
            assertThat(run(laptop, "index").exit()).isZero();
        }

        JsonNode files = run("b", "collection", "list", KIT, "--json").json().get("files");

        assertThat(paths(files)).containsExactly(study.toString(), renamed.toString(), sheet.toString());
        assertThat(files.get(1).get("edited_since").booleanValue()).isFalse();
        assertThat(files.get(2).get("edited_since").booleanValue()).isTrue();
        assertThat(files.get(2).get("found").booleanValue()).isTrue();
        assertThat(run("b", "search", "--json", "new", "prices").json().get("hits").get(0).get("collections").toString())
                .isEqualTo("[\"" + KIT + "\"]");

        CliRun remove = run("a", "collection", "remove", KIT, renamed.toString());

        assertThat(remove.out()).isEqualTo("Took " + renamed + " out of \"" + KIT + "\", which holds 2 files now. It "
                + "reaches every laptop at its next sync." + NL);
        assertThat(run("b", "feedback", "sync").exit()).isZero();
        assertThat(run("b", "collection", "list", KIT).out()).isEqualTo(KIT + "\t2 files\tshared by you" + NL
                + "    For hospital buyers" + NL + "  1. " + study + NL + "  2. " + sheet + NL); // its new content, since
        CliRun again = run("a", "collection", "add", KIT, sheet.toString(), renamed.toString());
        assertThat(again.out()).isEqualTo("Added 1 file to \"" + KIT + "\", which holds 3 files now. It reaches every "
                + "laptop at its next sync." + NL + sheet + " is in the collection already." + NL);
        Files.delete(study);
        assertThat(run("a", "index").exit()).isZero();
        assertThat(run("a", "collection", "list", KIT).out()).endsWith("  1. " + study + "\t(no longer found)" + NL
                + "  2. " + sheet + NL + "  3. " + renamed + NL);
        assertThat(run("a", "collection", "remove", KIT, study.toString()).out()).isEqualTo("Took " + study + " out of \""
                + KIT + "\", which holds 2 files now. It reaches every laptop at its next sync." + NL);
    }

    /**
     * Issue 16 re-test t16, minor 9: an archive copy of a member, then the member edited in place; the collection
     * followed the old content to the archive copy, so a rep sending the kit sent the archive file. A member at a path
     * that now holds other content is that file, edited since (its content is still found elsewhere).
     */
    @Test
    void aMemberEditedInPlaceStaysAtItsPathThoughAnArchiveCopyHoldsItsOldContent() throws Exception {
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        assertThat(run("b", "feedback", "sync").exit()).isZero();
        Path archived = Files.copy(deck, Files.createDirectories(share.resolve("archive")).resolve("clinical-deck-old.txt"));
        Files.writeString(deck, "Clinical outcomes deck for hospital buyers, 2027 edition with new outcomes.");
        for (String laptop : List.of("a", "b")) {
            assertThat(run(laptop, "index").exit()).isZero();

            JsonNode files = run(laptop, "collection", "list", KIT, "--json").json().get("files");

            assertThat(paths(files)).as(laptop).containsExactly(study.toString(), deck.toString(), sheet.toString());
            assertThat(files.get(1).get("edited_since").booleanValue()).isTrue();
            assertThat(files.get(1).get("found").booleanValue()).isTrue();
            assertThat(run(laptop, "collection", "list", KIT).out()).isEqualTo(KIT + "\t3 files\tshared by you" + NL
                    + "    For hospital buyers" + NL + "  1. " + study + NL + "  2. " + deck
                    + "\t(edited since it was added)" + NL + "  3. " + sheet + NL);
            // search says the same: the deck is in the kit, its archive copy of the old content is not (rc16 finding 2)
            Map<String, List<String>> holding = new HashMap<>();
            run(laptop, "search", "--json", "clinical").json().get("hits").forEach(hit -> {
                List<String> names = new ArrayList<>();
                hit.get("collections").forEach(name -> names.add(name.asText()));
                holding.put(hit.get("path").asText(), names);
            });
            assertThat(holding).as(laptop).containsEntry(deck.toString(), List.of(KIT))
                    .containsEntry(archived.toString(), List.of());
        }
        assertThat(archived).exists();
    }

    /**
     * Issue 16 re-test t16, minor 4: a line written by hand into rob's own log made a second shared "Healthcare pitch
     * kit" (reusing the collection's id, with no files), and every laptop listed two. The collection shared under the
     * name first keeps it on every laptop; the later one is skipped with a warning (on its author's computer only it
     * stays), as {@code collection create} refuses the name.
     */
    @Test
    void aLineGivingAnotherAuthorsSharedNameToACollectionIsSkippedWithAWarningAndTheFirstKeepsIt() throws Exception {
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        Path collections = team.resolve("collections");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode mine = (ObjectNode) mapper.readTree(Files.readAllLines(collections.resolve(MY_LOG)).getLast());
        Instant shared = Instant.parse(mine.get("at").textValue());
        List<String> robs = new ArrayList<>();
        String[][] versions = {{mine.get("collection").textValue(), KIT}, {UUID.randomUUID().toString(),
                "healthcare PITCH kit"}, {UUID.randomUUID().toString(), "Rob's kit"}};
        for (int i = 0; i < versions.length; i++) {
            ObjectNode rob = mine.deepCopy();
            rob.put("id", UUID.randomUUID().toString()).put("collection", versions[i][0]).put("by", "rob")
                    .put("at", shared.plusSeconds(i + 1).toString()).put("name", versions[i][1]).putArray("files");
            robs.add(mapper.writeValueAsString(rob));
        }
        Files.writeString(collections.resolve("rob.jsonl"), String.join("\n", robs) + "\n");

        CliRun sync = run("b", "feedback", "sync", "--json");

        assertThat(sync.exit()).isZero();
        assertThat(sync.json().get("collections_merged").intValue()).isEqualTo(4);
        String day = LocalDate.ofInstant(shared, ZoneId.systemDefault()).toString();
        List<String> warnings = new ArrayList<>();
        sync.json().get("warnings").forEach(warning -> warnings.add(warning.textValue()));
        assertThat(warnings).containsExactlyInAnyOrder(
                "Skipped rob's collection \"" + KIT + "\" of collections/rob.jsonl: " + ME + " shares a collection of "
                        + "that name since " + day + ", so only that one is listed; rob can share it under another name.",
                "Skipped rob's collection \"healthcare PITCH kit\" of collections/rob.jsonl: " + ME + " shares a "
                        + "collection of that name since " + day + ", so only that one is listed; rob can share it "
                        + "under another name.");
        assertThat(run("a", "feedback", "sync").exit()).isZero();
        for (String laptop : List.of("a", "b")) {
            assertThat(run(laptop, "collection", "list").out()).as(laptop).isEqualTo(KIT + "\t3 files\tshared by you"
                    + NL + "Rob's kit\t0 files\tshared by rob" + NL);
            assertThat(paths(run(laptop, "collection", "list", KIT, "--json").json().get("files")))
                    .containsExactly(study.toString(), deck.toString(), sheet.toString());
        }
        CliRun again = run("b", "feedback", "sync", "--json");
        assertThat(again.json().get("warnings")).isEmpty(); // said once, when read
    }

    @Test
    void badNamesUnknownCollectionsAndFilesOutsideItAreRefusedWithASentence() throws Exception {
        madeOnLaptopA();
        Path unindexed = Files.writeString(share.resolve("new-brochure.txt"), "not indexed yet");
        String[][] cases = {
                {"collection", "create", " "},
                {"collection", "create", "Two\nlines"},
                {"collection", "create", "x".repeat(101)},
                {"collection", "create", "Kit \"quoted\" 'x' \u202Eعربي ✓"},
                {"collection", "create", "healthcare pitch KIT"},
                {"collection", "add", "Renewal Q4", deck.toString()},
                {"collection", "add", KIT, unindexed.toString()},
                {"collection", "remove", KIT, share.resolve("battlecard.txt").toString()},
                {"collection", "list", "Renewal Q4"},
                {"collection", "pin", "Renewal Q4"},
                {"collection", "share", "Renewal Q4"},
                {"collection", "delete", "Renewal Q4"},
        };
        String[] sentences = {
                "A collection needs a name, such as \"Healthcare pitch kit\".",
                "The collection's name cannot contain line breaks, tabs or other control characters.",
                "The collection's name has 101 characters; the limit is 100.",
                "The collection's name cannot hold invisible direction marks (such as a right-to-left override), "
                        + "which can make the text after them read backwards, nor zero-width spaces or line separators; type it without them.",
                "You have a collection named \"" + KIT + "\" already; add files to it with collection add, or choose "
                        + "another name.",
                "There is no collection named \"Renewal Q4\"; collection list shows the collections there are.",
                "The file " + unindexed + " is not in the index, so the team could not find it; add it once an index "
                        + "run has read it (collateral-finder index).",
                share.resolve("battlecard.txt") + " is not in the collection \"" + KIT + "\".",
                "There is no collection named \"Renewal Q4\"; collection list shows the collections there are.",
                "There is no collection named \"Renewal Q4\"; collection list shows the collections there are.",
                "There is no collection named \"Renewal Q4\"; collection list shows the collections there are.",
                "There is no collection named \"Renewal Q4\"; collection list shows the collections there are.",
        };
        for (int i = 0; i < cases.length; i++) {
            CliRun refused = run("a", cases[i]);
            assertThat(refused.err()).as(String.join(" ", cases[i])).isEqualTo(sentences[i] + NL);
            assertThat(refused.exit()).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(refused.out()).isEmpty();
        }
        CliRun noTeam = CliRun.of("collection", "create", "Mine", "--data-dir", dir.resolve("elsewhere").toString());
        assertThat(noTeam.exit()).isZero();
        CliRun notShared = CliRun.of("collection", "share", "Mine", "--data-dir", dir.resolve("elsewhere").toString());
        assertThat(notShared.err()).isEqualTo("No team folder is set, and shared collections travel through it; set it "
                + "with feedback sync --team-folder DIR." + NL);
        assertThat(notShared.exit()).isEqualTo(2);
        assertThat(run("a", "collection", "list", KIT).out()).isEqualTo(KIT + "\t3 files\tpersonal" + NL
                + "    For hospital buyers" + NL + "  1. " + study + NL + "  2. " + deck + NL + "  3. " + sheet + NL);
    }

    @Test
    void whoMayShareIsWhoMayWriteTheCollectionsFolderAndAKitThatDoesNotFitTheBudgetIsNotPinnedAtAll() throws Exception {
        madeOnLaptopA();
        Path collections = Files.createDirectory(team.resolve("collections"));
        Files.setPosixFilePermissions(collections, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliRun share = run("a", "collection", "share", KIT);

        assertThat(share.err()).isEqualTo("You cannot write the team's collections folder " + collections + ", so you "
                + "cannot share collections; they stay on this computer: it is " + ME + "'s with mode 0555, narrower "
                + "than the team folder's 0755; " + ME + " or whoever runs the share can give it the team folder's "
                + "permissions: chmod 0755 " + collections + "." + NL);
        assertThat(share.exit()).isEqualTo(2);
        try (var files = Files.list(collections)) {
            assertThat(files).isEmpty();
        }
        assertThat(run("a", "collection", "list", "--json").json().get(0).get("shared").booleanValue()).isFalse();

        assertThat(run("a", "offline", "budget", "60").exit()).isZero();
        CliRun pin = run("a", "collection", "pin", KIT);

        assertThat(pin.err()).isEqualTo("Keeping the 3 files of \"" + KIT + "\" offline needs "
                + (Files.size(study) + Files.size(deck) + Files.size(sheet)) + " bytes, but only 60 "
                + "bytes of the 60 bytes offline budget is free; unpin something or raise the budget." + NL);
        assertThat(pin.exit()).isEqualTo(1);
        assertThat(run("a", "offline", "list", "--json").json().get("pins")).isEmpty();
    }

    @Test
    void theFirstShareMakesTheCollectionsFolderAsWritableAsTheTeamFolderNotByTheUmask() throws Exception {
        assumeTrue(Files.getFileStore(team).supportsFileAttributeView("unix"));
        Files.setAttribute(team, "unix:mode", 01777);
        Files.setAttribute(team, "unix:gid", 4242);
        madeOnLaptopA();

        assertThat(run("a", "collection", "share", KIT).exit()).isZero();

        Path collections = team.resolve("collections");
        assertThat(Integer.toOctalString((Integer) Files.getAttribute(collections, "unix:mode") & 07777))
                .isEqualTo("1777");
        assertThat(Files.getAttribute(collections, "unix:gid")).isEqualTo(4242);
        assertThat(collections.resolve(MY_LOG)).exists();
    }

    /** Issue 16, re-test 22, finding 7: curation is shown where reps gather and pin files. */
    @Test
    void aRetiredMemberIsMarkedInTheListAndPinningItWarns() throws Exception {
        madeOnLaptopA();
        Files.createDirectories(team.resolve("curation"));
        CliRun retired = run("a", "curate", deck.toString(), "--state", "retired");
        assertThat(retired.exit()).as(retired.err()).isZero();
        String said = "Retired (" + ME + ", " + LocalDate.now() + ")";

        CliRun pin = run("a", "collection", "pin", KIT);

        assertThat(pin.exit()).isZero();
        assertThat(pin.err()).isEqualTo("Warning: " + deck + " \u2014 " + said + ": marketing advises against "
                + "sending it." + NL);
        assertThat(run("a", "collection", "list", KIT).out()).isEqualTo(KIT + "\t3 files\tpersonal" + NL
                + "    For hospital buyers" + NL + "  1. " + study + NL + "  2. " + deck + "\t" + said + NL + "  3. "
                + sheet + NL);
        JsonNode files = run("a", "collection", "list", KIT, "--json").json().get("files");
        assertThat(files.get(0).get("curation").isNull()).isTrue();
        assertThat(files.get(1).get("curation").toString()).isEqualTo("{\"state\":\"retired\",\"expires\":null,"
                + "\"expired\":false,\"owner\":null,\"replaced_by\":null,\"replacement_retired\":false}");
    }

    @Test
    void aForgedCorruptOrHugeLineIsSkippedWithAWarningAndTheRestIsKept() throws Exception {
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        Path log = team.resolve("collections").resolve(MY_LOG);
        String valid = Files.readAllLines(log).getFirst();
        String forged = valid.replace("\"by\":\"" + ME + "\"", "\"by\":\"eve\"").replace(id(valid), UUID.randomUUID()
                .toString()).replace(KIT, "Eve's kit");
        String huge = "{\"v\":1,\"type\":\"collection\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        Files.writeString(log, Files.readString(log) + "{not json" + "\n" + forged + "\n" + huge + "\n");
        assertThat(run("a", "collection", "create", "Renewal Q4").exit()).isZero();
        assertThat(run("a", "collection", "add", "Renewal Q4", sheet.toString()).exit()).isZero();
        assertThat(run("a", "collection", "share", "Renewal Q4").exit()).isZero();

        CliRun sync = run("b", "feedback", "sync", "--json");

        JsonNode result = sync.json();
        assertThat(result.get("skipped_lines").intValue()).isEqualTo(3);
        assertThat(result.get("collections_merged").intValue()).isEqualTo(2);
        assertThat(result.get("warnings").toString()).isEqualTo("[\"Skipped line 2 of collections/" + MY_LOG + ": not "
                + "valid JSON.\",\"Skipped line 3 of collections/" + MY_LOG + ": a collection in eve's name, but the file "
                + "is " + MY_LOG + "'s.\",\"Skipped line 4 of collections/" + MY_LOG + ": longer than any collection.\"]");
        assertThat(run("b", "collection", "list").out()).isEqualTo(KIT + "\t3 files\tshared by you" + NL
                + "Renewal Q4\t1 file\tshared by you" + NL);
    }

    /** Only a superuser can give a file to another user, as the share does when another rep writes it. */
    @Test
    void aLogTheFileSystemSaysIsAnothersThanItsNamesIsSkippedWithAWarning() throws Exception {
        assumeTrue(ME.equals("root"), "giving a file to another user needs root");
        UserPrincipal daemon = team.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("daemon");
        madeOnLaptopA();
        assertThat(run("a", "collection", "share", KIT).exit()).isZero();
        Path collections = team.resolve("collections");
        String line = Files.readAllLines(collections.resolve(MY_LOG)).getFirst();
        Path eve = Files.writeString(collections.resolve("eve.jsonl"), line.replace(id(line), UUID.randomUUID().toString())
                .replace("\"by\":\"root\"", "\"by\":\"eve\"").replace(KIT, "Eve's kit") + "\n");
        Files.setOwner(eve, daemon);

        CliRun sync = run("b", "feedback", "sync", "--json");

        assertThat(sync.exit()).isZero();
        assertThat(sync.json().get("skipped_lines").intValue()).isEqualTo(1);
        assertThat(sync.json().get("collections_merged").intValue()).isEqualTo(1);
        assertThat(sync.json().get("warnings").toString()).isEqualTo("[\"Skipped the line of collections/eve.jsonl: the "
                + "file system says the file is daemon's, not eve's.\"]");
        assertThat(run("b", "collection", "list").out()).isEqualTo(KIT + "\t3 files\tshared by you" + NL);
    }

    private static String id(String line) {
        return line.substring(line.indexOf("\"id\":\"") + 6, line.indexOf("\"id\":\"") + 42);
    }

    private static String json(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
