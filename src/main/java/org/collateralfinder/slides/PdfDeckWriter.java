package org.collateralfinder.slides;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
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
                keepRestrictions(deck, wanted, skipped, warnings);
                deck.save(out);
            }
            return written;
        }
    }

    /**
     * A deck holding pages of a PDF whose author forbids copying its text, changing or printing it forbids the same:
     * the pages of all such PDFs copied, what any of them forbids (owner-encrypted as they are, with no password to
     * open it and a random one to change it), said once per PDF. Written unrestricted, they lost their author's setting
     * without a word (slides re-test 20, finding 4).
     */
    private static void keepRestrictions(PDDocument deck, List<WantedSlide> wanted, List<SkippedSlide> skipped,
                                         List<SlideWarning> warnings) throws IOException {
        AccessPermission kept = new AccessPermission();
        boolean restricted = false;
        Set<SourceFile.Pdf> said = new HashSet<>();
        for (WantedSlide w : wanted) {
            if (!(w.source() instanceof SourceFile.Pdf pdf) || pdf.forbidden() == null
                    || skipped.stream().anyMatch(s -> s.slide().equals(w.ref())) || !said.add(pdf)) {
                continue;
            }
            AccessPermission may = pdf.document().getCurrentAccessPermission();
            kept.setCanExtractContent(kept.canExtractContent() && may.canExtractContent());
            kept.setCanExtractForAccessibility(kept.canExtractForAccessibility() && may.canExtractForAccessibility());
            kept.setCanModify(kept.canModify() && may.canModify());
            kept.setCanModifyAnnotations(kept.canModifyAnnotations() && may.canModifyAnnotations());
            kept.setCanFillInForm(kept.canFillInForm() && may.canFillInForm());
            kept.setCanAssembleDocument(kept.canAssembleDocument() && may.canAssembleDocument());
            kept.setCanPrint(kept.canPrint() && may.canPrint());
            kept.setCanPrintFaithful(kept.canPrintFaithful() && may.canPrintFaithful());
            restricted = true;
            warnings.add(new SlideWarning(w.ref(), pdf.path().getFileName() + " forbids " + pdf.forbidden()
                    + " (a setting of its author): the deck forbids it too, as it holds its pages."));
        }
        if (restricted) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(
                    HexFormat.of().formatHex(random), "", kept);
            policy.setEncryptionKeyLength(256);
            deck.protect(policy);
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
