package org.collateralfinder.slides;

/**
 * A slide asked for, in a file that opened and holds it.
 *
 * @param index 0-based, in the file's own order
 */
record WantedSlide(SlideRef ref, SourceFile source, int index) {
}
