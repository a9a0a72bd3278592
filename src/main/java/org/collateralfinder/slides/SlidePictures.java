package org.collateralfinder.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFObjectShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Pictures of slides and pages, for where a slide cannot be copied as what it is (a PowerPoint slide into a
 * PDF, a PDF page into a PPTX): drawn at twice the size in points (144 dots per inch), sharp enough to
 * show and print.
 */
public final class SlidePictures {

    static final float SCALE = 2f;
    private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    /** A chart, and the chart kinds of Office 2016 (waterfall, funnel, treemap …). */
    private static final Set<String> CHARTS = Set.of("http://schemas.openxmlformats.org/drawingml/2006/chart",
            "http://schemas.microsoft.com/office/drawing/2014/chartex");
    /** Stateless past its tables: one serves every drawing. */
    private static final SymbolFonts FONTS = new SymbolFonts();

    private SlidePictures() {
    }

    /** A slide drawn by POI on white, {@link #SCALE} times its size in points. */
    static BufferedImage slide(Slide<?, ?> slide, Dimension2D pageSize) {
        return draw(slide, pageSize, SCALE);
    }

    /**
     * A slide drawn by POI on white at {@code scale} times its size in points, the Windows symbol fonts' bullets drawn
     * as what they look like ({@link SymbolFonts}): the preview and an exported deck draw slides alike.
     */
    public static BufferedImage draw(Slide<?, ?> slide, Dimension2D pageSize, double scale) {
        return draw(slide, pageSize, scale, null);
    }

    /**
     * As {@link #draw(Slide, Dimension2D, double)}, with POI's shapes made by {@code factory} (null: a plain
     * {@link SlideDrawing}): the preview's notes where each line of text is drawn, to mark the search's words on the
     * picture. Embedded objects are drawn by their pictures, the legacy drawing's too ({@link SlideDrawing}).
     */
    public static BufferedImage draw(Slide<?, ?> slide, Dimension2D pageSize, double scale, SlideDrawing factory) {
        int width = Math.max(1, (int) Math.round(pageSize.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(pageSize.getHeight() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(Drawable.FONT_HANDLER, FONTS);
            g.setRenderingHint(Drawable.IMAGE_RENDERER, new SlidePictureRenderer());
            g.setRenderingHint(Drawable.DRAW_FACTORY, factory != null ? factory : new SlideDrawing());
            g.setPaint(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, width, height));
            g.scale(scale, scale);
            slide.draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A PDF page drawn by PDFBox (its crop box, turned as it is shown), {@link #SCALE} times its size in points. */
    static BufferedImage pdfPage(SourceFile.Pdf pdf, int index) throws IOException {
        return new PDFRenderer(pdf.document()).renderImage(index, SCALE, ImageType.RGB);
    }

    /** A PDF page's size in points as it is shown (its crop box, turned). */
    static Dimension2D pdfPageSize(SourceFile.Pdf pdf, int index) {
        PDRectangle box = pdf.document().getPage(index).getCropBox();
        boolean turned = pdf.document().getPage(index).getRotation() % 180 != 0;
        Dimension size = new Dimension();
        size.setSize(turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight());
        return size;
    }

    /**
     * A sentence saying what a drawing of a slide lacks, or null when it lacks nothing known: POI draws neither SmartArt
     * diagrams nor charts, and a slide holding one came out blank where it was, with no word (re-test 17 for diagrams,
     * slides re-test 20 #1 for charts). A chart is drawn by no library the app could ship: it is said, as a diagram is.
     */
    static String whatTheDrawingLacks(Slide<?, ?> slide, SlideRef ref) {
        if (!(slide instanceof XSLFSlide pptx)) {
            return null;
        }
        String objects = objectsNotDrawn(pptx, ref);
        if (objects != null) {
            return objects;
        }
        boolean diagram = graphics(pptx, Set.of(DIAGRAM)) > 0;
        int charts = graphics(pptx, CHARTS);
        String itsCharts = charts == 1 ? "its chart" : "its charts";
        if (diagram && charts > 0) {
            return ref + " is in the deck without its SmartArt diagram and " + itsCharts + ": neither can be drawn into the "
                    + "picture of the slide, so the slide may be blank where they were (in a PPTX deck they stay as they are "
                    + "when they can be copied).";
        }
        if (diagram) {
            return ref + " is in the deck without its SmartArt diagram: a diagram cannot be drawn into the picture of the "
                    + "slide, so the slide may be blank where it was (in a PPTX deck it stays a diagram when it can be copied).";
        }
        if (charts > 0) {
            return ref + " is in the deck without " + itsCharts + ": " + (charts == 1 ? "a chart" : "charts") + " cannot be "
                    + "drawn into the picture of the slide, so the slide may be blank where " + (charts == 1 ? "it was" : "they were")
                    + " (in a PPTX deck " + (charts == 1 ? "it stays a chart when it" : "they stay charts when they") + " can be copied).";
        }
        return null;
    }

    /**
     * A sentence naming the embedded objects of the slide that have no picture to be drawn by (none in the object, none
     * in the slide's legacy drawing), or null: the drawing would be empty where they are, which is said (rc15 NEW-1).
     */
    private static String objectsNotDrawn(XSLFSlide slide, SlideRef ref) {
        List<String> names = new ArrayList<>();
        collectObjectsNotDrawn(slide.getShapes(), names);
        if (names.isEmpty()) {
            return null;
        }
        boolean one = names.size() == 1;
        return ref + " is in the deck without " + (one ? "the object embedded in it (" : "the objects embedded in it (")
                + String.join(", ", names) + "): " + (one ? "it has" : "they have") + " no picture to be drawn by, so the "
                + "picture of the slide is missing " + (one ? "its content" : "their content") + " where "
                + (one ? "it was" : "they were") + "; open " + ref.file().getFileName() + " to see it.";
    }

    private static void collectObjectsNotDrawn(List<? extends XSLFShape> shapes, List<String> names) {
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFObjectShape object && !SlideDrawing.drawable(object)) {
                names.add(objectName(object));
            } else if (shape instanceof XSLFGroupShape group) {
                collectObjectsNotDrawn(group.getShapes(), names);
            }
        }
    }

    /** The object's kind as its program names it ("Excel.Sheet.12"), else its shape's name. */
    private static String objectName(XSLFObjectShape object) {
        String progId = object.getProgId();
        return progId != null && !progId.isBlank() ? progId : object.getShapeName();
    }

    /** How many graphic frames of the slide (in groups too) hold a graphic of one of the kinds named by {@code uris}. */
    private static int graphics(XSLFSlide slide, Set<String> uris) {
        int found = 0;
        // no predicate in the path: XmlBeans needs Saxon for those, which the build leaves out
        for (XmlObject data : slide.getXmlObject().selectPath("declare namespace a='" + DRAWING_ML + "' .//a:graphicData")) {
            try (XmlCursor cursor = data.newCursor()) {
                if (uris.contains(cursor.getAttributeText(new QName("uri")))) {
                    found++;
                }
            }
        }
        return found;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
