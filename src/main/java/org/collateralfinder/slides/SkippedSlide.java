package org.collateralfinder.slides;

/**
 * A slide that was left out of the deck, and why.
 *
 * @param slide  the slide asked for
 * @param reason one sentence naming the slide and what is wrong
 */
public record SkippedSlide(SlideRef slide, String reason) {
}
