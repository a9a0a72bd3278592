/**
 * Building a deck from found slides: PPTX from PowerPoint slides (layouts, pictures and notes kept), PDF from
 * PDF pages, and a picture of the slide where no better path exists. Sources are only read; the deck is
 * written beside its target and moved into place. POI and PDFBox stay behind this package (and extraction).
 */
package org.collateralfinder.slides;
