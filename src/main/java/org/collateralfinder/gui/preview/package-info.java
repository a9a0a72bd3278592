/** The preview of the selected file: page pictures (PDFBox, POI), facts and the text with matches. */
package org.collateralfinder.gui.preview;
