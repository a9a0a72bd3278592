package org.collateralfinder.slides;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.draw.DrawFactory;
import org.apache.poi.sl.draw.DrawGraphicalFrame;
import org.apache.poi.sl.draw.DrawShape;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.sl.draw.ImageRenderer;
import org.apache.poi.sl.usermodel.GraphicalFrame;
import org.apache.poi.xslf.usermodel.XSLFObjectShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POI's drawing factory, drawing an embedded object (a workbook, a slide, a document) by the picture its slide's legacy
 * VML drawing names for it when the object holds no picture of its own: decks saved by PowerPoint 2007 and older name
 * the picture there only ({@code p:oleObj spid} → the drawing's {@code v:shape} → {@code v:imagedata o:relid}), and POI
 * then drew nothing where the object was (rc15 NEW-1: slide 8 of {@code 45541_Header.pptx}, a table drawn as WMF, came
 * out as its title alone). The preview's factory extends it, so the window and an exported deck draw alike.
 */
public class SlideDrawing extends DrawFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SlideDrawing.class);
    static final String VML_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final String VML = "urn:schemas-microsoft-com:vml";
    private static final String OFFICE = "urn:schemas-microsoft-com:office:office";

    /** An embedded object's picture as the legacy drawing names it. */
    record Picture(byte[] data, String contentType) {
    }

    @Override
    public DrawGraphicalFrame getDrawable(GraphicalFrame<?, ?> shape) {
        if (shape instanceof XSLFObjectShape object && !hasOwnPicture(object)) {
            Picture picture = legacyPicture(object);
            if (picture != null) {
                return new DrawGraphicalFrame(shape) {
                    @Override
                    public void draw(Graphics2D graphics) {
                        drawPicture(graphics, object, picture);
                    }
                };
            }
        }
        return super.getDrawable(shape);
    }

    private static void drawPicture(Graphics2D graphics, XSLFObjectShape object, Picture picture) {
        Object hint = graphics.getRenderingHint(Drawable.IMAGE_RENDERER);
        ImageRenderer renderer = hint instanceof ImageRenderer given ? given : new SlidePictureRenderer();
        try {
            renderer.loadImage(picture.data(), picture.contentType());
            Rectangle2D anchor = DrawShape.getAnchor(graphics, object);
            renderer.drawImage(graphics, anchor);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The picture of {} could not be drawn", object.getShapeName(), e);
        }
    }

    /** Whether the object holds a picture POI draws ({@code p:pic} in the object, or a fallback picture). */
    static boolean hasOwnPicture(XSLFObjectShape object) {
        return object.getXmlObject().selectPath("declare namespace p='" + PML + "' .//p:pic").length > 0
                || object.getFallbackPicture() != null;
    }

    /** Whether the object has a picture to be drawn by: its own, or the one its slide's legacy drawing names. */
    static boolean drawable(XSLFObjectShape object) {
        return hasOwnPicture(object) || legacyPicture(object) != null;
    }

    /** The picture the slide's legacy VML drawing names for the object, or null when there is none or it cannot be read. */
    static Picture legacyPicture(XSLFObjectShape object) {
        String spid = objectAttribute(object, "spid");
        if (spid == null || spid.isEmpty()) {
            return null;
        }
        try {
            PackagePart sheet = object.getSheet().getPackagePart();
            for (PackageRelationship rel : sheet.getRelationshipsByType(VML_DRAWING)) {
                PackagePart drawing = rel.getTargetMode() == TargetMode.INTERNAL ? sheet.getRelatedPart(rel) : null;
                if (drawing == null) {
                    continue;
                }
                String relId = imageRelId(drawing, spid);
                PackageRelationship image = relId == null ? null : drawing.getRelationship(relId);
                PackagePart part = image == null || image.getTargetMode() != TargetMode.INTERNAL ? null : drawing.getRelatedPart(image);
                if (part != null) {
                    try (InputStream in = part.getInputStream()) {
                        return new Picture(in.readAllBytes(), part.getContentType());
                    }
                }
            }
        } catch (IOException | InvalidFormatException | XmlException | RuntimeException e) {
            LOG.info("The legacy picture of {} could not be read: {}", object.getShapeName(), e.toString());
        }
        return null;
    }

    private static String objectAttribute(XSLFObjectShape object, String name) {
        XmlObject[] found = object.getXmlObject().selectPath("declare namespace p='" + PML + "' .//p:oleObj");
        if (found.length == 0) {
            return null;
        }
        try (XmlCursor cursor = found[0].newCursor()) {
            return cursor.getAttributeText(new QName(name));
        }
    }

    /** The relationship id of the {@code v:imagedata} of the drawing's shape {@code spid}, or null. */
    private static String imageRelId(PackagePart drawing, String spid) throws IOException, XmlException {
        XmlObject vml;
        try (InputStream in = drawing.getInputStream()) {
            vml = XmlObject.Factory.parse(in);
        }
        for (XmlObject shape : vml.selectPath("declare namespace v='" + VML + "' .//v:shape")) {
            String id;
            String officeId;
            try (XmlCursor cursor = shape.newCursor()) {
                id = cursor.getAttributeText(new QName("id"));
                officeId = cursor.getAttributeText(new QName(OFFICE, "spid"));
            }
            if (!spid.equals(id) && !spid.equals(officeId)) {
                continue;
            }
            for (XmlObject data : shape.selectPath("declare namespace v='" + VML + "' ./v:imagedata")) {
                try (XmlCursor cursor = data.newCursor()) {
                    String relId = cursor.getAttributeText(new QName(OFFICE, "relid"));
                    if (relId != null && !relId.isEmpty()) {
                        return relId;
                    }
                }
            }
        }
        return null;
    }
}
