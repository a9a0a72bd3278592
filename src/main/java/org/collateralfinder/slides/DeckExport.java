package org.collateralfinder.slides;

import java.nio.file.Path;
import java.util.List;

/**
 * What a deck export did.
 *
 * @param output  the deck written (absolute), or null when no slide could be copied and nothing was written
 * @param slides  how many slides the deck has
 * @param skipped  the slides left out, in the order they were asked for
 * @param warnings the slides in the deck that lack something they have in their own deck (a SmartArt diagram or a
 *                 chart drawn into a picture, a slide of another deck that went in as its picture), in the order they
 *                 were asked for
 */
public record DeckExport(Path output, int slides, List<SkippedSlide> skipped, List<SlideWarning> warnings) {

    public DeckExport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** An export with no slide that lacks anything. */
    public DeckExport(Path output, int slides, List<SkippedSlide> skipped) {
        this(output, slides, skipped, List.of());
    }

    /** How many slides were left out: a range past a deck's end ({@code FILE#11-40}) is one sentence for all of them. */
    public int slidesLeftOut() {
        return skipped.stream().mapToInt(s -> s.slide().count()).sum();
    }

    /** Whether every slide asked for is in the deck. */
    public boolean complete() {
        return output != null && skipped.isEmpty();
    }
}
