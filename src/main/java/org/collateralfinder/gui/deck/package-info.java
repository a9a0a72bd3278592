/**
 * The deck tray: slides added from the preview and the matching pages, reordered and saved as a PPTX or PDF
 * (through {@code slides.DeckExporter}), then dragged out of the window into an e-mail.
 */
package org.collateralfinder.gui.deck;
