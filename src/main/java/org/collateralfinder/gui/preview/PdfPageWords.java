package org.collateralfinder.gui.preview;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words on one page of a PDF and their boxes, as PDFBox's text stripper places its characters (the same
 * reader the index's text of a PDF comes from), for marking what the search matched on the page's picture.
 */
final class PdfPageWords extends PDFTextStripper {

    private final List<PageWord> words = new ArrayList<>();
    private final double pageWidth;
    private final double pageHeight;

    private PdfPageWords(double pageWidth, double pageHeight) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
    }

    /** The words on page {@code index} (0-based), boxes as fractions of the page as it is shown (crop box, turned). */
    static List<PageWord> of(PDDocument document, int index) throws IOException {
        PDPage page = document.getPage(index);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        PdfPageWords stripper = new PdfPageWords(turned ? box.getHeight() : box.getWidth(),
                turned ? box.getWidth() : box.getHeight());
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.writeText(document, new StringWriter());
        return List.copyOf(stripper.words);
    }

    /** A run of the stripper's characters: cut into words at every character that is no letter or digit. */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        StringBuilder word = new StringBuilder();
        double left = 0;
        double top = 0;
        double right = 0;
        double bottom = 0;
        for (TextPosition p : positions) {
            String unicode = p.getUnicode() == null ? "" : p.getUnicode();
            boolean letters = !unicode.isEmpty() && unicode.codePoints().allMatch(Character::isLetterOrDigit);
            if (!letters) {
                add(word, left, top, right, bottom);
                word.setLength(0);
                continue;
            }
            double height = p.getHeight() > 0 ? p.getHeight() : p.getFontSizeInPt();
            double x = p.getX();
            double y = p.getY() - height;
            if (word.isEmpty()) {
                left = x;
                top = y;
                right = x + p.getWidth();
                bottom = p.getY();
            } else {
                left = Math.min(left, x);
                top = Math.min(top, y);
                right = Math.max(right, x + p.getWidth());
                bottom = Math.max(bottom, p.getY());
            }
            word.append(unicode);
        }
        add(word, left, top, right, bottom);
    }

    private void add(StringBuilder word, double left, double top, double right, double bottom) {
        if (!word.isEmpty() && pageWidth > 0 && pageHeight > 0) {
            words.add(new PageWord(word.toString(), left / pageWidth, top / pageHeight, (right - left) / pageWidth,
                    (bottom - top) / pageHeight));
        }
    }
}
