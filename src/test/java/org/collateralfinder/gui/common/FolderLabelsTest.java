package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folder a report row names: the parent folder, and as many above it as tell files of one name apart. */
class FolderLabelsTest {

    @Test
    void aFileIsNamedByItsParentFolderAndSameNamedFilesByAsManyFoldersAsTellThemApart() {
        Map<String, String> labels = FolderLabels.of(List.of(
                "/share/2024/Decks/Battlecard.pptx",
                "/share/2025/Decks/Battlecard.pptx",
                "/share/2025/Decks/Pricing.pdf",
                "/share/Archive/Pricing Sheet.xlsx",
                "/share/Current/Pricing Sheet.xlsx",
                "C:\\Marketing\\Brochure.docx",
                "Readme.txt"));

        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/share/2024/Decks/Battlecard.pptx", "2024/Decks",
                "/share/2025/Decks/Battlecard.pptx", "2025/Decks",
                "/share/2025/Decks/Pricing.pdf", "Decks",
                "/share/Archive/Pricing Sheet.xlsx", "Archive",
                "/share/Current/Pricing Sheet.xlsx", "Current",
                "C:\\Marketing\\Brochure.docx", "Marketing",
                "Readme.txt", ""));
    }
}
