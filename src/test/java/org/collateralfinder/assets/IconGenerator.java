package org.collateralfinder.assets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;

/**
 * Draws the Collateral Finder app icon with Java2D: a rounded square in a deep blue to teal gradient, a small
 * stack of cards, and a white magnifier over the front card. Each size is drawn from the same geometry at its
 * own resolution (small sizes with fewer, bolder details) rather than scaled down from the large one.
 *
 * <p>Usage: {@code IconGenerator [target-folder]}, by default {@code assets}. Writes {@code icon.png} (512),
 * {@code icon-256.png}, {@code icon-64.png}, {@code icon-32.png}, {@code icon-16.png}, a Windows
 * {@code icon.ico} holding 16, 32, 48, 64 and 256, and a macOS {@code icon.icns} holding 16, 32, 128, 256 and
 * 512 points, each also at twice the pixels (up to 1024).
 */
public final class IconGenerator {

    private static final Color GRADIENT_START = new Color(0x14, 0x35, 0x6B);
    private static final Color GRADIENT_END = new Color(0x0E, 0x9E, 0x9A);
    private static final Color OUTLINE = new Color(0x10, 0x2E, 0x5C);
    private static final Color LINE_GREY = new Color(0xC3, 0xCF, 0xDD);
    private static final Color LENS_FILL = new Color(0xE4, 0xF5, 0xF4);
    private static final Color SMALL_LENS_FILL = new Color(0x8E, 0xD3, 0xCF);
    private static final int[] PNG_SIZES = {512, 256, 64, 32, 16};
    private static final int[] ICO_SIZES = {16, 32, 48, 64, 256};

    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets");
        Files.createDirectories(folder);
        for (int size : PNG_SIZES) {
            Path target = folder.resolve(size == 512 ? "icon.png" : "icon-" + size + ".png");
            ImageIO.write(draw(size), "png", target.toFile());
            System.out.printf("%8d  %s%n", Files.size(target), target);
        }
        Path ico = folder.resolve("icon.ico");
        List<BufferedImage> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(draw(size));
        }
        Files.write(ico, IcoEncoder.encode(images));
        System.out.printf("%8d  %s%n", Files.size(ico), ico);
        Path icns = folder.resolve("icon.icns");
        Files.write(icns, IcnsEncoder.encode(IconGenerator::draw));
        System.out.printf("%8d  %s%n", Files.size(icns), icns);
    }

    /** The icon at {@code size} by {@code size} pixels, transparent outside the rounded square. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size, size);
            Detail detail = size >= 48 ? Detail.FULL : size >= 24 ? Detail.SMALL : Detail.TINY;
            drawBackground(g, Math.round(0.03 * size) / (double) size);
            drawCardStack(g, detail);
            drawMagnifier(g, detail);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** How much the icon shows: every detail from 48 pixels up, fewer and bolder shapes below. */
    private enum Detail { FULL, SMALL, TINY }

    /** All geometry below is in units of the icon's side: 0 is one edge, 1 the other. */
    private static void drawBackground(Graphics2D g, double inset) {
        g.setPaint(new GradientPaint(0.1f, 0.05f, GRADIENT_START, 0.9f, 0.95f, GRADIENT_END));
        g.fill(new RoundRectangle2D.Double(inset, inset, 1 - 2 * inset, 1 - 2 * inset, 0.42, 0.42));
    }

    private static void drawCardStack(Graphics2D g, Detail detail) {
        boolean tiny = detail == Detail.TINY;
        double x = tiny ? 0.125 : 0.17;
        double y = tiny ? 0.25 : 0.25;
        double width = tiny ? 0.5 : 0.42;
        double height = tiny ? 0.5625 : 0.52;
        double corner = tiny ? 0.12 : 0.08;
        if (detail == Detail.FULL) {
            g.setColor(new Color(255, 255, 255, 70));
            g.fill(new RoundRectangle2D.Double(x + 0.14, y - 0.12, width, height, corner, corner));
        }
        g.setColor(new Color(255, 255, 255, tiny ? 110 : 130));
        double step = tiny ? 0.125 : 0.07;
        g.fill(new RoundRectangle2D.Double(x + step, y - step, width, height, corner, corner));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x, y, width, height, corner, corner));

        double left = x + 0.07;
        switch (detail) {
            case FULL -> {
                drawLine(g, left, y + 0.10, x + 0.30, 0.036, BrandPalette.DEEP_BLUE);
                drawLine(g, left, y + 0.18, x + 0.35, 0.026, LINE_GREY);
                drawLine(g, left, y + 0.25, x + 0.35, 0.026, LINE_GREY);
                drawLine(g, left, y + 0.32, x + 0.24, 0.026, LINE_GREY);
            }
            case SMALL -> {
                drawLine(g, left, y + 0.11, x + 0.30, 0.06, BrandPalette.DEEP_BLUE);
                drawLine(g, left, y + 0.23, x + 0.26, 0.05, LINE_GREY);
            }
            case TINY -> drawLine(g, x + 0.125, y + 0.156, x + 0.3125, 0.09, BrandPalette.DEEP_BLUE);
        }
    }

    private static void drawMagnifier(Graphics2D g, Detail detail) {
        boolean tiny = detail == Detail.TINY;
        double centerX = tiny ? 0.62 : 0.585;
        double centerY = tiny ? 0.62 : 0.615;
        double radius = tiny ? 0.19 : 0.155;
        double ring = switch (detail) {
            case FULL -> 0.052;
            case SMALL -> 0.07;
            case TINY -> 0.095;
        };
        double handleWidth = switch (detail) {
            case FULL -> 0.085;
            case SMALL -> 0.10;
            case TINY -> 0.13;
        };
        double outline = detail == Detail.FULL ? 0.032 : 0.045;
        double handleStart = radius * Math.sqrt(0.5);
        double handleEnd = tiny ? 0.24 : 0.215;
        Line2D handle = new Line2D.Double(centerX + handleStart, centerY + handleStart,
                centerX + handleEnd, centerY + handleEnd);
        Shape lens = new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius);

        // A dark outline keeps the white magnifier readable where it crosses the white card.
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke((float) (ring + outline), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(lens);
        g.setStroke(new BasicStroke((float) (handleWidth + outline), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(handle);

        // Small icons show the lens as tinted glass so it does not melt into the white card.
        g.setColor(detail == Detail.FULL ? LENS_FILL : SMALL_LENS_FILL);
        g.fill(lens);
        if (detail == Detail.FULL) {
            Shape previousClip = g.getClip();
            g.clip(lens);
            drawLine(g, centerX - 0.12, centerY - 0.045, centerX + 0.05, 0.04, BrandPalette.TEAL);
            drawLine(g, centerX - 0.12, centerY + 0.045, centerX + 0.10, 0.04, new Color(0x9F, 0xD8, 0xD5));
            g.setClip(previousClip);
        }

        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) handleWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(handle);
        g.setStroke(new BasicStroke((float) ring));
        g.draw(lens);
    }

    private static void drawLine(Graphics2D g, double fromX, double y, double toX, double thickness, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) thickness, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(fromX, y, toX, y));
    }

    /**
     * Writes a macOS .icns: a big-endian {@code icns} header, then one element per size (a four-letter type,
     * its length with the 8-byte element header, its data). 16 and 32 pixels are the classic RLE-packed RGB
     * elements ({@code is32}, {@code il32}) with their 8-bit alpha masks ({@code s8mk}, {@code l8mk}), which
     * every macOS version reads; the other sizes, and the Retina (@2x) variants, are PNG elements
     * (macOS 10.7 and later): what Apple's {@code iconutil} writes from an iconset with the same sizes.
     */
    static final class IcnsEncoder {

        /** Element type and pixel size: 16, 32, 128, 256 and 512 points, and each at twice the pixels. */
        private static final Object[][] PNG_ELEMENTS = {
            {"ic11", 32}, {"ic12", 64}, {"ic07", 128}, {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512},
            {"ic10", 1024},
        };

        private IcnsEncoder() {
        }

        static byte[] encode(IntFunction<BufferedImage> draw) throws IOException {
            ByteArrayOutputStream elements = new ByteArrayOutputStream();
            BufferedImage small = draw.apply(16);
            element(elements, "is32", packedRgb(small));
            element(elements, "s8mk", alphaMask(small));
            BufferedImage large = draw.apply(32);
            element(elements, "il32", packedRgb(large));
            element(elements, "l8mk", alphaMask(large));
            for (Object[] e : PNG_ELEMENTS) {
                element(elements, (String) e[0], IcoEncoder.png(draw.apply((Integer) e[1])));
            }
            ByteBuffer icns = ByteBuffer.allocate(8 + elements.size()).order(ByteOrder.BIG_ENDIAN);
            icns.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(8 + elements.size());
            icns.put(elements.toByteArray());
            return icns.array();
        }

        private static void element(ByteArrayOutputStream out, String type, byte[] data) {
            ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            header.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(8 + data.length);
            out.writeBytes(header.array());
            out.writeBytes(data);
        }

        /** The red, then green, then blue channel, each packed: 0-127 = n+1 literal bytes, 128-255 = a byte repeated n-125 times. */
        private static byte[] packedRgb(BufferedImage image) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int shift : new int[] {16, 8, 0}) {
                byte[] channel = new byte[image.getWidth() * image.getHeight()];
                for (int i = 0; i < channel.length; i++) {
                    channel[i] = (byte) (image.getRGB(i % image.getWidth(), i / image.getWidth()) >>> shift);
                }
                pack(channel, out);
            }
            return out.toByteArray();
        }

        private static void pack(byte[] data, ByteArrayOutputStream out) {
            int i = 0;
            while (i < data.length) {
                int run = 1;
                while (i + run < data.length && run < 130 && data[i + run] == data[i]) {
                    run++;
                }
                if (run >= 3) {
                    out.write(run + 125);
                    out.write(data[i]);
                    i += run;
                    continue;
                }
                int start = i;
                int literal = 0;
                while (i < data.length && literal < 128) {
                    if (i + 2 < data.length && data[i] == data[i + 1] && data[i] == data[i + 2]) {
                        break;
                    }
                    i++;
                    literal++;
                }
                out.write(literal - 1);
                out.write(data, start, literal);
            }
        }

        private static byte[] alphaMask(BufferedImage image) {
            byte[] mask = new byte[image.getWidth() * image.getHeight()];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = (byte) (image.getRGB(i % image.getWidth(), i / image.getWidth()) >>> 24);
            }
            return mask;
        }
    }

    /**
     * Writes a Windows .ico: 32-bit BMP entries with an AND mask below 256 pixels, as every Windows version
     * reads, and a PNG entry at 256, as Windows Vista and later expect.
     */
    static final class IcoEncoder {

        private static final int DIRECTORY_SIZE = 6;
        private static final int ENTRY_SIZE = 16;

        private IcoEncoder() {
        }

        static byte[] encode(List<BufferedImage> images) throws IOException {
            List<byte[]> payloads = new ArrayList<>();
            for (BufferedImage image : images) {
                payloads.add(image.getWidth() >= 256 ? png(image) : bitmap(image));
            }
            int offset = DIRECTORY_SIZE + ENTRY_SIZE * images.size();
            int total = offset + payloads.stream().mapToInt(payload -> payload.length).sum();
            ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
            ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
            for (int i = 0; i < images.size(); i++) {
                int size = images.get(i).getWidth();
                ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
                ico.put((byte) 0).put((byte) 0);
                ico.putShort((short) 1).putShort((short) 32);
                ico.putInt(payloads.get(i).length).putInt(offset);
                offset += payloads.get(i).length;
            }
            payloads.forEach(ico::put);
            return ico.array();
        }

        private static byte[] png(BufferedImage image) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }

        /** A BITMAPINFOHEADER, bottom-up BGRA pixels, then the 1-bit AND mask (set where fully transparent). */
        private static byte[] bitmap(BufferedImage image) {
            int width = image.getWidth();
            int height = image.getHeight();
            int maskRowBytes = (width + 31) / 32 * 4;
            int pixelBytes = width * height * 4;
            int maskBytes = maskRowBytes * height;
            ByteBuffer bmp = ByteBuffer.allocate(40 + pixelBytes + maskBytes).order(ByteOrder.LITTLE_ENDIAN);
            bmp.putInt(40).putInt(width).putInt(2 * height).putShort((short) 1).putShort((short) 32)
                    .putInt(0).putInt(pixelBytes + maskBytes).putInt(0).putInt(0).putInt(0).putInt(0);
            for (int row = height - 1; row >= 0; row--) {
                for (int column = 0; column < width; column++) {
                    int argb = image.getRGB(column, row);
                    bmp.put((byte) argb).put((byte) (argb >>> 8)).put((byte) (argb >>> 16)).put((byte) (argb >>> 24));
                }
            }
            for (int row = height - 1; row >= 0; row--) {
                byte[] maskRow = new byte[maskRowBytes];
                for (int column = 0; column < width; column++) {
                    if ((image.getRGB(column, row) >>> 24) == 0) {
                        maskRow[column / 8] |= (byte) (0x80 >>> (column % 8));
                    }
                }
                bmp.put(maskRow);
            }
            return bmp.array();
        }
    }
}
