package org.collateralfinder.slides;

/**
 * A PDF encrypted for particular recipients' certificates. PDFBox opens one with BouncyCastle, which the app leaves out
 * (it could not be read without a recipient's private key anyway), so opening it ends in a {@link LinkageError} from
 * PDFBox's security handlers; export and the preview say so in a sentence instead (slides re-test 25 #2). Indexing
 * tells the same case apart in its own, isolated worker.
 */
public final class CertificateEncryptedPdf {

    /** Why such a file gives no page, to follow its name or "it". */
    public static final String WHY = "is encrypted with a certificate; it cannot be read";

    private CertificateEncryptedPdf() {
    }

    /** Whether {@code e}, thrown while a PDF was opened, came from PDFBox's security handlers. */
    public static boolean causedBy(LinkageError e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption.")) {
                return true;
            }
        }
        return false;
    }
}
