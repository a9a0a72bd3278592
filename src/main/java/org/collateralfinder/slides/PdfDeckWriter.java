package org.collateralfinder.slides;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a PDF: pages of PDFs are imported as they are (text, fonts and vector drawings kept; the source
 * documents stay open until the deck is saved, as PDFBox's import needs); PowerPoint slides are drawn by POI
 * and go in as a picture filling a page of the slide's size.
 */
final class PdfDeckWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDeckWriter.class);

    private PdfDeckWriter() {
    }

    /**
     * Writes the pages that can be copied to {@code out}, adds the others to {@code skipped} and what a drawn slide lacks
     * to {@code warnings}; returns how many were written.
     */
    static int write(List<WantedSlide> wanted, List<SkippedSlide> skipped, List<SlideWarning> warnings, OutputStream out,
                     DeckExporter.Copied progress) throws IOException {
        try (PDDocument deck = new PDDocument()) {
            for (WantedSlide w : wanted) {
                int before = deck.getNumberOfPages();
                try {
                    switch (w.source()) {
                        case SourceFile.Pdf pdf -> deck.importPage(pdf.document().getPage(w.index()));
                        case SourceFile.Pptx pptx -> {
                            var slide = pptx.show().getSlides().get(w.index());
                            picturePage(deck, SlidePictures.slide(slide, pptx.show().getPageSize()));
                            String lacks = SlidePictures.whatTheDrawingLacks(slide, w.ref());
                            if (lacks != null) {
                                warnings.add(new SlideWarning(w.ref(), lacks));
                            }
                        }
                        case SourceFile.DrawnSlides drawn -> picturePage(deck, SlidePictures.slide(
                                drawn.show().getSlides().get(w.index()), drawn.pageSize()));
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Slide {} could not be copied into the deck", w.ref(), e);
                    while (deck.getNumberOfPages() > before) {
                        deck.removePage(deck.getNumberOfPages() - 1);
                    }
                    skipped.add(new SkippedSlide(w.ref(), w.ref() + " was left out: its " + w.source().unit()
                            + " could not be copied (something in it is of a kind the copy does not handle)."));
                }
                progress.advance();
            }
            int written = deck.getNumberOfPages();
            if (written > 0) {
                ExportedDecks.mark(deck); // the mark a deck may be replaced by (re-test 20 #3)
                deck.save(out);
            }
            return written;
        }
    }

    private static void picturePage(PDDocument deck, BufferedImage image) throws IOException {
        float width = image.getWidth() / SlidePictures.SCALE;
        float height = image.getHeight() / SlidePictures.SCALE;
        PDImageXObject picture = LosslessFactory.createFromImage(deck, image);
        PDPage page = new PDPage(new PDRectangle(width, height));
        deck.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(deck, page)) {
            content.drawImage(picture, 0, 0, width, height);
        }
    }
}
