package org.collateralfinder.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFObjectShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decks built from real decks and PDFs of the shared corpus (POI's and PDFBox's test files, in
 * src/test/resources), read back with POI and PDFBox: the slides asked for, in that order, with their layouts,
 * pictures and notes; what cannot be copied is left out with its sentence; the sources are never changed.
 */
class DeckExporterTest {

    @TempDir
    Path temp;

    private Path layouts;
    private Path stress;
    private Path report;
    private Path crazyOnes;

    private final DeckExporter exporter = new DeckExporter();

    @BeforeEach
    void copySources() throws IOException {
        Path sources = Files.createDirectories(temp.resolve("sources"));
        layouts = copy("slides/layouts.pptx", sources);
        stress = copy("pages/stress013.pptx", sources);
        report = copy("pages/PDFBOX-5762-722238.pdf", sources);
        crazyOnes = copy("teamindex/crazyones-pdfa.pdf", sources);
    }

    /** Every deck a test wrote (not its sources) has each relationship leading to a part of the right type. */
    @AfterEach
    void everyDeckWrittenIsWhole() throws Exception {
        PptxPackageCheck.assertDecksWhole(temp, "sources");
    }

    private static Path copy(String resource, Path folder) throws IOException {
        Path from = Path.of("src/test/resources", resource);
        return Files.copy(from, folder.resolve(from.getFileName()));
    }

