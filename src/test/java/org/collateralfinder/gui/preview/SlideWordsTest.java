package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.SlideShowFactory;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.collateralfinder.slides.SlidePictures;
import org.collateralfinder.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * The words found on a slide's picture are those drawn on it, each once, where it is drawn. POI measures a text
 * anchored in the middle or at the bottom of its box by drawing it first into a 1 by 1 picture at the box's top left
 * corner; those words were noted too, and a match among them was marked where nothing is written (rc19 minor 4: an
 * empty mark above "Usage Reports" on 42486.ppt's slide 18).
 */
class SlideWordsTest {

    private static List<PageWord> wordsOf(Slide<?, ?> slide, Dimension size) {
        SlideWords words = new SlideWords();
        BufferedImage image = SlidePictures.draw(slide, size, 540 / size.getWidth(), words);
        return words.words(image.getWidth(), image.getHeight());
    }

    @Test
    void aTextInTheMiddleOfItsBoxIsFoundOnceWhereItIsDrawn() throws Exception {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setAnchor(new Rectangle2D.Double(360, 300, 300, 120));
            box.setVerticalAlignment(VerticalAlignment.MIDDLE);
            box.setText("Quarterly report");
            Dimension size = show.getPageSize();

            List<PageWord> words = wordsOf(show.getSlides().getFirst(), size);

            assertThat(words).extracting(PageWord::text).containsExactly("Quarterly", "report");
            PageWord report = words.getLast();
            // inside the box (as fractions of the slide), not at its top left corner where POI measured it
            assertThat(report.x()).isBetween(360 / size.getWidth(), 660 / size.getWidth());
            assertThat(report.y()).isBetween(300 / size.getHeight(), 420 / size.getHeight());
            assertThat(report.y() + report.height()).isLessThanOrEqualTo(420 / size.getHeight());
        }
    }

    @Test
    void theTitleOfALegacyDeckIsFoundOnce() throws Exception {
        File deck = SharedCorpus.require("real", "the words of a legacy deck's slide").resolve("poi/slideshow/42486.ppt")
                .toFile();
        try (SlideShow<?, ?> show = SlideShowFactory.create(deck, null, true)) {
            List<PageWord> words = wordsOf(show.getSlides().get(17), show.getPageSize());

            // "Specifications for Usage Reports", its "REPORT CONTENT…" and "Level 1 Reports", "Level 2 Reports": the
            // title's words once each, at the right of the COUNTER logo (it was noted a second time at the top left)
            assertThat(words.stream().filter(w -> w.text().equalsIgnoreCase("reports") || w.text().equals("REPORT")))
                    .extracting(PageWord::text).containsExactly("Reports", "REPORT", "Reports", "Reports");
            assertThat(words.stream().filter(w -> w.text().equals("Specifications"))).singleElement()
                    .satisfies(title -> assertThat(title.x()).isGreaterThan(0.1));
        }
    }
}
