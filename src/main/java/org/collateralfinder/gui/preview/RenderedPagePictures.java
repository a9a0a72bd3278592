package org.collateralfinder.gui.preview;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.SlideShowFactory;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.slides.CertificateEncryptedPdf;
import org.collateralfinder.slides.PackageLimit;
import org.collateralfinder.slides.SlidePictures;

/**
 * Draws PDF pages with PDFBox and PowerPoint slides with POI into images of a fixed width, noting where each
 * word is drawn ({@link PdfPageWords}, {@link SlideWords}), and keeps the most recent ones in a small
 * least-recently-used cache.
 */
public final class RenderedPagePictures implements PagePictures {

    private static final Set<String> PDF = Set.of("pdf");
    private static final Set<String> SLIDES = Set.of("pptx", "pptm", "ppsx", "potx", "ppt", "pps");

    private final int width;
    private final Map<String, Picture> cache;

    public RenderedPagePictures(int width, int cachedPictures) {
        this.width = width;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Picture> eldest) {
                return size() > cachedPictures;
            }
        };
    }

    @Override
    public boolean supports(String extension) {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return PDF.contains(ext) || SLIDES.contains(ext);
    }

    @Override
    public Picture picture(Path file, String extension, int page, long modifiedMillis) {
        String key = file + "#" + page + "#" + modifiedMillis;
        synchronized (cache) {
            Picture cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String ext = extension.toLowerCase(Locale.ROOT);
        Picture picture;
        try {
            picture = PDF.contains(ext) ? pdfPage(file, page) : slide(file, page);
        } catch (IOException | RuntimeException e) {
            throw new CollateralException("The preview of " + file.getFileName() + " could not be drawn: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
        } catch (LinkageError e) {
            // a PDF encrypted for a certificate: PDFBox reaches for BouncyCastle, which the app leaves out (re-test 25 #2)
            if (CertificateEncryptedPdf.causedBy(e)) {
                throw new CollateralException("The preview of " + file.getFileName() + " could not be drawn: it "
                        + CertificateEncryptedPdf.WHY + ".", e);
            }
            throw e;
        }
        synchronized (cache) {
            cache.put(key, picture);
        }
        return picture;
    }

    private Picture pdfPage(Path file, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                return new Picture(null, 0, List.of());
            }
            int index = Math.clamp(page, 0, count - 1);
            PDRectangle box = document.getPage(index).getCropBox();
            boolean turned = document.getPage(index).getRotation() % 180 != 0;
            float pageWidth = turned ? box.getHeight() : box.getWidth();
            float scale = Math.min(4f, width / Math.max(1f, pageWidth));
            BufferedImage image = new PDFRenderer(document).renderImage(index, scale, ImageType.RGB);
            return new Picture(SwingFXUtils.toFXImage(image, null), count, PdfPageWords.of(document, index));
        }
    }

    private Picture slide(Path file, int page) throws IOException {
        PackageLimit.apply(); // a deck of over 1,000 parts is previewed as it is exported
        try (SlideShow<?, ?> show = SlideShowFactory.create(file.toFile(), null, true)) {
            List<? extends Slide<?, ?>> slides = show.getSlides();
            if (slides.isEmpty()) {
                return new Picture(null, 0, List.of());
            }
            int index = Math.clamp(page, 0, slides.size() - 1);
            Dimension size = show.getPageSize();
            SlideWords words = new SlideWords();
            BufferedImage image = SlidePictures.draw(slides.get(index), size, width / Math.max(1.0, size.getWidth()), words);
            return new Picture(SwingFXUtils.toFXImage(image, null), slides.size(),
                    words.words(image.getWidth(), image.getHeight()));
        }
    }
}
