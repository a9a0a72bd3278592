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

    /**
     * rc15 NEW-1: the body of slide 8 of {@code 45541_Header.pptx} is an embedded slide ({@code PowerPoint.Slide.8})
     * whose picture is a WMF named only by the slide's legacy VML drawing, not by a picture inside the object: POI found
     * no picture and drew the slide with its title alone, on the blue background. The table ("Project Feasibility Map",
     * black on the slide's blue) is drawn where the object is.
     */
    @Test
    void anEmbeddedObjectWhosePictureIsInTheLegacyDrawingIsDrawnWithIt() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/pages/45541_Header.pptx"));
                XMLSlideShow deck = new XMLSlideShow(in)) {
            XSLFSlide slide = deck.getSlides().get(7);
            assertThat(slide.getShapes()).filteredOn(XSLFObjectShape.class::isInstance).hasSize(1);

            BufferedImage drawn = SlidePictures.draw(slide, deck.getPageSize(), 1);

            // right of the title, where the table's black text and lines are: none drawn before (blue background alone)
            Rectangle2D body = new Rectangle2D.Double(160, 160, 520, 300);
            assertThat(darkPixels(drawn, body)).isGreaterThan((int) (body.getWidth() * body.getHeight() / 100));
            assertThat(SlidePictures.whatTheDrawingLacks(slide, new SlideRef(Path.of("45541_Header.pptx"), 8))).isNull();
        }
    }

    private static int darkPixels(BufferedImage image, Rectangle2D area) {
        int count = 0;
        for (int y = (int) area.getMinY(); y < (int) area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < (int) area.getMaxX(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 60 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60) {
                    count++;
                }
            }
        }
        return count;
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
