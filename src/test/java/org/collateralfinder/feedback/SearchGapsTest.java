package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The searches that found nothing: two laptops (two data folders) and one team folder, real H2 databases and logs.
 * Counts are tallied per week, shared once the week is over in logs named by random laptop ids, merged on every
 * laptop, and reported most searched first.
 */
class SearchGapsTest {

    /** Wednesday and Thursday of the week of Monday 2026-11-30, then the Tuesday after it. */
    private static final Clock WEDNESDAY = at("2026-12-02T10:00:00Z");
    private static final Clock THURSDAY = at("2026-12-03T16:30:00Z");
    private static final Clock NEXT_TUESDAY = at("2026-12-08T09:00:00Z");

    @TempDir
    Path dir;

    private final List<FeedbackDatabase> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(FeedbackDatabase::close);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private FeedbackDatabase laptop(String name) {
        FeedbackDatabase database = FeedbackDatabase.open(dir.resolve(name).resolve("feedback"));
        opened.add(database);
        return database;
    }

    private Path team() throws Exception {
        return Files.createDirectories(dir.resolve("share").resolve(".collateral-feedback"));
    }

    private static SyncResult sync(FeedbackDatabase laptop, Path team, Clock clock) {
        return new TeamFolderSync(laptop, clock, () -> true).sync(team);
    }

    private static List<SearchGap> report(FeedbackDatabase laptop, Clock clock) {
        return new SearchGaps(laptop, clock).report();
    }

    private static SearchGap gap(String query, int count, int foundNothing, String last) {
        return new SearchGap(query, count, foundNothing, LocalDate.parse(last));
    }

