package org.collateralfinder.slides;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.poi.hemf.draw.HemfImageRenderer;
import org.apache.poi.hwmf.draw.HwmfImageRenderer;
import org.apache.poi.sl.draw.BitmapImageRenderer;
import org.apache.poi.sl.draw.ImageRenderer;

/**
 * Draws the pictures on a slide with the renderers the app ships: bitmaps, Windows metafiles (WMF) and
 * enhanced metafiles (EMF). Left to itself, POI looks its renderers up as services and instantiates its SVG
 * renderer first, which needs Apache Batik (not shipped: several megabytes for SVG pictures alone); that
 * failed with {@code NoClassDefFoundError} for every slide holding a WMF or EMF picture, so such slides
 * could be neither previewed nor exported. Pictures of other kinds (SVG, PICT) are left blank and the rest
 * of the slide is drawn. One instance serves the pictures of one drawing, one after another.
 */
final class SlidePictureRenderer implements ImageRenderer {

    private static final Rectangle2D NOTHING = new Rectangle2D.Double(0, 0, 1, 1);

    private ImageRenderer current;
    private double alpha = 1;
    private boolean cacheInput;
    private Charset charset;

    @Override
    public boolean canRender(String contentType) {
        return true; // those it has no renderer for are left blank, rather than asking POI's services
    }

    @Override
    public void loadImage(InputStream data, String contentType) throws IOException {
        current = rendererFor(contentType);
        if (current != null) {
            current.loadImage(data, contentType);
        }
    }

    @Override
    public void loadImage(byte[] data, String contentType) throws IOException {
        current = rendererFor(contentType);
        if (current != null) {
            current.loadImage(data, contentType);
        }
    }

    private ImageRenderer rendererFor(String contentType) {
        for (ImageRenderer r : new ImageRenderer[] {new BitmapImageRenderer(), new HwmfImageRenderer(), new HemfImageRenderer()}) {
            if (r.canRender(contentType)) {
                r.setAlpha(alpha);
                r.setCacheInput(cacheInput);
                if (charset != null) {
                    r.setDefaultCharset(charset);
                }
                return r;
            }
        }
        return null;
    }

    @Override
    public Rectangle2D getNativeBounds() {
        return current == null ? NOTHING : current.getNativeBounds();
    }

    @Override
    public Rectangle2D getBounds() {
        return current == null ? NOTHING : current.getBounds();
    }

    @Override
    public void setAlpha(double alpha) {
        this.alpha = alpha;
        if (current != null) {
            current.setAlpha(alpha);
        }
    }

    @Override
    public BufferedImage getImage() {
        return current == null ? blank(1, 1) : current.getImage();
    }

    @Override
    public BufferedImage getImage(Dimension2D dim) {
        return current == null ? blank((int) Math.ceil(dim.getWidth()), (int) Math.ceil(dim.getHeight())) : current.getImage(dim);
    }

    private static BufferedImage blank(int width, int height) {
        return new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
    }

    @Override
    public boolean drawImage(Graphics2D graphics, Rectangle2D anchor) {
        ImageRenderer r = current; // a picture inside a metafile may load another through this one
        return r != null && r.drawImage(graphics, anchor);
    }

    @Override
    public boolean drawImage(Graphics2D graphics, Rectangle2D anchor, Insets clip) {
        ImageRenderer r = current;
        return r != null && r.drawImage(graphics, anchor, clip);
    }

    @Override
    public void setDefaultCharset(Charset charset) {
        this.charset = charset;
        if (current != null) {
            current.setDefaultCharset(charset);
        }
    }

    @Override
    public void setCacheInput(boolean enable) {
        this.cacheInput = enable;
        if (current != null) {
            current.setCacheInput(enable);
        }
    }

    @Override
    public byte[] getCachedImage() {
        return current == null ? null : current.getCachedImage();
    }

    @Override
    public String getCachedContentType() {
        return current == null ? null : current.getCachedContentType();
    }
}
