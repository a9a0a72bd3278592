package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.collateralfinder.model.TextMatch;
import org.junit.jupiter.api.Test;

/** The Text tab's rows: one per line of the text, long lines cut where a line may break, never inside a match. */
class TextRowsTest {

    private static String joined(TextRows.Row row) {
        return String.join("", row.parts().stream().map(TextRows.Part::text).toList());
    }

    @Test
    void eachLineIsARowWithItsMatchesMarkedAndKnowsWhereEachMatchIs() {
        String text = "Pricing for partners\n\nThe walrus plan, and the walrus bundle.";
        TextRows rows = TextRows.of(text, List.of(new TextMatch(26, 32), new TextMatch(47, 53)));

        assertThat(rows.rows()).hasSize(3);
        assertThat(rows.rows().get(0).parts()).containsExactly(new TextRows.Part("Pricing for partners", -1));
        assertThat(rows.rows().get(1).parts()).containsExactly(new TextRows.Part(" ", -1)); // an empty line keeps its height
        assertThat(rows.rows().get(2).parts()).containsExactly(new TextRows.Part("The ", -1),
                new TextRows.Part("walrus", 0), new TextRows.Part(" plan, and the ", -1), new TextRows.Part("walrus", 1),
                new TextRows.Part(" bundle.", -1));
        assertThat(rows.rowOf(0)).isEqualTo(2);
        assertThat(rows.rowOf(1)).isEqualTo(2);
        assertThat(rows.rowOf(2)).isEqualTo(-1);
    }

    @Test
    void aLineLongerThanARowIsCutBetweenWordsNeverInsideAMatchAndKeepsTheLinesDirection() {
        // one Hebrew line of some 12,000 characters (a file without line breaks), whose later parts start with
        // digits and English words; a match of two words sits across where the first cut would fall
        StringBuilder line = new StringBuilder("מחירון שותפים");
        while (line.length() < 12_000) {
            line.append(" 2026 Acme X500 מחיר לשותפים והנחות לכמויות");
        }
        String text = line.toString();
        int space = text.lastIndexOf(' ', TextRows.MAX_ROW_CHARS - 1);
        TextMatch across = new TextMatch(text.lastIndexOf(' ', space - 1) + 1, text.indexOf(' ', space + 1));
        TextRows rows = TextRows.of(text, List.of(across));

        assertThat(rows.rows().size()).isGreaterThanOrEqualTo(12);
        assertThat(String.join("", rows.rows().stream().map(TextRowsTest::joined).toList())).isEqualTo(text);
        assertThat(rows.rows()).allSatisfy(row -> {
            assertThat(joined(row).length()).isLessThanOrEqualTo(TextRows.MAX_ROW_CHARS);
            assertThat(row.rightToLeft()).isTrue();
        });
        TextRows.Row holding = rows.rows().get(rows.rowOf(0));
        assertThat(holding.parts()).contains(new TextRows.Part(text.substring(across.start(), across.end()), 0));
        // cut between words: each row but the last ends with a space or is followed by one
        for (int i = 0; i < rows.rows().size() - 1; i++) {
            String now = joined(rows.rows().get(i));
            String next = joined(rows.rows().get(i + 1));
            assertThat(now.endsWith(" ") || next.startsWith(" ")).as("row %d ends between words", i).isTrue();
        }
    }

    @Test
    void anEnglishLineIsLeftToRightAndAnArabicOneRightToLeftEachOnItsOwn() {
        TextRows rows = TextRows.of("Mixed: Acme X500\nالسعر يشمل الضريبة.\nמחיר כולל מע\"מ.", List.of());

        assertThat(rows.rows()).extracting(TextRows.Row::rightToLeft).containsExactly(false, true, true);
    }
}
