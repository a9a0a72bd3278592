package org.collateralfinder.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The question asked on closing with feedback not saved. */
class ClosingGuardTest {

    /** Window re-test 18, R10: "You typed feedback on 2 files (narwhal.txt, okapi.txt)" where on narwhal a tag was clicked. */
    @Test
    void saysTypedOnlyOfFeedbackTyped() {
        assertThat(ClosingGuard.sentence(List.of("narwhal.txt", "okapi.txt"), false)).isEqualTo("You gave feedback on 2 "
                + "files (narwhal.txt, okapi.txt) and did not save it. If you don't save it, it is lost.");
        assertThat(ClosingGuard.sentence(List.of("okapi.txt"), true))
                .isEqualTo("You typed feedback on okapi.txt and did not save it. If you don't save it, it is lost.");
    }

    /** Window re-test 25, F6: the zero-width non-joiner of a Persian name was drawn as a box in the question. */
    @Test
    void saysAPersianNameWithoutTheCharactersJavaFxDrawsAsBoxes() {
        assertThat(ClosingGuard.sentence(List.of("گزارش\u200Cفروش «نهایی».txt", "\u200Fquote.txt"), true))
                .isEqualTo("You typed feedback on 2 files (گزارش\u200Aفروش «نهایی».txt, quote.txt) and did not save it. "
                        + "If you don't save it, it is lost.");
    }
}
