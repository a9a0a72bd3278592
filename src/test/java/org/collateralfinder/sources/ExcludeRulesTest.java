package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names the wildcard excludes leave out: the defaults, and a rep's own patterns taken literally. */
class ExcludeRulesTest {

    private final ExcludeRules defaults = ExcludeRules.defaults();

    @Test
    void defaultsLeaveOutLockTemporaryAndSystemFiles() {
        assertThat(List.of("~$Pricing.pptx", ".~lock.Deck.odp#", "~WRL0001.tmp", "notes.TMP", "draft.bak", "movie.part",
                "setup.exe.crdownload", "Thumbs.db", "DESKTOP.INI", ".DS_Store", ".hidden.docx"))
                .allMatch(defaults::excludesFile);
        assertThat(List.of("Pricing.pptx", "tmp.docx", "Thumbs.db.docx", "my~$file.docx", "backup.bak.pdf", "Desktop"))
                .noneMatch(defaults::excludesFile);
    }

    @Test
    void folderPatternsLeaveOutFoldersOnly() {
        assertThat(List.of("node_modules", "$RECYCLE.BIN", "System Volume Information", ".git", "__MACOSX"))
                .allMatch(defaults::excludesFolder);
        assertThat(defaults.excludesFile("node_modules")).isFalse();
        assertThat(defaults.excludesFolder("Campaigns")).isFalse();
    }

    @Test
    void aRepsPatternMatchesWholeNamesWithStarsAndQuestionMarks() {
        ExcludeRules rules = ExcludeRules.withExtra(List.of("draft*v?.docx", "*old*", "[internal] {2024}.pdf", "a\\b.txt"));

        assertThat(List.of("Draft of plan v2.docx", "draftv9.docx", "Old deck.pptx", "the oldest.pdf", "[internal] {2024}.pdf",
                "a\\b.txt")).allMatch(rules::excludesFile);
        assertThat(List.of("draft v10.docx", "draft v2.docx.pdf", "my draft v2.docx", "bold.pdf".replace("o", "0"),
                "i.pdf", "[internal] 2024.pdf", "ab.txt")).noneMatch(rules::excludesFile);
    }
}
