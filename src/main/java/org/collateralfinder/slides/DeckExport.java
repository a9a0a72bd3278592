package org.collateralfinder.slides;

import java.nio.file.Path;
import java.util.List;

/**
 * What a deck export did.
 *
 * @param output  the deck written (absolute), or null when no slide could be copied and nothing was written
 * @param slides  how many slides the deck has
 * @param skipped the slides left out, in the order they were asked for
 */
public record DeckExport(Path output, int slides, List<SkippedSlide> skipped) {

    public DeckExport {
        skipped = List.copyOf(skipped);
    }

    /** Whether every slide asked for is in the deck. */
    public boolean complete() {
        return output != null && skipped.isEmpty();
    }
}
