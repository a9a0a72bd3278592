package org.collateralfinder.gui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;
import org.junit.jupiter.api.Test;

/** What a source's row says, word for word. */
class SourceRowWordsTest {

    private static final SourceRegistry.SourceFolder SHARE = new SourceRegistry.SourceFolder("/mnt/share", List.of(), List.of());
    private static final Reachability.Check GONE = new Reachability.Check(Reachability.State.UNREACHABLE,
            "the folder is not there, as when its share is not mounted", 3);

    /** Window re-test 11, finding 9: "its 1,036 files, 15 could not be read stay searchable." */
    @Test
    void anUnreachableSourceWithFilesThatCouldNotBeReadSaysSoInOneSentence() {
        SourceRow row = SourceRows.row(SHARE, 1_036, 15, GONE, false, null);

        assertThat(row.detail()).isEqualTo("It cannot be reached now (the folder is not there, as when its share is not "
                + "mounted); its 1,036 files stay searchable (15 of them could not be read).");
        assertThat(SourceRows.row(SHARE, 1, 0, GONE, false, null).detail()).isEqualTo("It cannot be reached now (the "
                + "folder is not there, as when its share is not mounted); its 1 file stays searchable.");
    }

    /**
     * Window test 12, F12: the row said "It cannot be reached now (…); its 1 file stays searchable." and its yellow box
     * "The folder could not be reached; its 1 indexed file is kept.": the same thing twice. It is said once.
     */
    @Test
    void anUnreachableSourceThatTheLastRunCouldNotReachSaysItOnce() {
        IndexReport.SourceReport lastRun = new IndexReport.SourceReport("/mnt/share", false, "unreachable", null,
                "The folder could not be reached; its 1 indexed file is kept.", 1);

        SourceRow row = SourceRows.row(SHARE, 1, 0, GONE, false, lastRun);

        assertThat(row.detail()).isEqualTo("It cannot be reached now (the folder is not there, as when its share is not "
                + "mounted); its 1 file stays searchable.");
        assertThat(row.note()).isEmpty();
    }
}
