package org.collateralfinder.gui;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real marketing files written by the tests: a PDF, a deck, a Word document and text files. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Text and Markdown files only: indexed in-process, no extraction worker needed. */
    public static Path writeTextFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        text(dir.resolve("Retail Case Study.txt"), """
                Retail case study: how Northwind Stores cut onboarding time in half.
                Northwind rolled out the platform to 240 stores in six weeks. Store managers said the
                pricing dashboard paid for itself in the first quarter.""", 40);
        text(dir.resolve("Competitor Battlecard - Globex.md"), """
                # Competitor battlecard: Globex
                How we win against Globex: faster onboarding, transparent pricing, local support.
                Objection handling for procurement teams and security reviews.""", 3);
        text(dir.resolve("Onboarding Checklist.txt"), """
                Customer onboarding checklist for account executives.
                Kick-off call, success plan, training sessions and the 30-day review.""", 400);
        text(dir.resolve("Email Templates.md"), """
                # Follow-up e-mail templates
                After the demo: thank the customer, attach the case study, propose next steps.""", 700);
        return dir;
    }

    /** A PDF price guide, a slide deck and a Word proposal: extracted by the worker process. */
    public static Path writeOfficeFiles(Path dir) throws IOException {
        Files.createDirectories(dir);
        pdf(dir.resolve("Acme Pricing Guide 2025.pdf"), "Acme Pricing Guide 2025",
                new String[] {"Pricing tiers for Starter, Growth and Enterprise plans.",
                        "Volume discounts and multi-year pricing for enterprise customers.",
                        "Frequently asked pricing questions and approval rules."});
        deck(dir.resolve("Q3 Product Launch.pptx"), new String[] {"Q3 Product Launch", "What's new: analytics and pricing insights",
                "Customer stories and next steps"});
        docx(dir.resolve("Enterprise Proposal Template.docx"), "Enterprise proposal template",
                "Executive summary, scope, timeline and investment. Replace the pricing table with the customer's quote.");
        return dir;
    }

    private static void text(Path file, String body, int daysOld) throws IOException {
        Files.writeString(file, body);
        age(file, daysOld);
    }

    private static void age(Path file, int daysOld) throws IOException {
        Instant when = LocalDate.now().minusDays(daysOld).atStartOfDay(ZoneId.systemDefault()).plusHours(10).toInstant();
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private static void pdf(Path file, String title, String[] pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setAuthor("Product Marketing");
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages.length; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.setNonStrokingColor(new Color(31, 95, 191));
                    s.addRect(0, 760, 595, 82);
                    s.fill();
                    s.beginText();
                    s.setNonStrokingColor(Color.WHITE);
                    s.setFont(bold, 24);
                    s.newLineAtOffset(50, 790);
                    s.showText(title);
                    s.endText();
                    s.beginText();
                    s.setNonStrokingColor(Color.DARK_GRAY);
                    s.setFont(plain, 14);
                    s.newLineAtOffset(50, 700);
                    s.showText("Page " + (i + 1) + ": " + pages[i]);
                    s.endText();
                }
            }
            doc.save(file.toFile());
        }
        age(file, 12);
    }

    private static void deck(Path file, String[] slides) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : slides) {
                XSLFSlide slide = show.createSlide();
                XSLFTextBox box = slide.createTextBox();
                box.setAnchor(new Rectangle(60, 180, 600, 120));
                box.setText(text);
                box.getTextParagraphs().getFirst().getTextRuns().getFirst().setFontSize(36.0);
                box.getTextParagraphs().getFirst().getTextRuns().getFirst().setFontColor(new Color(211, 84, 0));
            }
            show.write(out);
        }
        age(file, 30);
    }

    private static void docx(Path file, String title, String body) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.createParagraph().createRun().setText(title);
            doc.createParagraph().createRun().setText(body);
            doc.write(out);
        }
        age(file, 90);
    }
}
