package org.collateralfinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.collateralfinder.search.ShownCuration;
import org.junit.jupiter.api.Test;

/**
 * Direction marks in names shown to others (issue 16, re-test 22, finding 3): a name stored before they were refused is
 * shown without them, so "owner Zoë ‮O'Brien (maria, 2026-12-06)" cannot show the curator and the date mirrored.
 */
class BidiControlsTest {

    private static final String RLO = "\u202E";

    /**
     * Issue 16 re-test (minor 5): a folder named "عروض (2026)" was shown "(2026) عروض", its brackets taken into the
     * Arabic name's right-to-left run. In path order, a left-to-right mark after the Arabic name keeps the brackets and
     * what follows left to right, as the path reads; a path without right-to-left letters is left as it is.
     */
    @Test
    void aPathWithAnArabicFolderNameAndBracketsReadsInPathOrder() {
        String path = "/share/عروض (2026)/deck.pdf";
        int open = path.indexOf('(');
        assertThat(new Bidi(path, Bidi.DIRECTION_LEFT_TO_RIGHT).getLevelAt(open)).isOdd(); // shown right to left

        String shown = BidiControls.inPathOrder(path);

        assertThat(shown).isEqualTo("/share/عروض\u200E (2026)/deck.pdf");
        Bidi bidi = new Bidi(shown, Bidi.DIRECTION_LEFT_TO_RIGHT);
        for (int at = shown.indexOf(' '); at < shown.length(); at++) {
            assertThat(bidi.getLevelAt(at)).as("level of %s", shown.charAt(at)).isZero();
        }
        assertThat(BidiControls.inPathOrder("/share/deals (2026)/deck.pdf")).isEqualTo("/share/deals (2026)/deck.pdf");
        assertThat(BidiControls.inPathOrder("/share/עברית/مَرحَبًا.pdf")).isEqualTo("/share/עברית\u200E/مَرحَبًا\u200E.pdf");
    }

    @Test
    void aStoredOwnerCollectionOrSavedSearchNameIsShownWithoutItsDirectionMarks() {
        Curation curation = new Curation(UUID.fromString("00000000-0000-0000-0000-000000000001"), "a".repeat(64),
                "/share/case.pdf", "maria", Instant.parse("2026-12-06T10:00:00Z"), CurationState.OFFICIAL,
                LocalDate.parse("2026-12-26"), "Zoë " + RLO + "O'Brien \"QA\"", null, null);

        assertThat(new ShownCuration(curation, false, null, true).summary(path -> path)).isEqualTo("Official · expires "
                + "after 2026-12-26 · owner Zoë O'Brien \"QA\" (maria, 2026-12-06) · edited since");

        FileCollection kit = new FileCollection(UUID.randomUUID(), UUID.randomUUID(), "maria",
                Instant.parse("2026-12-06T10:00:00Z"), "Kit \u2067عربي\u2069 ✓ \u200F" + RLO + "x", null, true, false,
                List.of());
        assertThat(kit.name()).isEqualTo("Kit عربي ✓ x");

        SavedSearch decks = new SavedSearch("Decks " + RLO + "x \u202Aq\u202C", "price", Map.of(), "relevance", true,
                Instant.EPOCH, Instant.EPOCH);
        assertThat(decks.shownName()).isEqualTo("Decks x q");
        assertThat(decks.name()).isEqualTo("Decks " + RLO + "x \u202Aq\u202C"); // what finds it stays as stored
    }

    @Test
    void namesWithADirectionMarkAreRefusedAndOthersTakenAsTyped() {
        assertThat(SavedSearch.whyNotAName("Decks " + RLO + "x")).contains("The name of a saved search cannot hold "
                + "invisible direction marks (such as a right-to-left override), which can make the text after them "
                + "read backwards, nor zero-width spaces or line separators; type it without them.");
        assertThat(SavedSearch.whyNotAName("Decks \u2066x")).isPresent();
        assertThat(SavedSearch.whyNotAName("Decks \u200Ex")).isPresent();
        assertThat(SavedSearch.whyNotAName("عربي \"quoted\" 'x' ✓")).isEmpty();
        // issue 16 re-test r23, finding 5: a line separator or a zero-width space makes two names look alike
        for (String invisible : List.of("\u2028", "\u2029", "\u200B", "\u2060", "\uFEFF")) {
            assertThat(SavedSearch.whyNotAName("Zo" + invisible + "x")).as("U+%04X", (int) invisible.charAt(0)).isPresent();
        }
        assertThat(SavedSearch.whyNotAName("می\u200Cخواهم")).as("a Persian name keeps its zero-width non-joiner").isEmpty();
    }

    /** Issue 16 re-test r23, finding 7: what a file name may hold and the window and terminal must not obey. */
    @Test
    void onlyEmbeddingsOverridesAndIsolatesAreTakenOutOfAFileNameShown() {
        assertThat(BidiControls.withoutReordering("Climate " + RLO + "txt.odt")).isEqualTo("Climate txt.odt");
        assertThat(BidiControls.withoutReordering("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i"))
                .isEqualTo("abcdefghi");
        assertThat(BidiControls.withoutReordering("ünï \u200Fعربي\u200E \u200Cx")).isEqualTo("ünï \u200Fعربي\u200E \u200Cx");
        assertThat(BidiControls.withoutReordering(null)).isNull();
    }

    /** Issue 16 re-test r24, finding 6: a soft hyphen or a Mongolian vowel separator made "Zo­x" read "Zox". */
    @Test
    void aSoftHyphenOrAMongolianVowelSeparatorIsRefusedTooJoinersStay() {
        assertThat(BidiControls.holdsAny("Zo\u00ADx")).isTrue();
        assertThat(BidiControls.holdsAny("Zo\u180Ex")).isTrue();
        assertThat(BidiControls.holdsAny("نورث\u200Cویند")).isFalse();
        assertThat(BidiControls.holdsAny("क्\u200Dष")).isFalse();
    }
}