    @Test
    void aPptxFromTwoDecksHasTheChosenSlidesInOrderWithTheirLayoutsPicturesAndNotes() throws Exception {
        Map<Path, String> before = checksums(layouts, stress);
        Path out = temp.resolve("Meeting deck.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 9), new SlideRef(stress, 7), new SlideRef(layouts, 3),
                new SlideRef(stress, 4), new SlideRef(stress, 1)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 5, List.of()));
        try (XMLSlideShow deck = open(out); XMLSlideShow layoutsDeck = open(layouts); XMLSlideShow stressDeck = open(stress)) {
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).hasSize(5);
            assertThat(slides).extracting(XSLFSlide::getTitle)
                    .containsExactly("Picture with Caption", null, "Section Title", "Incredible progress…", null);
            assertThat(slides).extracting(DeckExporterTest::text).containsExactly(text(layoutsDeck.getSlides().get(8)),
                    text(stressDeck.getSlides().get(6)), text(layoutsDeck.getSlides().get(2)), text(stressDeck.getSlides().get(3)),
                    text(stressDeck.getSlides().get(0)));
            assertThat(text(slides.get(1))).startsWith("Benchmark suite");
            assertThat(slides).extracting(s -> s.getSlideLayout().getName())
                    .containsExactly("Picture with Caption", "Title and Content", "Section Header", "Title and Content", "Title Slide");
            assertThat(slides).extracting(DeckExporterTest::notes)
                    .containsExactly("", "Shine a light on cooperation as well", "", "Mention FPBench", "");
            assertThat(slides).extracting(s -> pictures(s.getShapes()).size()).containsExactly(1, 1, 0, 0, 1);
            // the pictures are the sources' own, byte for byte
            assertThat(pictureBytes(slides.get(1))).isEqualTo(pictureBytes(stressDeck.getSlides().get(6)));
            assertThat(pictureBytes(slides.get(4))).isEqualTo(pictureBytes(stressDeck.getSlides().get(0)));
            assertThat(pictureBytes(slides.get(0))).isEqualTo(pictureBytes(layoutsDeck.getSlides().get(8)));
        }
        assertThat(checksums(layouts, stress)).isEqualTo(before);
        assertThat(listing(temp)).containsExactly("Meeting deck.pptx", "sources"); // no temporary file left
    }

    /** Re-test 12: the deck kept its first source's slide count, slide titles and thumbnail (48 titles in 4 slides). */
    @Test
    void theDeckDescribesItselfNotTheDeckItStartedAsACopyOf() throws Exception {
        Path out = temp.resolve("Short deck.pptx");

        exporter.export(List.of(new SlideRef(layouts, 9), new SlideRef(layouts, 3)), out, false);

        try (XMLSlideShow deck = open(out)) {
            var extended = deck.getProperties().getExtendedProperties().getUnderlyingProperties();
            assertThat(extended.getSlides()).isEqualTo(2);
            assertThat(extended.isSetTitlesOfParts()).isFalse();
            assertThat(extended.isSetHeadingPairs()).isFalse();
            assertThat(deck.getProperties().getCoreProperties().getTitle()).isNull();
            assertThat(deck.getPackage().getRelationshipsByType(
                    PackageRelationshipTypes.THUMBNAIL).size()).isZero();
        }
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).noneMatch(name -> name.startsWith("docProps/thumbnail"));
        }
    }

    /**
     * Re-test 17 #7: the deck kept its first deck's author, editor, revision, dates and custom properties (another
     * organisation's slide carried them). The deck is made now; who made the first deck is not said.
     */
    @Test
    void theDeckDoesNotCarryTheFirstDecksAuthorDatesOrCustomProperties() throws Exception {
        Path wps = copy("slides/testWPSAttachment.pptx", temp.resolve("sources"));
        Path out = temp.resolve("Plain.pptx");
        Instant before = Instant.now().minusSeconds(1);

        exporter.export(List.of(new SlideRef(wps, 1), new SlideRef(layouts, 3)), out, false);

        try (XMLSlideShow deck = open(out)) {
            var core = deck.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isNull();
            assertThat(core.getLastModifiedByUser()).isNull();
            assertThat(core.getRevision()).isEqualTo("1");
            assertThat(core.getLastPrinted()).isNull();
            assertThat(core.getCreated().toInstant()).isAfter(before);
            assertThat(core.getModified()).isEqualTo(core.getCreated());
            assertThat(deck.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray()).isZero();
        }
        try (XMLSlideShow source = open(wps)) { // it had them
            assertThat(source.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray()).isEqualTo(2);
        }
    }

    /**
     * Re-test 12: a slide with embedded objects (a workbook, a document) imported from another deck kept references to
     * objects the import did not copy; it then went in as its picture. The copy now carries the objects, their
     * pictures and the legacy drawing that names them: the slide stays a slide, and every reference leads to a part.
     */
    @Test
    void aSlideWithEmbeddedObjectsFromAnotherDeckIsCopiedWithTheObjects() throws Exception {
        Path embedding = copy("slides/testPPT_embeded.pptx", temp.resolve("sources"));
        Path out = temp.resolve("With objects.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(embedding, 1)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 2, List.of(), List.of()));
        assertThat(PptxPackageCheck.problems(out)).isEmpty();
        try (XMLSlideShow source = open(embedding); XMLSlideShow deck = open(out)) {
            XSLFSlide slide = deck.getSlides().get(1);
            assertThat(slide.getShapes()).filteredOn(XSLFObjectShape.class::isInstance).hasSize(3);
            assertThat(relationships(slide)).containsExactlyInAnyOrder("slideLayout", "package", "package", "oleObject",
                    "vmlDrawing", "image", "image", "image",
                    "audio -> file:///C:/Documents%20and%20Settings/Nick/Desktop/Embeded/empty.mp3");
            assertThat(objectBytes(slide)).isEqualTo(objectBytes(source.getSlides().getFirst()));
            assertThat(text(slide)).isEqualTo(text(source.getSlides().getFirst()));
        }
    }

    /**
     * rc15 NEW-1: slide 8 of {@code 45541_Header.pptx}, whose body is an embedded slide shown by a WMF picture that only
     * the slide's legacy VML drawing names, went in as a picture of its title alone, said only to be no longer editable.
     * It is copied as a slide with the object, the drawing and the picture; and drawn into a PDF with the picture.
     */
    @Test
    void aSlideWhoseBodyIsAnEmbeddedObjectWithALegacyPictureIsCopiedWithIt() throws Exception {
        Path header = copy("pages/45541_Header.pptx", temp.resolve("sources"));
        Path out = temp.resolve("Local conditions.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(header, 8)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 2, List.of(), List.of()));
        assertThat(PptxPackageCheck.problems(out)).isEmpty();
        try (XMLSlideShow source = open(header); XMLSlideShow deck = open(out)) {
            XSLFSlide slide = deck.getSlides().get(1);
            assertThat(slide.getShapes()).filteredOn(XSLFObjectShape.class::isInstance).hasSize(1);
            assertThat(relationships(slide)).containsExactlyInAnyOrder("slideLayout", "vmlDrawing", "oleObject");
            assertThat(objectBytes(slide)).hasSize(1).isEqualTo(objectBytes(source.getSlides().get(7)));
            var vml = slide.getPackagePart().getRelatedPart(slide.getPackagePart()
                    .getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing").getRelationship(0));
            var wmf = vml.getRelatedPart(vml.getRelationship("rId1"));
            assertThat(wmf.getContentType()).isEqualTo("image/x-wmf");
            assertThat(wmf.getInputStream().readAllBytes()).hasSize(38_520);
            assertThat(text(slide)).contains("Local conditions");
        }

        Path pdf = temp.resolve("Local conditions.pdf");
        assertThat(exporter.export(List.of(new SlideRef(header, 8)), pdf, false)).isEqualTo(new DeckExport(pdf, 1, List.of()));
    }

    /** The SHA-256 of the objects a slide embeds, in the order of its relationships. */
    private static List<String> objectBytes(XSLFSlide slide) throws Exception {
        List<String> found = new ArrayList<>();
        for (var rel : slide.getPackagePart().getRelationships()) {
            if (rel.getRelationshipType().endsWith("/package") || rel.getRelationshipType().endsWith("/oleObject")) {
                found.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(slide.getPackagePart().getRelatedPart(rel).getInputStream().readAllBytes())));
            }
        }
        return found;
    }

    /**
     * Re-test 17 #1: slides of a second deck with SmartArt, a video, a linked picture or a hyperlink kept their
     * relationship ids while the import renumbered the relationships: the diagram's data pointed at its layout part, its
     * colours at the notes, the video at the slide layout; the diagram's drawing and the video were not copied. Each part
     * a copied slide refers to is copied with it, each external target stays external.
     */
    @Test
    void slidesOfASecondDeckKeepTheirDiagramsVideosLinkedPicturesAndHyperlinks() throws Exception {
        Path sources = temp.resolve("sources");
        Path groups = copy("slides/testPPT_groups.pptx", sources);
        Path video = copy("slides/EmbeddedVideo.pptx", sources);
        Path linked = copy("slides/56812.pptx", sources);
        Map<Path, String> before = checksums(groups, video, linked);
        Path out = temp.resolve("mixed.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(groups, 2), new SlideRef(video, 1),
                new SlideRef(linked, 1)), out, false);

        // both 16:9 slides are fitted to the first deck's 4:3 page (slides re-test 22 #1)
        assertThat(export).isEqualTo(new DeckExport(out, 4, List.of(), List.of(
                new SlideWarning(new SlideRef(groups, 2), groups + "#2 comes from a 16:9 deck and was fitted to this deck's 4:3 page."),
                new SlideWarning(new SlideRef(video, 1), video + "#1 comes from a 16:9 deck and was fitted to this deck's 4:3 page."))));
        assertThat(PptxPackageCheck.problems(out)).isEmpty();
        try (XMLSlideShow deck = open(out)) {
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(relationships(slides.get(1))).containsExactlyInAnyOrder("slideLayout", "image", "diagramData",
                    "diagramLayout", "diagramQuickStyle", "diagramColors", "diagramDrawing", "hyperlink -> http://tika.apache.org/");
            assertThat(relationships(slides.get(2))).containsExactlyInAnyOrder("slideLayout", "image", "video", "media");
            assertThat(relationships(slides.get(3))).containsExactlyInAnyOrder("slideLayout", "image",
                    "image -> file://localhost/Users/writ/Documents/workspace/ApachePoi/project-logo.jpg");
            var media = slides.get(2).getPackagePart().getRelationshipsByType(
                    "http://schemas.microsoft.com/office/2007/relationships/media").getRelationship(0);
            try (XMLSlideShow source = open(video)) {
                var sourceMedia = source.getSlides().getFirst().getPackagePart().getRelationshipsByType(
                        "http://schemas.microsoft.com/office/2007/relationships/media").getRelationship(0);
                assertThat(slides.get(2).getPackagePart().getRelatedPart(media).getInputStream().readAllBytes())
                        .hasSize(101_799)
                        .isEqualTo(source.getSlides().getFirst().getPackagePart().getRelatedPart(sourceMedia).getInputStream()
                                .readAllBytes());
            }
            assertThat(text(slides.get(1))).isEqualTo(text(open(groups).getSlides().get(1)));
        }
        assertThat(checksums(groups, video, linked)).isEqualTo(before);
    }

    /**
     * Slides re-test 22 #1: a 4:3 slide put into a deck that starts from a 16:9 deck kept its 4:3 positions and was cut
     * off at the bottom, with no word. It is fitted to the page (scaled by 405/540, centred), stays a slide with all its
     * text, and the export says so.
     */
    @Test
    void aFourByThreeSlideInASixteenByNineDeckIsFittedToThePageAndSaid() throws Exception {
        Path wide = wideDeck();
        Path out = temp.resolve("wide.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(wide, 1), new SlideRef(stress, 4)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 2, List.of(), List.of(new SlideWarning(new SlideRef(stress, 4),
                stress + "#4 comes from a 4:3 deck and was fitted to this deck's 16:9 page."))));
        try (XMLSlideShow source = open(stress)) {
            // the case of the report: shapes of the source slide end below a 16:9 page's bottom
            assertThat(source.getSlides().get(3).getShapes()).anyMatch(s -> s.getAnchor().getMaxY() > 405);
        }
        assertFitted(out, 1, stress, 3, 0.75);
        try (XMLSlideShow deck = open(out)) {
            assertThat(text(deck.getSlides().get(1))).contains("Automatic Verification", "Fluctuat");
            assertThat(fontSizes(deck.getSlides().get(1).getShapes())).contains(10.13); // 13.5 pt × 0.75, to the hundredth
            assertThat(text(deck.getSlides().getFirst())).isEqualTo("Wide agenda");
            assertThat(deck.getSlides().getFirst().getShapes().getFirst().getAnchor())
                    .isEqualTo(new Rectangle2D.Double(36, 36, 648, 72)); // the first deck's slide as it was
        }
    }

    /** The reverse: 16:9 slides (a title slide; groups and SmartArt diagrams) in a deck that starts from a 4:3 deck. */
    @Test
    void sixteenByNineSlidesInAFourByThreeDeckAreFittedToThePageAndSaid() throws Exception {
        Path groups = copy("slides/testPPT_groups.pptx", temp.resolve("sources"));
        Path out = temp.resolve("narrow.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(stress, 1), new SlideRef(groups, 1), new SlideRef(groups, 2)),
                out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 3, List.of(), List.of(
                new SlideWarning(new SlideRef(groups, 1), groups + "#1 comes from a 16:9 deck and was fitted to this deck's 4:3 page."),
                new SlideWarning(new SlideRef(groups, 2), groups + "#2 comes from a 16:9 deck and was fitted to this deck's 4:3 page."))));
        assertFitted(out, 1, groups, 0, 0.75);
        assertFitted(out, 2, groups, 1, 0.75);
        try (XMLSlideShow deck = open(out); XMLSlideShow source = open(groups)) {
            assertThat(deck.getSlides().get(2).getShapes()).anyMatch(s -> s instanceof XSLFGroupShape);
            // the SmartArt diagram is in a group: the group scales it, drawing and all, so its drawing is as it was
            assertThat(diagramDrawing(deck.getSlides().get(2))).isEqualTo(diagramDrawing(source.getSlides().get(1)))
                    .contains("<a:ext cx=\"1325630\" cy=\"795378\"/>");
        }
    }

    /**
     * A slide of a deck of the same page size is copied as it is: nothing is said, no shape it places itself moves
     * (its placeholders are placed by the deck's layout, as before).
     */
    @Test
    void aSlideOfADeckOfTheSamePageSizeIsNotFitted() throws Exception {
        Path out = temp.resolve("same.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(stress, 4)), out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 2, List.of()));
        try (XMLSlideShow deck = open(out); XMLSlideShow source = open(stress)) {
            assertThat(placedByThemselves(deck.getSlides().get(1))).isEqualTo(placedByThemselves(source.getSlides().get(3)))
                    .hasSize(9);
        }
    }

    private static List<Rectangle2D> placedByThemselves(XSLFSlide slide) {
        return slide.getShapes().stream().filter(s -> s.getPlaceholder() == null).map(XSLFShape::getAnchor).toList();
    }

    /** A 16:9 deck of 10 × 5.625 in (PowerPoint's "On-screen Show (16:9)"), one slide with one text box. */
    private Path wideDeck() throws IOException {
        Path wide = temp.resolve("sources/wide.pptx");
        try (XMLSlideShow deck = new XMLSlideShow(); OutputStream out = Files.newOutputStream(wide)) {
            deck.setPageSize(new Dimension(720, 405));
            XSLFTextBox box = deck.createSlide().createTextBox();
            box.setAnchor(new Rectangle2D.Double(36, 36, 648, 72));
            box.setText("Wide agenda");
            deck.write(out);
        }
        return wide;
    }

    /**
     * Slide {@code index} of {@code out} is slide {@code sourceIndex} of {@code source} fitted by {@code factor}: every
     * top-level shape lies on the page, its text is the source's, every run's font size is the source's (as resolved
     * there) times the factor, to the hundredth of a point the file keeps.
     */
    private static void assertFitted(Path out, int index, Path source, int sourceIndex, double factor) throws IOException {
        try (XMLSlideShow deck = open(out); XMLSlideShow from = open(source)) {
            XSLFSlide slide = deck.getSlides().get(index);
            XSLFSlide original = from.getSlides().get(sourceIndex);
            var size = deck.getCTPresentation().getSldSz();
            // 1 EMU of rounding either side
            Rectangle2D page = new Rectangle2D.Double(-1 / 12700.0, -1 / 12700.0, (size.getCx() + 2) / 12700.0,
                    (size.getCy() + 2) / 12700.0);
            assertThat(slide.getShapes()).hasSameSizeAs(original.getShapes()).allSatisfy(shape ->
                    assertThat(page.contains(shape.getAnchor())).as(shape.getShapeName() + " " + shape.getAnchor()).isTrue());
            assertThat(deepText(slide.getShapes())).isEqualTo(deepText(original.getShapes()));
            List<Double> expected = fontSizes(original.getShapes()).stream()
                    .map(pt -> Math.max(1, Math.round(100 * pt * factor) / 100.0)).toList();
            assertThat(fontSizes(slide.getShapes())).isEqualTo(expected);
        }
    }

    /** Every run's font size, in points, through groups and tables (DrawingML's 18 pt where nothing sets it). */
    private static List<Double> fontSizes(List<XSLFShape> shapes) {
        List<Double> sizes = new ArrayList<>();
        for (XSLFShape shape : shapes) {
            List<XSLFTextShape> texts = switch (shape) {
                case XSLFGroupShape group -> {
                    sizes.addAll(fontSizes(group.getShapes()));
                    yield List.of();
                }
                case XSLFTable table -> table.getRows().stream().flatMap(r -> r.getCells().stream()).map(XSLFTextShape.class::cast)
                        .toList();
                case XSLFTextShape text -> List.of(text);
                default -> List.of();
            };
            for (XSLFTextShape text : texts) {
                for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                    for (XSLFTextRun run : paragraph.getTextRuns()) {
                        sizes.add(run.getFontSize() == null ? 18 : run.getFontSize());
                    }
                }
            }
        }
        return sizes;
    }

    /** The text of every text shape, through groups. */
    private static String deepText(List<XSLFShape> shapes) {
        List<String> parts = new ArrayList<>();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFGroupShape group) {
                parts.add(deepText(group.getShapes()));
            } else if (shape instanceof XSLFTextShape box) {
                parts.add(box.getText());
            }
        }
        return String.join("\n", parts);
    }

    private static String diagramDrawing(XSLFSlide slide) throws Exception {
        var part = slide.getPackagePart();
        var rel = part.getRelationshipsByType("http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")
                .getRelationship(0);
        try (InputStream in = part.getRelatedPart(rel).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Re-test 17 #5: a slide that is a SmartArt diagram came out blank in a PDF, without a word. The deck says which
     * slides lack their diagram.
     */
    @Test
    void aSlideDrawnWithoutItsSmartArtDiagramIsSaidPerSlide() throws Exception {
        Path groups = copy("slides/testPPT_groups.pptx", temp.resolve("sources"));
        Path out = temp.resolve("handout.pdf");

        DeckExport export = exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(groups, 2), new SlideRef(groups, 1)),
                out, false);

        assertThat(export.skipped()).isEmpty();
        assertThat(export.slides()).isEqualTo(3);
        assertThat(export.warnings()).containsExactly(new SlideWarning(new SlideRef(groups, 2), groups + "#2 is in the deck "
                + "without its SmartArt diagram: a diagram cannot be drawn into the picture of the slide, so the slide may be "
                + "blank where it was (in a PPTX deck it stays a diagram when it can be copied)."));
        assertThat(export.complete()).isTrue();
    }

    /**
     * Slides re-test 20 #1: a chart slide drawn into a PDF came out blank, or with its title alone (POI draws no
     * charts), and the export said nothing. The deck says which slides lack their chart, as for SmartArt; in a PPTX the
     * chart stays a chart (its part and its workbook copied as they are), and nothing is said.
     */
    @Test
    void aSlideDrawnWithoutItsChartIsSaidPerSlideAndAPptxKeepsTheChart() throws Exception {
        Path pie = copy("slides/pie-chart.pptx", temp.resolve("sources"));
        List<SlideRef> slides = List.of(new SlideRef(layouts, 1), new SlideRef(pie, 1));

        DeckExport pdf = exporter.export(slides, temp.resolve("charts.pdf"), false);
        DeckExport pptx = exporter.export(slides, temp.resolve("charts.pptx"), false);

        assertThat(pdf.slides()).isEqualTo(2);
        assertThat(pdf.warnings()).containsExactly(new SlideWarning(new SlideRef(pie, 1), pie + "#1 is in the deck without "
                + "its chart: a chart cannot be drawn into the picture of the slide, so the slide may be blank where it was "
                + "(in a PPTX deck it stays a chart when it can be copied)."));
        assertThat(pptx).isEqualTo(new DeckExport(temp.resolve("charts.pptx"), 2, List.of()));
        try (XMLSlideShow deck = open(temp.resolve("charts.pptx")); XMLSlideShow source = open(pie)) {
            assertThat(relationships(deck.getSlides().get(1))).containsExactlyInAnyOrder("slideLayout", "chart");
            assertThat(deck.getCharts()).hasSize(1);
            var chart = deck.getCharts().getFirst().getPackagePart();
            var sourceChart = source.getCharts().getFirst().getPackagePart();
            assertThat(chart.getInputStream().readAllBytes()).isEqualTo(sourceChart.getInputStream().readAllBytes());
            assertThat(chart.getRelationships()).extracting(rel -> chart.getRelatedPart(rel).getInputStream().readAllBytes())
                    .containsExactly(sourceChart.getRelatedPart(sourceChart.getRelationships().getRelationship(0))
                            .getInputStream().readAllBytes()); // its workbook, which PowerPoint edits the chart's data in
        }
    }

    /**
     * Slides re-test 20 #2: a deck of more than 1,000 parts could give no slide ("could not be read as a PowerPoint deck
     * (it may be damaged)"), also a 480-slide deck the app had exported itself: POI's guard against files made to fill
     * memory stops at 1,000 parts unless told otherwise. Decks are read up to the number the index reads.
     */
    @Test
    void aDeckOfMoreThanAThousandPartsGivesItsSlides() throws Exception {
        Path many = temp.resolve("sources/many.pptx");
        try (XMLSlideShow deck = open(layouts); OutputStream out = Files.newOutputStream(many)) {
            var layout = deck.getSlides().get(1).getSlideLayout();
            for (int n = 11; n <= 520; n++) {
                deck.createSlide(layout).createTextBox().setText("Unit " + n);
            }
            deck.write(out);
        }
        try (ZipFile zip = new ZipFile(many.toFile())) {
            assertThat(zip.size()).isGreaterThan(1_000);
        }

        DeckExport first = exporter.export(List.of(new SlideRef(many, 517), new SlideRef(layouts, 3)),
                temp.resolve("from many.pptx"), false);
        DeckExport second = exporter.export(List.of(new SlideRef(layouts, 3), new SlideRef(many, 517)),
                temp.resolve("into other.pptx"), false);
        DeckExport pdf = exporter.export(List.of(new SlideRef(many, 520)), temp.resolve("many.pdf"), false);

        assertThat(first).isEqualTo(new DeckExport(temp.resolve("from many.pptx"), 2, List.of()));
        assertThat(second).isEqualTo(new DeckExport(temp.resolve("into other.pptx"), 2, List.of()));
        assertThat(pdf).isEqualTo(new DeckExport(temp.resolve("many.pdf"), 1, List.of()));
        try (XMLSlideShow from = open(temp.resolve("from many.pptx")); XMLSlideShow into = open(temp.resolve("into other.pptx"));
             XMLSlideShow layoutsDeck = open(layouts); XMLSlideShow manyDeck = open(many)) {
            String third = text(layoutsDeck.getSlides().get(2));
            String unit517 = text(manyDeck.getSlides().get(516));
            assertThat(unit517).endsWith("Unit 517");
            assertThat(from.getSlides()).extracting(DeckExporterTest::text).containsExactly(unit517, third);
            assertThat(into.getSlides()).extracting(DeckExporterTest::text).containsExactly(third, unit517);
        }
    }

    /**
     * A package of more parts than a deck is read with (10,000) is said to be that, not damaged: the sentence names
     * the number and the limit.
     */
    @Test
    void aDeckOfMorePartsThanADeckIsReadWithIsSaidToBeTooLargeNotDamaged() throws Exception {
        Path huge = OfficeFiles.withExtraParts(layouts, temp.resolve("sources/huge.pptx"), 10_000);
        int parts;
        try (ZipFile zip = new ZipFile(huge.toFile())) {
            parts = zip.size();
        }
        Path out = temp.resolve("from huge.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(huge, 1), new SlideRef(layouts, 2)), out, false);

        assertThat(export.slides()).isEqualTo(1);
        assertThat(export.skipped()).extracting(SkippedSlide::reason).containsExactly(huge + "#1 was left out: huge.pptx has "
                + String.format(Locale.ROOT, "%,d", parts) + " parts, more than the 10,000 Collateral Finder reads in one "
                + "Office file (a guard against files made to fill memory).");
    }

    /** Each relationship of a slide as its type's last word, and an external one with its target. */
    private static List<String> relationships(XSLFSlide slide) throws Exception {
        List<String> found = new ArrayList<>();
        for (var rel : slide.getPackagePart().getRelationships()) {
            String type = rel.getRelationshipType().substring(rel.getRelationshipType().lastIndexOf('/') + 1);
            found.add(rel.getTargetMode() == TargetMode.EXTERNAL
                    ? type + " -> " + rel.getTargetURI() : type);
        }
        return found;
    }

    /**
     * Slides re-test 22 #8: a deck lacking a picture its own parts refer to passed the reference on into the exported
     * deck (a relationship to a part that is not there). The reference is left out, said once, naming the slide; every
     * internal relationship of the output leads to a part of it.
     */
    @Test
    void referencesToPartsMissingFromTheFirstDeckAreLeftOutAndSaidOnce() throws Exception {
        Path lacking = temp.resolve("sources/lacking.pptx");
        try (ZipFile zip = new ZipFile(layouts.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(lacking))) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.getName().equals("ppt/media/image1.jpg")) { // slide 9's picture
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    zip.getInputStream(entry).transferTo(out);
                }
            }
        }
        Path out = temp.resolve("from lacking.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(lacking, 3), new SlideRef(lacking, 9), new SlideRef(stress, 4)),
                out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 3, List.of(), List.of(new SlideWarning(new SlideRef(lacking, 9),
                lacking + "#9 refers to ppt/media/image1.jpg, which its deck lacks: the reference was left out of this deck, "
                        + "so nothing shows where it was."))));
        try (ZipFile zip = new ZipFile(out.toFile())) {
            List<String> missing = new ArrayList<>();
            for (ZipEntry rels : zip.stream().filter(e -> e.getName().endsWith(".rels")).toList()) {
                String source = rels.getName().replace("_rels/", "").replaceFirst("\\.rels$", "");
                String folder = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
                String xml = new String(zip.getInputStream(rels).readAllBytes(), StandardCharsets.UTF_8);
                Matcher rel = Pattern.compile("<Relationship [^>]*>").matcher(xml);
                while (rel.find()) {
                    if (rel.group().contains("TargetMode=\"External\"")) {
                        continue;
                    }
                    Matcher target = Pattern.compile("Target=\"([^\"]+)\"").matcher(rel.group());
                    assertThat(target.find()).isTrue();
                    String name = target.group(1).startsWith("/") ? target.group(1).substring(1)
                            : Path.of("/" + folder).resolve(target.group(1)).normalize().toString().substring(1);
                    if (zip.getEntry(name) == null) {
                        missing.add(source + " -> " + name);
                    }
                }
            }
            assertThat(missing).isEmpty();
        }
        assertThat(PptxPackageCheck.problems(out)).isEmpty(); // nor does the slide's XML name the relationship left out
        try (XMLSlideShow deck = open(out); XMLSlideShow source = open(lacking); XMLSlideShow stressDeck = open(stress)) {
            assertThat(deck.getSlides()).extracting(DeckExporterTest::text).containsExactly(text(source.getSlides().get(2)),
                    text(source.getSlides().get(8)), text(stressDeck.getSlides().get(3)));
        }
    }

    /**
     * Slides re-test 22 #9: a slide of another deck got a notes page made from the first deck's notes master, with that
     * deck's date ("03/03/2017"), header and footer. Its notes keep their text and the slide number, nothing else.
     */
    @Test
    void theNotesOfASlideOfAnotherDeckCarryNoDateHeaderOrFooterOfTheFirstDeck() throws Exception {
        Path out = temp.resolve("notes.pptx");

        exporter.export(List.of(new SlideRef(layouts, 1), new SlideRef(stress, 4)), out, false);

        try (XMLSlideShow deck = open(out)) {
            XSLFNotes notes = deck.getSlides().get(1).getNotes();
            List<String> placeholders = new ArrayList<>();
            for (XSLFShape shape : notes.getShapes()) {
                if (shape instanceof XSLFTextShape box && box.getTextType() != null) {
                    placeholders.add(box.getTextType() + ": " + box.getText());
                }
            }
            assertThat(placeholders).containsExactly("SLIDE_IMAGE: ", "BODY: Mention FPBench", "SLIDE_NUMBER: ‹#›");
        }
    }

    /** Re-test 12 #14: a slide hidden in its deck was picked by the rep, yet stayed out of the slide show. */
    @Test
    void aSlideHiddenInItsDeckIsShownInTheDeckItWasPickedFor() throws Exception {
        Path hiding = temp.resolve("sources/hiding.pptx");
        try (XMLSlideShow deck = open(layouts); OutputStream out = Files.newOutputStream(hiding)) {
            deck.getSlides().get(1).setHidden(true);
            deck.getSlides().get(3).setHidden(true);
            deck.write(out);
        }
        Path out = temp.resolve("shown.pptx");

        exporter.export(List.of(new SlideRef(hiding, 2), new SlideRef(layouts, 3), new SlideRef(hiding, 4)), out, false);

        try (XMLSlideShow deck = open(out)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Title", "Section Title", "Title");
            assertThat(deck.getSlides()).extracting(XSLFSlide::isHidden).containsExactly(false, false, false);
        }
    }

    /** Re-test 12 #14: decks were made readable by their owner alone (0600), whatever the umask, also in a team folder. */
    @Test
    void aDeckIsMadeWithThePermissionsAnyNewFileGets() throws Exception {
        Path any = Files.createFile(temp.resolve("any new file"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(any);
        assertThat(usual).contains(PosixFilePermission.GROUP_READ); // the umask lets a group read new files

        exporter.export(List.of(new SlideRef(layouts, 1)), temp.resolve("deck.pptx"), false);
        exporter.export(List.of(new SlideRef(report, 1)), temp.resolve("deck.pdf"), false);

        assertThat(Files.getPosixFilePermissions(temp.resolve("deck.pptx"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(temp.resolve("deck.pdf"))).isEqualTo(usual);
    }

    @Test
    void aSlideAskedForTwiceFromTheFirstDeckIsThereTwice() throws Exception {
        Path out = temp.resolve("twice.pptx");

        exporter.export(List.of(new SlideRef(stress, 4), new SlideRef(stress, 19), new SlideRef(stress, 4)), out, false);

        try (XMLSlideShow deck = open(out)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle)
                    .containsExactly("Incredible progress…", "FPBench measures", "Incredible progress…");
            assertThat(deck.getSlides()).extracting(DeckExporterTest::notes).containsExactly("Mention FPBench", "", "Mention FPBench");
        }
    }

    @Test
    void aPdfTakesPdfPagesAsTheyAreAndSlidesAsTheirPictures() throws Exception {
        Map<Path, String> before = checksums(report, crazyOnes, stress);
        Path out = temp.resolve("handout.pdf");

        DeckExport export = exporter.export(List.of(new SlideRef(crazyOnes, 1), new SlideRef(report, 5), new SlideRef(stress, 12)),
                out, false);

        assertThat(export).isEqualTo(new DeckExport(out, 3, List.of()));
        try (PDDocument deck = Loader.loadPDF(out.toFile()); PDDocument reportPdf = Loader.loadPDF(report.toFile());
             PDDocument crazyPdf = Loader.loadPDF(crazyOnes.toFile())) {
            assertThat(deck.getNumberOfPages()).isEqualTo(3);
            assertThat(pageText(deck, 1)).isEqualTo(pageText(crazyPdf, 1)).startsWith("The Crazy Ones");
            assertThat(pageText(deck, 2)).isEqualTo(pageText(reportPdf, 5)).startsWith("5.1 Mitigation Measures");
            assertThat(pageText(deck, 3)).isEmpty(); // the slide is its picture, the size of the slide
            assertThat(images(deck.getPage(2))).hasSize(1);
            assertThat(images(deck.getPage(2)).getFirst().getWidth()).isEqualTo(1440);
            assertThat(deck.getPage(2).getMediaBox().getWidth()).isEqualTo(720f);
            assertThat(deck.getPage(2).getMediaBox().getHeight()).isEqualTo(540f);
        }
        assertThat(checksums(report, crazyOnes, stress)).isEqualTo(before);
    }

    /**
     * Slides re-test 20, finding 4: pages of a PDF whose author forbids copying its text and changing it came out free
     * of it, without a word. A PDF keeps what it forbids (and says so); a PPTX, which cannot forbid anything, leaves
     * its pages out with a sentence. The other pages are not restricted in a PPTX and the sources are unchanged.
     */
    @Test
    void pagesOfAPdfWhoseAuthorForbidsCopyingKeepItInAPdfAndAreLeftOutOfAPptx() throws Exception {
        Path locked = temp.resolve("sources/locked report.pdf");
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            AccessPermission may = new AccessPermission();
            may.setCanExtractContent(false);
            may.setCanModify(false);
            pdf.protect(new StandardProtectionPolicy("the author's own", "", may));
            pdf.save(locked.toFile());
        }
        Map<Path, String> before = checksums(locked, crazyOnes);
        Path pdfOut = temp.resolve("handout.pdf");
        Path pptxOut = temp.resolve("handout.pptx");
        List<SlideRef> slides = List.of(new SlideRef(crazyOnes, 1), new SlideRef(locked, 5), new SlideRef(locked, 2));

        DeckExport pdf = exporter.export(slides, pdfOut, false);
        DeckExport pptx = exporter.export(slides, pptxOut, false);

        assertThat(pdf).isEqualTo(new DeckExport(pdfOut, 3, List.of(), List.of(new SlideWarning(new SlideRef(locked, 5),
                "locked report.pdf forbids copying its text, changing it (a setting of its author): the deck forbids it "
                        + "too, as it holds its pages."))));
        try (PDDocument deck = Loader.loadPDF(pdfOut.toFile())) { // opens without a password
            assertThat(deck.isEncrypted()).isTrue();
            AccessPermission kept = deck.getCurrentAccessPermission();
            assertThat(List.of(kept.isOwnerPermission(), kept.canExtractContent(), kept.canModify(), kept.canPrint()))
                    .containsExactly(false, false, false, true);
            assertThat(deck.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(pptx).isEqualTo(new DeckExport(pptxOut, 1, List.of(
                new SkippedSlide(new SlideRef(locked, 5), locked + "#5 was left out: locked report.pdf forbids copying its "
                        + "text, changing it (a setting of its author), which a PowerPoint deck cannot keep; save the deck as "
                        + "PDF to take its pages along."),
                new SkippedSlide(new SlideRef(locked, 2), locked + "#2 was left out: locked report.pdf forbids copying its "
                        + "text, changing it (a setting of its author), which a PowerPoint deck cannot keep; save the deck as "
                        + "PDF to take its pages along.")), List.of()));
        assertThat(checksums(locked, crazyOnes)).isEqualTo(before);
    }

    @Test
    void aPdfPageInAPptxIsItsPictureOnABlankSlideOfThePagesSize() throws Exception {
        Path out = temp.resolve("from-pdf.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(report, 2), new SlideRef(stress, 19)), out, false);

        assertThat(export.slides()).isEqualTo(2);
        try (XMLSlideShow deck = open(out)) {
            // the deck starts from the .pptx asked for: its size, its slide as it was, the page as a picture
            assertThat(deck.getSlides()).extracting(s -> s.getSlideLayout().getName()).containsExactly("Blank", "Title and Content");
            assertThat(deck.getSlides()).extracting(s -> pictures(s.getShapes()).size()).containsExactly(1, 0);
            assertThat(deck.getSlides().get(1).getTitle()).isEqualTo("FPBench measures");
            XSLFPictureShape page = pictures(deck.getSlides().getFirst().getShapes()).getFirst();
            assertThat(page.getAnchor().getHeight()).isEqualTo(540.0);
        }
        Path onlyPdf = temp.resolve("only-pdf.pptx");
        exporter.export(List.of(new SlideRef(report, 2)), onlyPdf, false);
        try (XMLSlideShow deck = open(onlyPdf); PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertThat(deck.getSlides()).hasSize(1);
            assertThat(deck.getPageSize().getWidth()).isEqualTo(Math.round(pdf.getPage(1).getCropBox().getWidth()));
            assertThat(pictures(deck.getSlides().getFirst().getShapes())).hasSize(1);
        }
    }

    @Test
    void slidesThatCannotBeHadAreLeftOutWithASentenceAndTheRestIsExported() throws Exception {
        Path broken = temp.resolve("sources/broken.pptx");
        byte[] whole = Files.readAllBytes(stress);
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        Path locked = copy("bad-files/Password_Protected-np-hello.ppt", temp.resolve("sources"));
        Path word = copy("bad-files/testWORD_truncated.docx", temp.resolve("sources"));
        Path missing = temp.resolve("sources/gone.pptx");
        Map<Path, String> before = checksums(broken, locked, word, stress, layouts);
        Path out = temp.resolve("partial.pptx");

        DeckExport export = exporter.export(List.of(new SlideRef(broken, 1), new SlideRef(stress, 19), new SlideRef(locked, 1),
                new SlideRef(word, 1), new SlideRef(missing, 2), new SlideRef(layouts, 11), new SlideRef(layouts, 2)), out, false);

        assertThat(export.output()).isEqualTo(out);
        assertThat(export.slides()).isEqualTo(2);
        assertThat(export.complete()).isFalse();
        assertThat(export.skipped()).extracting(SkippedSlide::reason).containsExactly(
                broken + "#1 was left out: broken.pptx could not be read as a PowerPoint deck (it may be damaged).",
                locked + "#1 was left out: Password_Protected-np-hello.ppt is protected by a password.",
                word + "#1 was left out: testWORD_truncated.docx is not a PowerPoint deck or a PDF (.docx); only their slides "
                        + "and pages go into a deck.",
                missing + "#2 was left out: gone.pptx does not exist.",
                layouts + "#11 was left out: layouts.pptx has 10 slides, so there is no slide 11.");
        assertThat(export.skipped()).extracting(SkippedSlide::slide).containsExactly(new SlideRef(broken, 1),
                new SlideRef(locked, 1), new SlideRef(word, 1), new SlideRef(missing, 2), new SlideRef(layouts, 11));
        try (XMLSlideShow deck = open(out)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("FPBench measures", "Title");
        }
        assertThat(checksums(broken, locked, word, stress, layouts)).isEqualTo(before);
        assertThat(missing).doesNotExist();
    }

    /**
     * Slides re-test 25 #2: a PDF encrypted for a certificate's owner (PDFBox's own test file) made PDFBox reach for
     * BouncyCastle, which the app leaves out: a NoClassDefFoundError ended the export, the good slides lost too. Such a
     * file is left out with its sentence, in a PPTX and in a PDF, and the rest is written; nor is it taken for an
     * earlier export when it is the target.
     */
    @Test
    void aPdfEncryptedForACertificateIsLeftOutWithItsSentenceAndTheRestIsWritten() throws Exception {
        Path sealed = copy("bad-files/AESkeylength128.pdf", temp.resolve("sources"));
        Map<Path, String> before = checksums(sealed, layouts);

        for (String target : List.of("sealed.pptx", "sealed.pdf")) {
            Path out = temp.resolve(target);
            DeckExport export = exporter.export(List.of(new SlideRef(sealed, 1), new SlideRef(layouts, 2)), out, false);

            assertThat(export.output()).isEqualTo(out);
            assertThat(export.slides()).isEqualTo(1);
            assertThat(export.skipped()).extracting(SkippedSlide::reason).containsExactly(
                    sealed + "#1 was left out: AESkeylength128.pdf is encrypted with a certificate; it cannot be read.");
        }
        try (XMLSlideShow deck = open(temp.resolve("sealed.pptx"))) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly("Title");
        }
        Path target = Files.copy(sealed, temp.resolve("target.pdf"));
        assertThatThrownBy(() -> exporter.export(List.of(new SlideRef(layouts, 2)), target, true))
                .isInstanceOf(RefusedDeck.class).hasMessageStartingWith(target + " exists and is not a deck Collateral Finder exported");
        assertThat(checksums(sealed, layouts)).isEqualTo(before);
    }

    @Test
    void whenNoSlideCanBeHadNothingIsWritten() throws Exception {
        Path out = temp.resolve("nothing.pdf");

        DeckExport export = exporter.export(List.of(new SlideRef(temp.resolve("gone.pdf"), 1), new SlideRef(crazyOnes, 2)), out, false);

        assertThat(export.output()).isNull();
        assertThat(export.slides()).isZero();
        assertThat(export.skipped()).extracting(SkippedSlide::reason).containsExactly(
                temp.resolve("gone.pdf") + "#1 was left out: gone.pdf does not exist.",
                crazyOnes + "#2 was left out: crazyones-pdfa.pdf has 1 page, so there is no page 2.");
        assertThat(listing(temp)).containsExactly("sources");
    }

    @Test
    void aTargetThatCannotBeUsedIsRefusedBeforeAnythingIsWritten() throws Exception {
        List<SlideRef> one = List.of(new SlideRef(stress, 1));
        Path elsewhere = temp.resolve("no such folder/deck.pptx");
        assertThatThrownBy(() -> exporter.export(one, elsewhere, true)).isInstanceOf(RefusedDeck.class)
                .hasMessage("The folder " + temp.resolve("no such folder") + " does not exist; make it first, or save the deck in another folder.");
        assertThatThrownBy(() -> exporter.export(one, temp.resolve("deck.key"), true)).isInstanceOf(RefusedDeck.class)
                .hasMessage("A deck is written as PPTX or PDF: end its file name with .pptx or .pdf (it was deck.key).");
        assertThatThrownBy(() -> exporter.export(one, temp.resolve(".pptx"), true)).isInstanceOf(RefusedDeck.class)
                .hasMessage("Give the deck a name before .pptx, as in meeting.pptx."); // re-test 17: a hidden file ".pptx"
        Path existing = exporter.export(List.of(new SlideRef(layouts, 2)), temp.resolve("old.pptx"), false).output();
        byte[] exported = Files.readAllBytes(existing);
        assertThatThrownBy(() -> exporter.export(one, existing, false)).isInstanceOf(RefusedDeck.class)
                .hasMessage(existing + " exists already; choose another name, or replace it (--force on the command line).");
        assertThat(Files.readAllBytes(existing)).isEqualTo(exported);
        String stressBefore = checksums(stress).get(stress);
        assertThatThrownBy(() -> exporter.export(one, stress, true)).isInstanceOf(RefusedDeck.class)
                .hasMessage(stress + " is one of the files the slides come from, and those are never changed; save the deck "
                        + "under another name.");
        assertThat(checksums(stress).get(stress)).isEqualTo(stressBefore);
        assertThat(listing(temp)).containsExactly("old.pptx", "sources");

        exporter.export(one, existing, true); // replacing it is asked for
        try (XMLSlideShow deck = open(existing)) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly((String) null);
        }
    }

    /**
     * Slides re-test 20 #3: {@code --force} replaced a source deck of another data folder, which the exporter cannot
     * know of. A deck replaces only a deck Collateral Finder exported (each says so in its properties: the PPTX's
     * application, the PDF's producer); any other file is refused, replacing asked for or not, and left as it is.
     */
    @Test
    void onlyADeckCollateralFinderExportedIsReplaced() throws Exception {
        Path sources = temp.resolve("sources");
        Path someonesDeck = copy("slides/testPPT.pptx", sources);
        Path someonesPdf = Files.copy(crazyOnes, sources.resolve("brochure.pdf"));
        Path text = Files.writeString(sources.resolve("notes.pdf"), "not a PDF at all");
        Map<Path, String> before = checksums(someonesDeck, someonesPdf, text);
        List<SlideRef> one = List.of(new SlideRef(stress, 1));

        for (Path other : List.of(someonesDeck, someonesPdf, text)) {
            for (boolean replace : new boolean[] {true, false}) {
                assertThatThrownBy(() -> exporter.export(one, other, replace)).isInstanceOf(RefusedDeck.class)
                        .hasMessage(other + " exists and is not a deck Collateral Finder exported; it was left as it is. "
                                + "Choose another file name.");
            }
        }
        assertThat(checksums(someonesDeck, someonesPdf, text)).isEqualTo(before);

        Path pptx = exporter.export(List.of(new SlideRef(layouts, 2)), temp.resolve("earlier.pptx"), false).output();
        Path pdf = exporter.export(List.of(new SlideRef(layouts, 2)), temp.resolve("earlier.pdf"), false).output();
        try (XMLSlideShow deck = open(pptx); PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(deck.getProperties().getExtendedProperties().getApplication()).isEqualTo("Collateral Finder");
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Collateral Finder");
        }
        assertThat(exporter.export(one, pptx, true).output()).isEqualTo(pptx);
        assertThat(exporter.export(List.of(new SlideRef(crazyOnes, 1)), pdf, true).output()).isEqualTo(pdf);
        try (XMLSlideShow deck = open(pptx); PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(deck.getSlides()).extracting(XSLFSlide::getTitle).containsExactly((String) null);
            assertThat(pageText(document, 1)).startsWith("The Crazy Ones");
        }
    }

    @Test
    void slidesAreWrittenFileHashNumberWithTheNumberAfterTheLastHash() {
        assertThat(SlideRef.parse("Q3 #2 deck.pptx#7")).isEqualTo(new SlideRef(Path.of("Q3 #2 deck.pptx"), 7));
        assertThat(SlideRef.parse("deck.pdf#12").toString()).isEqualTo("deck.pdf#12");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#seven"))
                .hasMessage("'deck.pptx#seven': the slide number after the last # must be a whole number from 1 up, or a range as 2-4 (it was 'seven').");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx"))
                .hasMessage("'deck.pptx' names no slide: write FILE#N, as in deck.pptx#7 for its seventh slide.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#0"))
                .hasMessage("'deck.pptx#0': slides are numbered from 1, as the window shows them.");
        assertThatThrownBy(() -> SlideRef.parse("#3")).hasMessage("'#3' names no file before the #: write FILE#N, as in deck.pptx#7.");
        // slides re-test 25 #7: a file name holding a # with no slide after it was told its number was not whole
        assertThatThrownBy(() -> SlideRef.parse("it's \"quoted\" #3.pptx"))
                .hasMessage("'it's \"quoted\" #3.pptx' names no slide: the slide number is missing after the file name "
                        + "('3.pptx' after the last # is part of it); write FILE#N, as in it's \"quoted\" #3.pptx#7.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#3.5"))
                .hasMessage("'deck.pptx#3.5': the slide number after the last # must be a whole number from 1 up, or a range as 2-4 (it was '3.5').");
    }

    /** Slides re-test 22, finding 6: feedback add --slide took 3-5, export refused FILE#2-4. */
    @Test
    void aRangeNamesEachSlideOfItInOrder() {
        SlideRef range = SlideRef.parse("Q3 #2 deck.pptx#2-4");
        assertThat(range.count()).isEqualTo(3);
        assertThat(range.slidesUpTo(10)).containsExactly(new SlideRef(Path.of("Q3 #2 deck.pptx"), 2),
                new SlideRef(Path.of("Q3 #2 deck.pptx"), 3), new SlideRef(Path.of("Q3 #2 deck.pptx"), 4));
        assertThat(range.slidesUpTo(10)).extracting(SlideRef::toString)
                .containsExactly("Q3 #2 deck.pptx#2", "Q3 #2 deck.pptx#3", "Q3 #2 deck.pptx#4");
        assertThat(SlideRef.parse("deck.pdf#3-3")).isEqualTo(new SlideRef(Path.of("deck.pdf"), 3));
        assertThat(SlideRef.parse("deck.pdf#3-3").slidesUpTo(10)).extracting(SlideRef::toString).containsExactly("deck.pdf#3-3");
        assertThat(SlideRef.parse("deck.pdf#7").slidesUpTo(10)).extracting(SlideRef::toString).containsExactly("deck.pdf#7");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#5-3")).hasMessage("'deck.pptx#5-3' runs backwards: write it as deck.pptx#3-5.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#0-3")).hasMessage("'deck.pptx#0': slides are numbered from 1, as the window shows them.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#1-1001"))
                .hasMessage("'deck.pptx#1-1001' names more than 1,000 slides: name at most that many in one range.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#2-"))
                .hasMessage("'deck.pptx#2-': the slide number after the last # must be a whole number from 1 up, or a range as 2-4 (it was '2-').");
    }

    /**
     * Slides re-test 25 #1 and #4: a range is counted out only up to the deck's last slide, and the slides past it are one
     * reference written as typed; numbers too large for an int are not counted one by one.
     */
    @Test
    void aRangeIsCountedOutOnlyUpToTheDecksLastSlide() {
        SlideRef past = SlideRef.parse("deck.pptx#9-1000");
        assertThat(past.slidesUpTo(10)).extracting(SlideRef::toString).containsExactly("deck.pptx#9", "deck.pptx#10");
        assertThat(past.pastTheEnd(10).toString()).isEqualTo("deck.pptx#11-1000");
        assertThat(past.pastTheEnd(10).count()).isEqualTo(990);
        assertThat(SlideRef.parse("deck.pptx#9-11").pastTheEnd(10).toString()).isEqualTo("deck.pptx#11");
        assertThat(SlideRef.parse("deck.pptx#009-012").pastTheEnd(10).toString()).isEqualTo("deck.pptx#11-12");

        SlideRef huge = SlideRef.parse("deck.pptx#5000000000-5000000000");
        assertThat(huge.count()).isEqualTo(1);
        assertThat(huge.slidesUpTo(10)).isEmpty();
        assertThat(huge.pastTheEnd(10)).isSameAs(huge);
        assertThat(SlideRef.parse("deck.pptx#2147483000-2147483648").count()).isEqualTo(649);
        assertThat(SlideRef.parse("deck.pptx#2147483000-2147483648").slidesUpTo(Integer.MAX_VALUE)).hasSize(648);
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#6000000000-5000000000"))
                .hasMessage("'deck.pptx#6000000000-5000000000' runs backwards: write it as deck.pptx#5000000000-6000000000.");
        assertThatThrownBy(() -> SlideRef.parse("deck.pptx#5000000000-6000000000"))
                .hasMessage("'deck.pptx#5000000000-6000000000' names more than 1,000 slides: name at most that many in one range.");
    }

    static XMLSlideShow open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    static String text(XSLFSlide slide) {
        List<String> parts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape box) {
                parts.add(box.getText());
            }
        }
        return String.join("\n", parts);
    }

    static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        return notes == null ? "" : PptxDeckWriter.notesText(notes);
    }

    static List<XSLFPictureShape> pictures(List<XSLFShape> shapes) {
        List<XSLFPictureShape> found = new ArrayList<>();
        for (XSLFShape shape : shapes) {
            if (shape instanceof XSLFPictureShape picture) {
                found.add(picture);
            } else if (shape instanceof XSLFGroupShape group) {
                found.addAll(pictures(group.getShapes()));
            }
        }
        return found;
    }

    private static List<String> pictureBytes(XSLFSlide slide) {
        return pictures(slide.getShapes()).stream().map(p -> HexFormat.of().formatHex(sha256(p.getPictureData().getData()))).toList();
    }

    static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).strip();
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                found.add(image);
            }
        }
        return found;
    }

    static Map<Path, String> checksums(Path... files) throws IOException {
        Map<Path, String> sums = new LinkedHashMap<>();
        for (Path f : files) {
            sums.put(f, HexFormat.of().formatHex(sha256(Files.readAllBytes(f))) + " " + Files.getLastModifiedTime(f));
        }
        return sums;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
