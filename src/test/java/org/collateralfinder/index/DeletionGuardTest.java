package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.task.Cancellation;
import org.collateralfinder.task.ProgressListener;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mass-deletion guard holds for folders of any size: a run that would remove more than half of a
 * source's files, and at least {@link SourceWalk#MASS_DELETION_MIN_FILES} of them, keeps them until the
 * deletion is confirmed; smaller deletions go through (cli tester's report, item 1).
 */
class DeletionGuardTest {

    @TempDir
    Path tmp;

    private static Path folderOf(Path root, int files) throws IOException {
        Files.createDirectories(root);
        for (int i = 1; i <= files; i++) {
            OfficeFiles.text(root.resolve("doc-" + i + ".txt"), "numbat " + i);
        }
        return root;
    }

    private static void delete(Path folder, int from, int to) throws IOException {
        for (int i = from; i <= to; i++) {
            Files.delete(folder.resolve("doc-" + i + ".txt"));
        }
    }

    @Test
    void aSmallFolderLosingMostOfItsFilesAtOnceKeepsThemUntilConfirmed() throws IOException {
        Path share = folderOf(tmp.resolve("share"), 10);
        try (IndexFixture f = IndexFixture.indexed(tmp, share)) {
            delete(share, 1, 8);

            IndexRunStats unconfirmed = f.run();

            assertThat(unconfirmed.removed()).isZero();
            assertThat(f.query("numbat").total()).isEqualTo(10);
            assertThat(IndexReport.read(f.dataDir.root()).sources().getFirst().note()).isEqualTo(
                    "8 of its 10 files disappeared at once; they are kept until the deletion is confirmed "
                            + "(index --confirm-deletions, or Confirm in the app).");
            IndexRunStats confirmed = new Indexer(f.index, f.extractor,
                    Indexer.Options.defaults().withConfirmDeletions(true), f.dataDir.root())
                    .run(f.sources.list(), ProgressListener.NONE, Cancellation.none());
            assertThat(confirmed.removed()).isEqualTo(8);
            assertThat(f.names("numbat")).containsExactlyInAnyOrder("doc-9.txt", "doc-10.txt");
        }
    }

    @Test
    void twentyFilesLosingSixteenAreKept() throws IOException {
        Path share = folderOf(tmp.resolve("share"), 20);
        try (IndexFixture f = IndexFixture.indexed(tmp, share)) {
            delete(share, 1, 16);

            assertThat(f.run().removed()).isZero();
            assertThat(f.query("numbat").total()).isEqualTo(20);
        }
    }

    @Test
    void normalDeletionsInSmallFoldersGoThrough() throws IOException {
        Path two = folderOf(tmp.resolve("two"), 2);
        Path three = folderOf(tmp.resolve("three"), 3);
        Path ten = folderOf(tmp.resolve("ten"), 10);
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            f.sources.add(two, List.of());
            f.sources.add(three, List.of());
            f.sources.add(ten, List.of());
            f.run();
            delete(two, 1, 1);   // half of a folder of 2
            delete(three, 1, 2); // most of a folder of 3, but only 2 files
            delete(ten, 1, 5);   // half of a folder of 10

            assertThat(f.run().removed()).isEqualTo(8);
            assertThat(f.query("numbat").hits()).extracting(SearchHit::path)
                    .containsExactlyInAnyOrder(two.resolve("doc-2.txt").toString(), three.resolve("doc-3.txt").toString(),
                            ten.resolve("doc-6.txt").toString(), ten.resolve("doc-7.txt").toString(),
                            ten.resolve("doc-8.txt").toString(), ten.resolve("doc-9.txt").toString(),
                            ten.resolve("doc-10.txt").toString());
        }
    }

    @Test
    void aShareFoundAtAnAliasHoldingOneOfItsFilesKeepsTheOthers() throws IOException {
        Path share = folderOf(tmp.resolve("share"), 8);
        Path alias = Files.createDirectories(tmp.resolve("alias"));
        Files.copy(share.resolve("doc-1.txt"), alias.resolve("doc-1.txt"));
        try (IndexFixture f = IndexFixture.indexed(tmp, share)) {
            f.sources.addAlias(share, alias.toString());
            Files.move(share, tmp.resolve("moved-away"));

            IndexRunStats stats = f.run();

            assertThat(stats.removed()).isZero();
            assertThat(f.query("numbat").total()).isEqualTo(8);
            assertThat(IndexReport.read(f.dataDir.root()).sources().getFirst().note()).isEqualTo(
                    "7 of its 8 files disappeared at once; they are kept until the deletion is confirmed "
                            + "(index --confirm-deletions, or Confirm in the app).");
        }
    }
}
