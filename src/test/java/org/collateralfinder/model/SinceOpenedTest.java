package org.collateralfinder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a saved search counts as new or changed since it was last opened. */
class SinceOpenedTest {

    @Test
    void addedAndEditedFilesCountMovedCopiedAndGoneOnesDoNot() {
        Map<String, String> then = Map.of("/s/deck.pptx", "a", "/s/case.pdf", "b", "/s/old.pdf", "c", "/s/gone.pdf", "d");
        Map<String, String> now = Map.of("/s/deck.pptx", "a", "/s/case.pdf", "b2", "/s/renamed.pdf", "c",
                "/s/copy of deck.pptx", "a", "/s/new.pdf", "e", "/s/failed.pdf", "");

        SinceOpened since = SinceOpened.of(then, now);

        assertThat(since.added()).containsExactly("/s/failed.pdf", "/s/new.pdf");
        assertThat(since.changed()).containsExactly("/s/case.pdf");
        assertThat(since.badge()).isEqualTo("2 new, 1 changed");
        assertThat(since.sentence()).isEqualTo("2 files are new and 1 changed since you last opened it.");
        assertThat(SinceOpened.of(then, then).sentence()).isEqualTo("Nothing is new or changed since you last opened it.");
        assertThat(SinceOpened.of(Map.of("/s/a", "x"), Map.of("/s/a", "y")).sentence())
                .isEqualTo("1 file changed since you last opened it.");
    }
}
