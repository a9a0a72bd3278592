package org.collateralfinder.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The macOS icon file reads back as the icon drawn at each size (checked by unpacking it the way macOS does). */
class IcnsEncoderTest {

    @Test
    void everyElementReadsBackAsTheIconDrawnAtItsSize() throws IOException {
        byte[] icns = IconGenerator.IcnsEncoder.encode(IconGenerator::draw);
        ByteBuffer in = ByteBuffer.wrap(icns);
        assertThat(type(in)).isEqualTo("icns");
        assertThat(in.getInt()).isEqualTo(icns.length);
        Map<String, byte[]> elements = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            String type = type(in);
            byte[] data = new byte[in.getInt() - 8];
            in.get(data);
            elements.put(type, data);
        }
        assertThat(elements.keySet()).containsExactly(
                "is32", "s8mk", "il32", "l8mk", "ic11", "ic12", "ic07", "ic13", "ic08", "ic14", "ic09", "ic10");

        assertThat(unpack(elements.get("is32"), elements.get("s8mk"), 16)).isEqualTo(pixels(IconGenerator.draw(16)));
        assertThat(unpack(elements.get("il32"), elements.get("l8mk"), 32)).isEqualTo(pixels(IconGenerator.draw(32)));
        Map<String, Integer> pngSizes = Map.of("ic11", 32, "ic12", 64, "ic07", 128, "ic13", 256, "ic08", 256,
                "ic14", 512, "ic09", 512, "ic10", 1024);
        for (var png : pngSizes.entrySet()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(elements.get(png.getKey())));
            assertThat(image.getWidth()).as(png.getKey()).isEqualTo(png.getValue());
            assertThat(pixels(image)).as(png.getKey()).isEqualTo(pixels(IconGenerator.draw(png.getValue())));
        }
    }

    private static String type(ByteBuffer in) {
        byte[] type = new byte[4];
        in.get(type);
        return new String(type, StandardCharsets.US_ASCII);
    }

    /** Unpacks the red, green and blue channels (0-127: n+1 literal bytes; 128-255: next byte n-125 times) and the mask. */
    private static int[] unpack(byte[] packed, byte[] mask, int size) {
        int[] argb = new int[size * size];
        int at = 0;
        for (int shift : new int[] {16, 8, 0}) {
            int pixel = 0;
            while (pixel < argb.length) {
                int header = packed[at++] & 0xff;
                if (header < 128) {
                    for (int i = 0; i <= header; i++) {
                        argb[pixel++] |= (packed[at++] & 0xff) << shift;
                    }
                } else {
                    int value = packed[at++] & 0xff;
                    for (int i = 0; i < header - 125; i++) {
                        argb[pixel++] |= value << shift;
                    }
                }
            }
        }
        assertThat(at).isEqualTo(packed.length);
        for (int i = 0; i < argb.length; i++) {
            argb[i] |= (mask[i] & 0xff) << 24;
        }
        return argb;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
