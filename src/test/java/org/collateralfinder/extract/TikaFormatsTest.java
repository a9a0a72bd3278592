package org.collateralfinder.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats marketing keeps that the sample collateral does not cover are still read by the trimmed Tika
 * (README, Packaging: what is left out of Tika), and files of a left-out format are named by type with a
 * reason instead of failing oddly. The full corpus comparison is in the README.
 */
class TikaFormatsTest {

    @TempDir
    Path tmp;

    private final TikaExtractor tika = new TikaExtractor(100_000, 50L * 1024 * 1024);

    private Extraction extract(Path file) {
        return tika.extract(ExtractionRequest.of(file));
    }

    @Test
    void emailMessagesAndMailboxesAreRead() throws IOException {
        String message = """
                From: Dana Rep <dana@northwind-analytics.example>
                To: Sam Buyer <sam@contoso.example>
                Subject: Northwind pricing follow-up
                Date: Tue, 14 Jul 2026 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Hello Sam, the walrus tier is approved.
                """;
        Extraction eml = extract(write("follow-up.eml", message));
        assertThat(eml.succeeded()).isTrue();
        assertThat(eml.title()).isEqualTo("Northwind pricing follow-up");
        assertThat(eml.text()).contains("walrus tier");

        Extraction mbox = extract(write("team.mbox", "From dana@example Tue Jul 14 10:00:00 2026\n" + message
                + "\nFrom sam@example Tue Jul 14 11:00:00 2026\nFrom: sam@contoso.example\nSubject: Re\n\nThe okapi bundle.\n"));
        assertThat(mbox.succeeded()).isTrue();
        assertThat(mbox.text()).contains("walrus tier").contains("okapi bundle");
    }

    /** Window re-test 11: "Product OverviewModules" — an OpenDocument heading ran into the paragraph after it. */
    @Test
    void anOpenDocumentHeadingEndsItsLine() {
        Extraction odt = extract(Path.of("assets/sample-collateral/Product Overview.odt"));

        assertThat(odt.text()).contains("Product Overview\n").doesNotContain("OverviewModules");
    }

    @Test
    void epubAndRtfAreRead() throws IOException {
        Path epub = tmp.resolve("guide.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            put(zip, "META-INF/container.xml", """
                    <?xml version="1.0"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>""");
            put(zip, "content.opf", """
                    <?xml version="1.0"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:title>Partner Guide</dc:title><dc:identifier id="id">guide</dc:identifier><dc:language>en</dc:language>
                      </metadata>
                      <manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>
                      <spine><itemref idref="c1"/></spine>
                    </package>""");
            put(zip, "c1.xhtml", """
                    <?xml version="1.0"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title></head>
                    <body><p>Resellers earn the capybara margin.</p></body></html>""");
        }
        Extraction book = extract(epub);
        assertThat(book.succeeded()).isTrue();
        assertThat(book.title()).isEqualTo("Partner Guide");
        assertThat(book.text()).contains("capybara margin");

        Extraction rtf = extract(write("memo.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Gecko launch memo\\par}"));
        assertThat(rtf.succeeded()).isTrue();
        assertThat(rtf.text()).contains("Gecko launch memo");
    }

    @Test
    void sevenZipAndTarArchivesAreRead() throws IOException {
        byte[] plan = "Axolotl launch plan for EMEA.".getBytes(StandardCharsets.UTF_8);
        Path sevenZ = tmp.resolve("bundle.7z");
        Path planFile = Files.write(tmp.resolve("plan.txt"), plan);
        try (SevenZOutputFile z = new SevenZOutputFile(sevenZ.toFile())) {
            SevenZArchiveEntry entry = z.createArchiveEntry(planFile.toFile(), "plan.txt");
            z.putArchiveEntry(entry);
            z.write(plan);
            z.closeArchiveEntry();
        }
        assertThat(extract(sevenZ).text()).contains("Axolotl launch plan");

        Path tgz = tmp.resolve("bundle.tar.gz");
        try (OutputStream file = Files.newOutputStream(tgz);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
            TarArchiveEntry entry = new TarArchiveEntry("plan.txt");
            entry.setSize(plan.length);
            tar.putArchiveEntry(entry);
            tar.write(plan);
            tar.closeArchiveEntry();
        }
        assertThat(extract(tgz).text()).contains("Axolotl launch plan");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsReadWithTheJdksCryptography() throws IOException {
        Path pdf = tmp.resolve("locked-for-editing.pdf");
        try (PDDocument doc = new PDDocument()) {
            OfficeFiles.addPage(doc, "Jackal tier margin sheet");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        Extraction e = extract(pdf);
        assertThat(e.succeeded()).isTrue();
        assertThat(e.text()).contains("Jackal tier margin sheet");
    }

    @Test
    void pdfEncryptedForCertificatesIsReportedEncrypted() throws IOException {
        // from PDFBox's tests: AES-128 public-key security (Adobe.PubSec); BouncyCastle is left out of the build
        Path pdf = tmp.resolve("AESkeylength128.pdf");
        try (InputStream in = getClass().getResourceAsStream("/corpus/AESkeylength128.pdf")) {
            Files.copy(in, pdf);
        }
        Extraction e = extract(pdf);
        assertThat(e.failure()).isEqualTo(FailureReason.ENCRYPTED);
        assertThat(e.detail()).isEqualTo("The file is encrypted for particular recipients' certificates.");
    }

    @Test
    void fileOfALeftOutFormatIsNamedByTypeWithAReason() throws IOException {
        // a web archive: detected by tika-core, its parser module is left out
        Path warc = write("site.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "Content-Length: 0\r\n\r\n\r\n\r\n");
        Extraction e = extract(warc);
        assertThat(e.failure()).isEqualTo(FailureReason.UNSUPPORTED);
        assertThat(e.detail()).isEqualTo("No reader for this kind of file (application/warc); it is found by its name.");
    }

    @Test
    void pictureIsIndexedByItsTypeAndNotListedAsAFailure() throws IOException {
        Path png = tmp.resolve("logo.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Extraction e = extract(png);
        assertThat(e.succeeded()).isTrue();
        assertThat(e.contentType()).isEqualTo("image/png");
        assertThat(e.text()).isEmpty();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
