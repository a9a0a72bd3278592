package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.collateralfinder.model.IndexRunStats;
import org.junit.jupiter.api.Test;

/** The sentence a run is told in, by the window and the command line. */
class RunSummaryTest {

    @Test
    void aRunAfterWhichEveryFileCouldBeReadSaysNothingOfUnreadableOnes() {
        // "could not be read" counts the files the index holds so after the run (the Indexer counts them): none here
        assertThat(RunSummary.sentence(new IndexRunStats(1034, 0, 0, 0, 1034, 0, 0.6), " (listed below)"))
                .isEqualTo("Indexed 1,034 files in 0.6 s: 0 added, 0 updated, 0 removed, 1,034 unchanged.");
    }

    @Test
    void aCancelledLastRunSaysSo() {
        assertThat(RunSummary.stopped(new IndexRunStats(279, 265, 0, 0, 14, 0, 54.2), " (listed below)"))
                .isEqualTo("was cancelled after 54.2 s: 265 added, 0 updated, 0 removed; the files it did not read are "
                        + "read on the next run.");
    }

    @Test
    void aRunWithFilesItCouldNotReadSaysHowMany() {
        assertThat(RunSummary.sentence(new IndexRunStats(1034, 1034, 0, 0, 0, 15, 16.6), " (listed below)"))
                .isEqualTo("Indexed 1,034 files in 16.6 s: 1,034 added, 0 updated, 0 removed, 0 unchanged, "
                        + "15 could not be read (listed below).");
    }

    @Test
    void aRunThatKeptFilesItDidNotSeeSaysHowManySoTheFiguresAddUp() {
        // a source that could not be reached keeps its 17 files: 0 + 0 + 14 + 17 = 31
        assertThat(RunSummary.sentence(new IndexRunStats(31, 0, 0, 0, 14, 0, 0.0), 17, " (listed below)"))
                .isEqualTo("Indexed 31 files in 0.0 s: 0 added, 0 updated, 0 removed, 14 unchanged, 17 not seen but kept.");
    }

    @Test
    void oneFileIsOneFile() {
        assertThat(RunSummary.sentence(new IndexRunStats(1, 1, 0, 0, 0, 0, 0.1), " (listed below)"))
                .isEqualTo("Indexed 1 file in 0.1 s: 1 added, 0 updated, 0 removed, 0 unchanged.");
        assertThat(RunSummary.cancelled(new IndexRunStats(0, 0, 0, 0, 0, 0, 0.1), 0, 1, " (listed below)"))
                .isEqualTo("Indexing was cancelled after 0.1 s: 0 added, 0 updated, 0 removed; 1 of the 1 file to read is "
                        + "left for the next run.");
    }

    /**
     * Window test 12, F11: "Indexing was cancelled after 23.9 s: 258 added, 0 updated, 0 removed; 776 … left for the
     * next run." while status said "failed": 1. A cancelled run says the files it could not read as a completed one.
     */
    @Test
    void aCancelledRunSaysTheFilesItCouldNotReadInTheWordsOfACompletedOne() {
        assertThat(RunSummary.cancelled(new IndexRunStats(258, 258, 0, 0, 0, 1, 23.9), 258, 1034, " (listed below)"))
                .isEqualTo("Indexing was cancelled after 23.9 s: 258 added, 0 updated, 0 removed, 1 could not be read "
                        + "(listed below); 776 of the 1,034 files to read are left for the next run.");
        assertThat(RunSummary.stopped(new IndexRunStats(279, 265, 0, 0, 14, 1, 54.2), " (listed below)"))
                .isEqualTo("was cancelled after 54.2 s: 265 added, 0 updated, 0 removed, 1 could not be read (listed "
                        + "below); the files it did not read are read on the next run.");
    }
}
