package org.collateralfinder.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which text a field draws a word at a time: right-to-left letters of two scripts or more (window re-test 18, R8). */
class MixedRightToLeftTextTest {

    @Test
    void hebrewWithArabicIsMixedOneScriptAloneOrWithLatinIsNot() {
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("pricing الجزائري שלום")).isTrue();
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("שלום (الجزائري)")).isTrue();
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("pricing שלום עולם 2026")).isFalse();
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("بروشور فارسی الجزائري")).isFalse(); // Persian is Arabic script
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("pricing")).isFalse();
        assertThat(MixedRightToLeftText.mixesRightToLeftScripts("")).isFalse();
    }
}
