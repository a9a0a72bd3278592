package org.collateralfinder.slides;

import java.util.List;
import org.collateralfinder.model.CollateralException;

/**
 * The deck could not be written (its folder takes no new files, the disk is full): nothing was left behind. It
 * carries the slides found unusable before writing, so the command line's JSON still lists them.
 */
public final class DeckNotWritten extends CollateralException {

    private static final long serialVersionUID = 1L;

    private final transient List<SkippedSlide> skipped;

    DeckNotWritten(String sentence, Throwable cause) {
        this(sentence, cause, List.of());
    }

    private DeckNotWritten(String sentence, Throwable cause, List<SkippedSlide> skipped) {
        super(sentence, cause);
        this.skipped = List.copyOf(skipped);
    }

    DeckNotWritten withSkipped(List<SkippedSlide> slides) {
        return new DeckNotWritten(getMessage(), getCause(), slides);
    }

    /** The slides left out before the writing failed, in the order they were asked for. */
    public List<SkippedSlide> skipped() {
        return skipped;
    }
}
