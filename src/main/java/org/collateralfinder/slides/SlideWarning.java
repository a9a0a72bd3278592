package org.collateralfinder.slides;

/**
 * A slide that is in the deck, but not quite as it is in its own deck, and what is missing.
 *
 * @param slide   the slide asked for
 * @param warning one sentence naming the slide and what it lacks
 */
public record SlideWarning(SlideRef slide, String warning) {
}
