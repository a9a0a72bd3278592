package org.collateralfinder.gui.preview;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.collateralfinder.model.CollateralException;
import org.junit.jupiter.api.Test;

/** Page pictures of real files that cannot be drawn: said in a sentence, never an error out of the picture thread. */
class RenderedPagePicturesTest {

    /**
     * Slides re-test 25 #2: a PDF encrypted for a certificate's owner made PDFBox reach for BouncyCastle, which the app
     * leaves out; the NoClassDefFoundError left the preview with "The preview could not be drawn." at best.
     */
    @Test
    void aPdfEncryptedForACertificateIsSaidToBeSo() {
        Path sealed = Path.of("src/test/resources/bad-files/AESkeylength128.pdf");

        assertThatThrownBy(() -> new RenderedPagePictures(300, 4).picture(sealed, "pdf", 0, 0L))
                .isInstanceOf(CollateralException.class)
                .hasMessage("The preview of AESkeylength128.pdf could not be drawn: it is encrypted with a certificate; "
                        + "it cannot be read.");
    }
}
