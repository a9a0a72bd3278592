package org.collateralfinder.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFObjectShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slides holding Windows metafile pictures (Tika's {@code testWPSAttachment.pptx}: nine documents embedded
 * on its slide, each shown by a WMF picture) are drawn with their pictures, for the preview and for a deck exported as PDF; POI's own lookup of
 * picture renderers reached its SVG renderer first, which needs a library the app does not ship.
 */
class SlidePicturesTest {

    private static final Path WMF_DECK = Path.of("src/test/resources/slides/testWPSAttachment.pptx");

    @TempDir
    Path temp;

    @Test
    void aSlideWithWindowsMetafilePicturesIsDrawnWithThem() throws Exception {
        try (InputStream in = Files.newInputStream(WMF_DECK); XMLSlideShow deck = new XMLSlideShow(in)) {
            XSLFSlide slide = deck.getSlides().getFirst();
            // embedded documents shown by their WMF icons
            List<XSLFObjectShape> pictures = slide.getShapes().stream()
                    .filter(XSLFObjectShape.class::isInstance).map(XSLFObjectShape.class::cast).toList();
            assertThat(pictures).hasSize(9);
            assertThat(pictures.getFirst().getPictureData().getContentType()).isEqualTo("image/x-wmf");

            BufferedImage drawn = SlidePictures.draw(slide, deck.getPageSize(), 1);

            for (XSLFObjectShape picture : pictures) {
                assertThat(nonWhitePixels(drawn, picture.getAnchor())).as("pixels drawn where %s is", picture.getShapeName())
                        .isPositive();
            }
        }
    }

    @Test
    void aSlideWithWindowsMetafilePicturesIsExportedToPdf() throws Exception {
        Path source = Files.copy(WMF_DECK, temp.resolve("attachments.pptx"));
        Path out = temp.resolve("deck.pdf");

        DeckExport export = new DeckExporter().export(List.of(new SlideRef(source, 1)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 1, List.of()));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static int nonWhitePixels(BufferedImage image, Rectangle2D area) {
        int count = 0;
        for (int y = (int) area.getMinY(); y < Math.min(image.getHeight(), (int) area.getMaxY()); y++) {
            for (int x = (int) area.getMinX(); x < Math.min(image.getWidth(), (int) area.getMaxX()); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    count++;
                }
            }
        }
        return count;
    }
}
