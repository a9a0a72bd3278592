package org.collateralfinder.assets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Writes the fictional Northwind Analytics sample collateral that Collateral Finder opens with on first start.
 * The output is deterministic: fixed dates and metadata, and ZIP entries with a fixed time stamp, so running it
 * again reproduces the same bytes.
 *
 * <p>Usage: {@code SampleCollateralGenerator [target-folder]}, by default {@code assets/sample-collateral}.
 */
public final class SampleCollateralGenerator {

    /** Writes one sample file to the given path. */
    @FunctionalInterface
    private interface SampleFileWriter {
        void write(Path target) throws IOException;
    }

    private SampleCollateralGenerator() {
    }

    public static void main(String[] args) throws IOException {
        quietLibraryLogging();
        Path folder = Path.of(args.length > 0 ? args[0] : "assets/sample-collateral");
        Files.createDirectories(folder);
        long totalBytes = 0;
        for (Map.Entry<String, SampleFileWriter> file : sampleFiles().entrySet()) {
            Path target = folder.resolve(file.getKey());
            file.getValue().write(target);
            long size = Files.size(target);
            totalBytes += size;
            System.out.printf("%8d  %s%n", size, target);
        }
        System.out.printf("%8d  bytes in %d files%n", totalBytes, sampleFiles().size());
    }

    /** POI logs every saved part at DEBUG; keep the listing of written files readable. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** Every sample file by name, in a stable order. */
    private static Map<String, SampleFileWriter> sampleFiles() {
        Map<String, SampleFileWriter> files = new LinkedHashMap<>();
        files.put("Northwind Platform Brochure 2026.pdf",
                target -> PdfDocumentWriter.write(ProductCollateral.brochure(), target));
        files.put("One-Pager - Healthcare Compliance.pdf",
                target -> PdfDocumentWriter.write(CustomerCollateral.healthcareOnePager(), target));
        files.put("Case Study - Contoso Retail.docx",
                target -> WordDocumentWriter.write(CustomerCollateral.contosoCaseStudy(), target));
        files.put("Battlecard - vs Fabrikam.docx",
                target -> WordDocumentWriter.write(SalesCollateral.fabrikamBattlecard(), target));
        files.put("Pitch Deck - Retail Analytics.pptx",
                target -> SlideDeckWriter.write(SalesCollateral.retailPitchDeck(), target));
        files.put("Pricing Deck v1.pptx",
                target -> SlideDeckWriter.write(SalesCollateral.pricingDeckDraft(), target));
        files.put("Pricing Deck v2 FINAL.pptx",
                target -> SlideDeckWriter.write(SalesCollateral.pricingDeckFinal(), target));
        files.put("Price Sheet Q3 2026.xlsx",
                target -> WorkbookWriter.write(PricingSheets.priceSheet(), target));
        files.put("Product Overview.odt",
                target -> OpenDocumentWriter.writeText(ProductCollateral.productOverview(), target));
        files.put("Manufacturing Quality Webinar.odp",
                target -> OpenDocumentWriter.writePresentation(CustomerCollateral.manufacturingWebinar(), target));
        files.put("Customer FAQ.html",
                target -> TextFormatsWriter.writeHtml(ProductCollateral.customerFaq(), target));
        files.put("Release Notes 2026.md",
                target -> TextFormatsWriter.writeMarkdown(ProductCollateral.releaseNotes(), target));
        files.put("Partner Program.txt",
                target -> TextFormatsWriter.writePlainText(SalesCollateral.partnerProgram(), target));
        files.put("Discount Approval Matrix.csv",
                target -> TextFormatsWriter.writeCsv(PricingSheets.discountApprovalMatrix(), target));
        return files;
    }
}
