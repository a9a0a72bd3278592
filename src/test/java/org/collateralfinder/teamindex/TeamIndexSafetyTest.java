package org.collateralfinder.teamindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NIOFSDirectory;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SearchResult;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a laptop does when the team index cannot be used as published (issue 14, item 5): the share is
 * unreachable, the snapshot is for a newer version, or a manifest or file fails its checksum.
 */
class TeamIndexSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void anUnreachableShareKeepsTheLastCopySearchable() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Files.move(tmp.resolve("fileserver"), tmp.resolve("fileserver-unplugged"));

            TeamShare.Run offline = TeamShare.index(laptop);
            assertThat(offline.copied()).isEqualTo(new TeamIndexCopier.Result(0, 0, List.of()));
            assertThat(List.of(offline.stats().removed(), offline.stats().added(), offline.stats().files()))
                    .containsExactly(0, 0, 10);
            assertThat(laptop.query("fabrikam forty").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Case study Fabrikam.txt").toString());
            assertThat(TeamIndexStatus.of(laptop.dataDir.indexDir()).get(team.laptopMount.toString()).generation())
                    .isEqualTo(1);
        }
    }

    /**
     * Retest 10, NEW 6 (not reproduced): a share folder renamed away is out of reach before its team index is looked at,
     * so no "partly mounted … read from the share" sentence is said, and the copy stays searchable.
     */
    @Test
    void aShareFolderRenamedAwayIsOutOfReachAndTheCopyStaysWithoutAMissingManifestSentence() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false);
             IndexFixture laptop = new IndexFixture(tmp.resolve("laptop"), IndexFixture.testLimits())) {
            laptop.sources.add(team.share, List.of());
            team.publish();
            TeamShare.index(laptop);
            Files.move(team.share, team.share.resolveSibling("marketing.away"));

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied()).isEqualTo(new TeamIndexCopier.Result(0, 0, List.of()));
            assertThat(laptop.index.copies().get(team.share.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(laptop.query("fabrikam forty").hits()).extracting(SearchHit::path)
                    .containsExactly(team.share.resolve("Case study Fabrikam.txt").toString());
        }
    }

    @Test
    void aSnapshotForANewerVersionGetsOneSentenceAndTheShareIsReadInstead() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            Path manifestFile = team.share.resolve(".collateral-index/manifest.json");
            Manifest m = Manifest.read(manifestFile);
            Files.write(manifestFile, new Manifest(m.format(), m.generation(), m.publishedAt(), m.luceneVersion(),
                    m.indexCreatedMajor(), Schema.VERSION + 1, m.root(), m.separator(), m.documents(), m.filesFolder(),
                    m.segmentsFile(), m.files()).toBytes());

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "it was published by a newer version of Collateral Finder (index schema " + (Schema.VERSION + 1)
                    + ", this one reads " + Schema.VERSION + "). Its files are read from the share instead.");
            assertThat(run.copied().copiedFiles()).isZero();
            assertThat(laptop.index.copies().list()).isEmpty();
            assertThat(List.of(run.stats().added(), run.stats().files())).containsExactly(10, 10);
            assertThat(laptop.query("fabrikam forty").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Case study Fabrikam.txt").toString());
        }
    }

    @Test
    void aManifestFailingItsChecksumIsNeverUsedAndThePreviousGenerationStays() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            Path manifestFile = team.share.resolve(".collateral-index/manifest.json");
            String text = Files.readString(manifestFile);
            Files.writeString(manifestFile, text.replace("\"documents\":10", "\"documents\":11"));

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its manifest fails its checksum. Generation 1 of its team index stays in use.");
            assertThat(run.copied().copiedFiles()).isZero();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(run.stats().updated()).isEqualTo(1); // the changed file is read by itself meanwhile
            assertThat(laptop.query("zeppelin").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/onboarding.txt").toString());
        }
    }

    @Test
    void aFileFailingItsChecksumIsNeverOpenedAndThePreviousGenerationStays() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Manifest one = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            Manifest two = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            Manifest.Entry damaged = two.files().stream().filter(e -> !one.files().contains(e))
                    .max(Comparator.comparingLong(Manifest.Entry::size)).orElseThrow();
            flipByte(team.share.resolve(".collateral-index").resolve(two.filesFolder()).resolve(damaged.name()),
                    damaged.size() / 2);

            List<Manifest.Entry> before = new ArrayList<>(); // the new files copied (and kept) before the damaged one
            for (Manifest.Entry e : two.files()) {
                if (e.equals(damaged)) {
                    break;
                }
                if (!one.files().contains(e)) {
                    before.add(e);
                }
            }

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its file " + damaged.name() + " fails its checksum (damaged on the share, or changed after it was "
                    + "published). Generation 1 of its team index stays in use.");
            assertThat(List.of(run.copied().copiedFiles(), run.copied().copiedBytes())).containsExactly(before.size(),
                    before.stream().mapToLong(Manifest.Entry::size).sum());
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            Path local = laptop.index.copies().folderFor(team.laptopMount.toString()).resolve(two.filesFolder());
            assertThat(local.resolve(damaged.name())).doesNotExist();
            assertThat(laptop.query("zeppelin").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/onboarding.txt").toString());
            assertThat(laptop.search.documentCount()).isEqualTo(10);
        }
    }

    /** Retest 9, NEW C: a manifest re-signed with another document count was reported as a damaged file. */
    @Test
    void aReSignedManifestThatMiscountsTheDocumentsIsRefusedSayingSoAndThePreviousGenerationStays() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Manifest one = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            Path manifestFile = team.share.resolve(".collateral-index/manifest.json");
            Manifest m = Manifest.read(manifestFile);
            Files.write(manifestFile, new Manifest(m.format(), m.generation(), m.publishedAt(), m.luceneVersion(),
                    m.indexCreatedMajor(), m.schemaVersion(), m.root(), m.separator(), 999, m.filesFolder(),
                    m.segmentsFile(), m.files()).toBytes());
            List<Manifest.Entry> fresh = m.files().stream().filter(e -> !one.files().contains(e)).toList();

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its manifest does not match the index it publishes (the copy holds 10 documents of schema "
                    + Schema.VERSION + ", not 999 of schema " + Schema.VERSION + "). Generation 1 of its team index stays "
                    + "in use.");
            assertThat(List.of(run.copied().copiedFiles(), run.copied().copiedBytes())).containsExactly(fresh.size(),
                    fresh.stream().mapToLong(Manifest.Entry::size).sum());
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(laptop.query("zeppelin").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/onboarding.txt").toString());
        }
    }

    @Test
    void filesGoneFromUnderACopyKeepThePreviousGenerationUntilTheNextPublication() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Manifest one = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            Manifest two = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            // as if the publisher's clean-up had deleted it while this laptop was copying
            Manifest.Entry gone = two.files().stream().filter(e -> !one.files().contains(e)).findFirst().orElseThrow();
            Files.delete(team.share.resolve(".collateral-index").resolve(two.filesFolder()).resolve(gone.name()));

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its file " + gone.name() + " of generation 2 is missing on the share; the next run tries again. "
                    + "Generation 1 of its team index stays in use.");
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(laptop.query("zeppelin").hits()).hasSize(1);

            OfficeFiles.text(team.share.resolve("Notes/new.txt"), "A quokka appears.", "2025-04-02T09:00:00Z");
            team.publish();
            TeamShare.Run next = TeamShare.index(laptop);
            assertThat(next.copied().notes()).isEmpty();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(3);
            assertThat(List.of(next.stats().added(), next.stats().updated(), next.stats().files())).containsExactly(0, 0, 11);
        }
    }

    @Test
    void aManifestNamingAFileOutsideItsFolderIsRefusedWholeAndNothingIsWrittenOutsideTheCopy() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            // a file with a valid Lucene footer, where the forged name leads on the share (beside the share)
            Path payload = team.share.resolveSibling("payload.sh");
            writeWithFooter(payload, "#!/bin/sh\necho pwned\n# ");
            Path manifestFile = team.share.resolve(".collateral-index/manifest.json");
            Manifest m = Manifest.read(manifestFile);
            List<Manifest.Entry> files = new ArrayList<>(m.files());
            files.add(0, new Manifest.Entry("../../../payload.sh", Files.size(payload),
                    PublishedFolder.footerChecksum(payload)));
            Files.write(manifestFile, new Manifest(m.format(), m.generation() + 1, m.publishedAt(), m.luceneVersion(),
                    m.indexCreatedMajor(), m.schemaVersion(), m.root(), m.separator(), m.documents(), m.filesFolder(),
                    m.segmentsFile(), files).toBytes());

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " cannot be used: "
                    + "its manifest names a file that is not a Lucene file of its folder (../../../payload.sh). "
                    + "Generation 1 of its team index stays in use.");
            assertThat(run.copied().copiedFiles()).isZero();
            assertThat(laptop.dataDir.root().resolve("payload.sh")).doesNotExist();
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(laptop.search.documentCount()).isEqualTo(10);
        }
    }

    @Test
    void aShareThatComesBackEmptyKeepsTheCopyAndItsDocuments() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Files.move(team.share, tmp.resolve("marketing-away"));
            Files.createDirectories(team.share); // the mount point is there, the share is not mounted

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index on " + team.laptopMount + " was not found ("
                    + team.laptopMount.resolve(".collateral-index/manifest.json") + " is missing; the share may be only "
                    + "partly mounted). Generation 1 of its team index stays in use. Files changed since are read from "
                    + "the share; to stop using the copy, remove the source and add it again.");
            assertThat(List.of(run.stats().removed(), run.stats().files())).containsExactly(0, 10);
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(IndexReport.read(laptop.dataDir.root()).of(team.laptopMount.toString()).note())
                    .isEqualTo("The folder looks empty; its 10 indexed files are kept until it is seen with files again.");
            assertThat(laptop.query("fabrikam forty").hits()).hasSize(1);
        }
    }

    @Test
    void aHalfMountedShareWithoutItsTeamIndexKeepsTheCopiedDocumentsUntilTheDeletionIsConfirmed() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            for (int i = 0; i < 30; i++) {
                OfficeFiles.text(team.share.resolve("Leaflets/leaflet " + i + ".txt"), "Leaflet number " + i + ".",
                        "2025-03-01T09:00:00Z");
            }
            team.publish();
            TeamShare.index(laptop);
            Path away = Files.move(team.share, tmp.resolve("marketing-away"));
            Files.createDirectories(team.share.resolve("Notes"));
            Files.copy(away.resolve("Notes/onboarding.txt"), team.share.resolve("Notes/onboarding.txt"),
                    StandardCopyOption.COPY_ATTRIBUTES);

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).hasSize(1);
            assertThat(List.of(run.stats().removed(), run.stats().files())).containsExactly(0, 40);
            assertThat(IndexReport.read(laptop.dataDir.root()).of(team.laptopMount.toString()).note())
                    .isEqualTo("37 of its 38 files disappeared at once; they are kept until the deletion is confirmed "
                            + "(index --confirm-deletions, or Confirm in the app).");
            assertThat(laptop.query("leaflet").total()).isEqualTo(30);
        }
    }

    @Test
    void aCopyDamagedOnTheLaptopIsFoundByTheNextRunAndCopiedAgain() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            team.publish();
            TeamShare.index(laptop);
            Manifest m = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            Manifest.Entry largest = m.files().stream().max(Comparator.comparingLong(Manifest.Entry::size))
                    .orElseThrow();
            Path local = laptop.index.copies().folderFor(team.laptopMount.toString()).resolve(m.filesFolder());
            flipByte(local.resolve(largest.name()), largest.size() / 2);

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(run.copied().notes()).containsExactly("The team index copy of " + team.laptopMount + " on this "
                    + "computer was damaged (a file of it fails its checksum); it is copied again.");
            // the damaged copy is dropped whole and copied again whole
            assertThat(run.copied().copiedFiles()).isEqualTo(m.files().size());
            assertThat(run.copied().copiedBytes()).isEqualTo(m.files().stream().mapToLong(Manifest.Entry::size).sum());
            assertThat(laptop.index.copies().get(team.laptopMount.toString()).orElseThrow().generation()).isEqualTo(1);
            assertThat(List.of(run.stats().added(), run.stats().files())).containsExactly(0, 10);
            assertThat(laptop.query("fabrikam forty").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Case study Fabrikam.txt").toString());
        }
    }

    @Test
    void aCopyThatDoesNotOpenIsSaidWithEverySearchUntilTheNextRunCopiesItAgain() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false)) {
            team.publish();
            Manifest m = Manifest.read(team.share.resolve(".collateral-index/manifest.json"));
            Manifest.Entry largest = m.files().stream().max(Comparator.comparingLong(Manifest.Entry::size)).orElseThrow();
            Path local;
            try (IndexFixture laptop = team.laptop("laptop")) {
                TeamShare.index(laptop);
                local = laptop.index.copies().folderFor(team.laptopMount.toString()).resolve(m.filesFolder());
            }
            Files.delete(local.resolve(largest.name())); // lost on the laptop: a clean-up tool, a crash

            try (IndexFixture reopened = new IndexFixture(tmp.resolve("laptop"), IndexFixture.testLimits())) {
                SearchResult leftOut = reopened.query("fabrikam forty");
                assertThat(leftOut.hits()).isEmpty();
                assertThat(leftOut.message()).isEqualTo("The team index copied from " + team.laptopMount + " could not "
                        + "be opened on this computer (a file of it is missing or damaged), so its files are not in these "
                        + "results; the next index run copies it again.");

                TeamShare.index(reopened);

                SearchResult back = reopened.query("fabrikam forty");
                assertThat(back.hits()).extracting(SearchHit::path)
                        .containsExactly(team.laptopMount.resolve("Case study Fabrikam.txt").toString());
                assertThat(back.message()).isNull();
            }
        }
    }

    @Test
    void aLaptopThatFollowedItsCopyToAnAliasGoesBackWhenTheAliasIsEmptyAndThePathHoldsTheShare() throws IOException {
        try (TeamShare team = new TeamShare(tmp, false); IndexFixture laptop = team.laptop("laptop")) {
            Path alias = Files.createSymbolicLink(tmp.resolve("alias-mount"), team.share);
            laptop.sources.addAlias(team.laptopMount, alias.toString());
            team.publish();
            TeamShare.index(laptop);
            Files.delete(team.laptopMount); // the usual mount point is gone: the alias answers
            TeamShare.index(laptop);
            assertThat(IndexReport.read(laptop.dataDir.root()).mountedAt(team.laptopMount.toString()))
                    .isEqualTo(alias.toString());

            Files.createSymbolicLink(team.laptopMount, team.share); // back, while the alias is now an empty folder
            Files.delete(alias);
            Files.createDirectories(alias);
            OfficeFiles.text(team.share.resolve("Notes/onboarding.txt"), "Onboarding: the zeppelin edition.",
                    "2025-04-01T09:00:00Z");
            team.publish();
            OfficeFiles.text(team.share.resolve("Notes/ocelot.txt"), "An ocelot appears.", "2025-04-02T09:00:00Z");

            TeamShare.Run run = TeamShare.index(laptop);
            assertThat(IndexReport.read(laptop.dataDir.root()).mountedAt(team.laptopMount.toString()))
                    .isEqualTo(team.laptopMount.toString());
            assertThat(List.of(run.stats().added(), run.stats().files())).containsExactly(1, 11);
            assertThat(laptop.query("ocelot").hits()).extracting(SearchHit::path)
                    .containsExactly(team.laptopMount.resolve("Notes/ocelot.txt").toString());
        }
    }

    private static void writeWithFooter(Path file, String text) throws IOException {
        try (Directory dir = new NIOFSDirectory(file.getParent());
             IndexOutput out = dir.createOutput(file.getFileName().toString(),
                     IOContext.DEFAULT)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(bytes, bytes.length);
            CodecUtil.writeFooter(out);
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(position);
            int b = f.read();
            f.seek(position);
            f.write(b ^ 0x5A);
        }
    }
}