    @Test
    void eachLaptopsWeekIsSharedOnceItIsOverAndEveryLaptopReportsTheTeamsCountsMostSearchedFirst() throws Exception {
        Path team = team();
        FeedbackDatabase ana = laptop("ana");
        FeedbackDatabase ben = laptop("ben");
        SearchGaps anaGaps = new SearchGaps(ana, WEDNESDAY);
        anaGaps.record("gdpr checklist", true);
        anaGaps.record("gdpr checklist", true);
        anaGaps.record("pricing sheet", false);
        SearchGaps benGaps = new SearchGaps(ben, THURSDAY);
        benGaps.record("soc2 report", true);
        benGaps.record("gdpr checklist", true);

        // within the week nothing leaves a laptop; each reports its own
        assertThat(sync(ana, team, THURSDAY).searchGapsPublished()).isZero();
        assertThat(sync(ben, team, THURSDAY).searchGapsPublished()).isZero();
        assertThat(team.resolve("gaps")).doesNotExist();
        assertThat(report(ana, THURSDAY)).containsExactly(gap("gdpr checklist", 2, 2, "2026-12-02"),
                gap("pricing sheet", 1, 0, "2026-12-02"));
        assertThat(report(ben, THURSDAY)).containsExactly(gap("gdpr checklist", 1, 1, "2026-12-03"),
                gap("soc2 report", 1, 1, "2026-12-03"));

        // the week is over: each writes its counts, and each merges the other's
        SyncResult anaWrites = sync(ana, team, NEXT_TUESDAY);
        SyncResult benWritesAndMerges = sync(ben, team, NEXT_TUESDAY);
        SyncResult anaMerges = sync(ana, team, NEXT_TUESDAY);

        assertThat(List.of(anaWrites.searchGapsPublished(), anaWrites.searchGapsMerged())).containsExactly(2, 0);
        assertThat(List.of(benWritesAndMerges.searchGapsPublished(), benWritesAndMerges.searchGapsMerged()))
                .containsExactly(2, 2);
        assertThat(List.of(anaMerges.searchGapsPublished(), anaMerges.searchGapsMerged())).containsExactly(0, 2);
        List<SearchGap> teams = List.of(gap("gdpr checklist", 3, 3, "2026-12-03"), gap("soc2 report", 1, 1, "2026-12-03"),
                gap("pricing sheet", 1, 0, "2026-12-02"));
        assertThat(report(ana, NEXT_TUESDAY)).isEqualTo(teams);
        assertThat(report(ben, NEXT_TUESDAY)).isEqualTo(teams);

        // the logs are named by random laptop ids and say nothing of their users
        List<String> logs;
        try (Stream<Path> files = Files.list(team.resolve("gaps"))) {
            logs = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(logs).containsExactlyInAnyOrder(anaGaps.laptopId() + ".jsonl", benGaps.laptopId() + ".jsonl");
        assertThat(anaGaps.laptopId()).isNotEqualTo(benGaps.laptopId());
        String anaLog = Files.readString(team.resolve("gaps").resolve(anaGaps.laptopId() + ".jsonl"));
        assertThat(anaLog.lines()).hasSize(2);
        assertThat(anaLog).doesNotContain("ana", System.getProperty("user.name"));
        assertThat(anaLog.lines().toList().getFirst()).matches("\\{\"v\":1,\"id\":\"[0-9a-f-]{36}\",\"type\":\"search_gap\","
                + "\"laptop\":\"" + anaGaps.laptopId() + "\",\"week\":\"2026-11-30\",\"query\":\"gdpr checklist\","
                + "\"searches\":2,\"found_nothing\":2,\"last\":\"2026-12-02\"}");

        // merging again changes nothing; a quarter later the week has left the report
        assertThat(List.of(sync(ana, team, NEXT_TUESDAY).searchGapsMerged(), sync(ben, team, NEXT_TUESDAY)
                .searchGapsMerged())).containsExactly(0, 0);
        assertThat(report(ana, at("2027-02-22T09:00:00Z"))).hasSize(3);
        assertThat(report(ana, at("2027-03-01T09:00:00Z"))).isEmpty();
    }

    @Test
    void theFirstLaptopMakesTheGapsFolderAsWritableAsTheTeamFolderAndOneMadeNarrowerKeepsCountsQueuedSayingTheFix()
            throws Exception {
        Path team = team();
        Assumptions.assumeTrue(Files.getFileStore(team).supportsFileAttributeView("unix"));
        Files.setAttribute(team, "unix:mode", 03775);
        Files.setAttribute(team, "unix:gid", 4242);
        FeedbackDatabase first = laptop("first");
        new SearchGaps(first, WEDNESDAY).record("roi calculator", true);

        assertThat(sync(first, team, NEXT_TUESDAY).searchGapsPublished()).isEqualTo(1);

        Path gaps = team.resolve("gaps");
        assertThat(Integer.toOctalString((Integer) Files.getAttribute(gaps, "unix:mode") & 07777)).isEqualTo("3775");
        assertThat(Files.getAttribute(gaps, "unix:gid")).isEqualTo(4242);

        // as an earlier version made it: another user's, 0755, its own group
        Files.setAttribute(gaps, "unix:mode", 0755);
        Files.setAttribute(gaps, "unix:gid", 4343);
        Files.setAttribute(gaps, "unix:uid", 4321);
        FeedbackDatabase other = laptop("other");
        new SearchGaps(other, WEDNESDAY).record("gdpr checklist", true);
        new SearchGaps(other, THURSDAY).record("soc2 report", true);

        SyncResult refused = sync(other, team, NEXT_TUESDAY);

        assertThat(refused.searchGapsPublished()).isZero();
        assertThat(refused.warnings()).containsExactly("2 weekly counts of searches that found nothing wait for the "
                + "next sync: writing gaps/ failed (permission denied: it is 4321's with mode 0755, narrower than the "
                + "team folder's 3775; whoever runs the share can give it the team folder's group and permissions: "
                + "chgrp 4242 " + gaps + " && chmod 3775 " + gaps + ").");
        assertThat(sync(other, team, NEXT_TUESDAY).warnings()).hasSize(1); // still queued

        // a team folder everyone may write: its group does not matter, and the owner can fix it alone (issue 16
        // re-test r23, finding 6: a rep was told to chgrp to a group they are not in)
        Files.setAttribute(team, "unix:mode", 01777);
        assertThat(sync(other, team, NEXT_TUESDAY).warnings()).containsExactly("2 weekly counts of searches that "
                + "found nothing wait for the next sync: writing gaps/ failed (permission denied: it is 4321's with mode "
                + "0755, narrower than the team folder's 1777; 4321 or whoever runs the share can give it the team "
                + "folder's permissions: chmod 1777 " + gaps + ").");

        Files.setAttribute(team, "unix:mode", 03775);
        Files.setAttribute(gaps, "unix:gid", 4242);
        Files.setAttribute(gaps, "unix:mode", 03775);
        assertThat(sync(other, team, NEXT_TUESDAY).searchGapsPublished()).isEqualTo(2);
    }

    @Test
    void corruptHugeForgedAndImpossibleLinesAreSkippedWithAWarningAndTheOthersKept() throws Exception {
        Path gaps = Files.createDirectories(team().resolve("gaps"));
        String laptop = "0b8f6c1e-4a5d-4c3b-9e2f-7d1a2b3c4d5e";
        String other = "9f0c1d2e-3b4a-4c5d-8e6f-a7b8c9d0e1f2";
        String fine = "{\"v\":1,\"id\":\"%s\",\"type\":\"search_gap\",\"laptop\":\"%s\",\"week\":\"%s\","
                + "\"query\":\"%s\",\"searches\":%d,\"found_nothing\":%d,\"last\":\"%s\"}";
        List<String> lines = List.of(
                fine.formatted(UUID.randomUUID(), laptop, "2026-11-30", "roi calculator", 4, 1, "2026-12-04"),
                "{\"v\":1,\"id\":", // corrupt
                "{\"note\":\"" + "x".repeat(2 << 20) + "\"}", // longer than any line the app writes
                fine.formatted(UUID.randomUUID(), other, "2026-11-30", "forged", 1, 1, "2026-12-01"),
                fine.formatted(UUID.randomUUID(), laptop, "2026-12-01", "not a monday", 1, 1, "2026-12-01"),
                fine.formatted(UUID.randomUUID(), laptop, "2026-11-30", "flood", 99_999, 0, "2026-12-01"),
                fine.formatted(UUID.randomUUID(), laptop, "2026-11-30", "GDPR  Checklist", 1, 1, "2026-12-01"),
                fine.formatted(UUID.randomUUID(), laptop, "2026-11-30", "case study healthcare", 2, 2, "2026-12-02"));
        Files.writeString(gaps.resolve(laptop + ".jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        FeedbackDatabase rep = laptop("rep");

        SyncResult result = sync(rep, team(), NEXT_TUESDAY);

        assertThat(result.searchGapsMerged()).isEqualTo(2);
        assertThat(result.skippedLines()).isEqualTo(6);
        String log = "gaps/" + laptop + ".jsonl";
        assertThat(result.warnings()).containsExactly(
                "Skipped line 2 of " + log + ": not valid JSON.",
                "Skipped line 3 of " + log + ": longer than any search count.",
                "Skipped line 4 of " + log + ": a search count in " + other + "'s name, but the file is " + laptop
                        + ".jsonl's.",
                "Skipped line 5 of " + log + ": a week that does not start on a Monday, or a last day outside it.",
                "Skipped line 6 of " + log + ": a count no computer makes in a week.",
                "Skipped line 7 of " + log + ": a query that is empty, longer than 200 characters or not normalised.");
        assertThat(report(rep, NEXT_TUESDAY)).containsExactly(gap("roi calculator", 4, 1, "2026-12-04"),
                gap("case study healthcare", 2, 2, "2026-12-02"));
    }

    /**
     * Issue 16 re-test t16, minor 6: three lines of one laptop for one week and query, 9,000 searches each (each under
     * the cap of a line), were reported as 27,000. A laptop's lines for one week and query add up (a search it counts
     * in a week it has shared already goes in a line of its own), and the sum is capped as one line is: no computer
     * makes more than 10,000 searches of one query in a week. Other weeks and other laptops count on their own.
     */
    @Test
    void aLaptopsLinesForOneWeekAndQueryAddUpToNoMoreThanTheCapOfOneWeek() throws Exception {
        Path gaps = Files.createDirectories(team().resolve("gaps"));
        String flooder = "0b8f6c1e-4a5d-4c3b-9e2f-7d1a2b3c4d5e";
        String other = "9f0c1d2e-3b4a-4c5d-8e6f-a7b8c9d0e1f2";
        String fine = "{\"v\":1,\"id\":\"%s\",\"type\":\"search_gap\",\"laptop\":\"%s\",\"week\":\"%s\","
                + "\"query\":\"%s\",\"searches\":%d,\"found_nothing\":%d,\"last\":\"%s\"}";
        Files.writeString(gaps.resolve(flooder + ".jsonl"), String.join("\n",
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-30", "inflated", 9_000, 9_000, "2026-12-01"),
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-30", "inflated", 9_000, 9_000, "2026-12-02"),
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-30", "inflated", 9_000, 9_000, "2026-12-03"),
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-23", "inflated", 9_000, 0, "2026-11-24"),
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-30", "roi calculator", 3, 1, "2026-12-04"),
                fine.formatted(UUID.randomUUID(), flooder, "2026-11-30", "roi calculator", 2, 2, "2026-12-05"))
                + "\n", StandardCharsets.UTF_8);
        Files.writeString(gaps.resolve(other + ".jsonl"),
                fine.formatted(UUID.randomUUID(), other, "2026-11-30", "inflated", 2, 1, "2026-12-02") + "\n",
                StandardCharsets.UTF_8);
        FeedbackDatabase rep = laptop("rep");
        SearchGaps repGaps = new SearchGaps(rep, WEDNESDAY);
        repGaps.record("roi calculator", true); // this laptop's own week, not shared yet

        SyncResult result = sync(rep, team(), WEDNESDAY);

        assertThat(result.searchGapsMerged()).isEqualTo(7);
        assertThat(result.skippedLines()).isZero();
        // 10,000 of 27,000 (capped), 9,000 the week before, 2 from the other laptop
        assertThat(report(rep, WEDNESDAY)).containsExactly(gap("inflated", 19_002, 10_001, "2026-12-03"),
                gap("roi calculator", 6, 4, "2026-12-05"));
    }

    @Test
    void turnedOffNothingCountedHereLeavesTheLaptopAndWhatWaitsIsForgotten() throws Exception {
        Path team = team();
        FeedbackDatabase rep = laptop("rep");
        SearchGaps gaps = new SearchGaps(rep, WEDNESDAY);
        gaps.record("gdpr checklist", true);
        gaps.record("gdpr checklist", false);
        gaps.record("partner program", true);

        SyncResult off = new TeamFolderSync(rep, NEXT_TUESDAY, () -> false).sync(team);

        assertThat(off.searchGapsPublished()).isZero();
        assertThat(report(rep, NEXT_TUESDAY)).isEmpty();
        assertThat(sync(rep, team, NEXT_TUESDAY).searchGapsPublished()).isZero(); // on again: nothing was kept
        assertThat(team.resolve("gaps").resolve(gaps.laptopId() + ".jsonl")).doesNotExist();

        gaps.record("partner program", true);
        new SearchGaps(rep, NEXT_TUESDAY).closeFinishedWeeks(); // a week over, waiting to be written
        assertThat(new SearchGaps(rep, NEXT_TUESDAY).forgetUnshared()).isEqualTo(1);
        assertThat(sync(rep, team, NEXT_TUESDAY).searchGapsPublished()).isZero();
    }

    @Test
    void aLaptopsCountsMissingFromItsRestoredLogAreWrittenAgain() throws Exception {
        Path team = team();
        FeedbackDatabase rep = laptop("rep");
        SearchGaps gaps = new SearchGaps(rep, WEDNESDAY);
        gaps.record("pricing sheet", true);
        gaps.record("roi calculator", false);
        assertThat(sync(rep, team, NEXT_TUESDAY).searchGapsPublished()).isEqualTo(2);
        Path log = team.resolve("gaps").resolve(gaps.laptopId() + ".jsonl");
        List<String> written = Files.readAllLines(log);
        // the share restored from a backup taken before the second line was written
        Files.writeString(log, written.getFirst() + "\n");

        assertThat(sync(rep, team, NEXT_TUESDAY).searchGapsPublished()).isEqualTo(1);

        assertThat(Files.readAllLines(log)).containsExactlyInAnyOrderElementsOf(written);
        FeedbackDatabase other = laptop("other");
        sync(other, team, NEXT_TUESDAY);
        assertThat(report(other, NEXT_TUESDAY)).containsExactly(gap("pricing sheet", 1, 1, "2026-12-02"),
                gap("roi calculator", 1, 0, "2026-12-02"));
    }
}
