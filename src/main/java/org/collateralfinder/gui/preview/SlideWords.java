package org.collateralfinder.gui.preview;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.draw.DrawSlide;
import org.apache.poi.sl.draw.DrawTextFragment;
import org.apache.poi.sl.usermodel.Slide;
import org.collateralfinder.slides.SlideDrawing;

/**
 * The slides' drawing factory ({@link SlideDrawing}), made to note where each line of text is drawn on a slide: given to a drawing (the
 * {@code Drawable.DRAW_FACTORY} hint), it hands out text fragments that remember their text, their layout and the
 * transform they were drawn with, so the words' boxes on the picture are known afterwards ({@link #words}). One
 * instance serves one drawing. Only the lines drawn on the slide's picture count: POI measures a text anchored in the
 * middle or at the bottom of its box by drawing it first on a picture of its own (1 by 1 pixel, the box's top left
 * corner at 0, 0), through this factory too; the title of 42486.ppt's slide 18 was noted twice, and "Reports" marked
 * above the title, where nothing is written (rc19).
 */
final class SlideWords extends SlideDrawing {

    /** One line of text as it was drawn on the slide's picture: its layout, where its top left was, the transform then. */
    private record Line(String text, TextLayout layout, double x, double y, AffineTransform transform) {
    }

    private final List<Line> lines = new ArrayList<>();
    /** What the slide is drawn on (set when its drawing starts): a line drawn on anything else was only measured. */
    private Graphics2D picture;

    @Override
    public DrawSlide getDrawable(Slide<?, ?> slide) {
        DrawSlide drawn = super.getDrawable(slide);
        return new DrawSlide(slide) {
            @Override
            public void draw(Graphics2D graphics) {
                picture = graphics;
                drawn.draw(graphics);
            }
        };
    }

    @Override
    public DrawTextFragment getTextFragment(TextLayout layout, AttributedString str) {
        return new DrawTextFragment(layout, str) {
            private double x;
            private double y;

            @Override
            public void setPosition(double x, double y) {
                this.x = x;
                this.y = y;
                super.setPosition(x, y);
            }

            @Override
            public void draw(Graphics2D graphics) {
                if (str != null && graphics == picture) {
                    lines.add(new Line(textOf(str), layout, x, y, new AffineTransform(graphics.getTransform())));
                }
                super.draw(graphics);
            }
        };
    }

    private static String textOf(AttributedString str) {
        StringBuilder text = new StringBuilder();
        var it = str.getIterator();
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            text.append(c);
        }
        return text.toString();
    }

    /** The words drawn, each with its box as fractions of a picture {@code width} by {@code height} pixels. */
    List<PageWord> words(int width, int height) {
        List<PageWord> words = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            int limit = Math.min(text.length(), line.layout().getCharacterCount());
            int start = -1;
            for (int i = 0; i <= limit; i++) {
                boolean inWord = i < limit && Character.isLetterOrDigit(text.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    Rectangle2D box = line.transform().createTransformedShape(AffineTransform.getTranslateInstance(
                                    line.x(), line.y() + line.layout().getAscent())
                            .createTransformedShape(line.layout().getLogicalHighlightShape(start, i))).getBounds2D();
                    words.add(new PageWord(text.substring(start, i), box.getX() / width, box.getY() / height,
                            box.getWidth() / width, box.getHeight() / height));
                    start = -1;
                }
            }
        }
        return words;
    }
}
