package org.collateralfinder.slides;

import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.Dimension2DDouble;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/**
 * Fits a slide copied from a deck of another page size to the deck's page, as a slide: scaled uniformly and centred.
 * The copy kept its own deck's positions, and a 4:3 slide in a 16:9 deck was cut off at the bottom without a word
 * (slides re-test 22 #1). Each top-level shape gets its anchor scaled (a placeholder placed by its layout first gets
 * the anchor it had in its own deck, since the deck's layout would place it for another page); a group scales its
 * children through its anchor; a table's columns and rows are scaled; every run of text gets its font size, as it
 * was resolved in its own deck, scaled (at least 1 pt), and spacing given in points is scaled with it. A SmartArt
 * diagram's drawing (its shapes placed within its frame, its text sizes) is scaled with its frame. What cannot be
 * scaled so (a kind of shape or graphic not known here; a shape placed nowhere) is refused with {@link NotFittable}, and the slide goes in as its fitted picture.
 */
final class SlideFitter {

    /** A slide with something in it that cannot be scaled as a slide. */
    static final class NotFittable extends Exception {
        NotFittable(String message) {
            super(message);
        }
    }

    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final String DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String TABLE = DRAWING_ML.replace("main", "table");
    private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String DIAGRAM_EXT = "http://schemas.microsoft.com/office/drawing/2008/diagram";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DIAGRAM_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing";
    /**
     * A chart, and the chart kinds of Office 2016: drawn from their own parts into the frame, whatever its size; a
     * table, whose columns and rows are scaled here.
     */
    private static final String OLE = "http://schemas.openxmlformats.org/presentationml/2006/ole";
    private static final Set<String> SCALABLE_GRAPHICS = Set.of(TABLE, "http://schemas.openxmlformats.org/drawingml/2006/chart",
            "http://schemas.microsoft.com/office/drawing/2014/chartex");
    /** What a shape tree holds that this class scales (besides its own properties). */
    private static final Set<String> SCALED_ELEMENTS = Set.of("sp", "grpSp", "graphicFrame", "cxnSp", "pic");
    private static final Set<String> TREE_PROPERTIES = Set.of("nvGrpSpPr", "grpSpPr", "extLst");
    /** Sizes within this share of each other are the same (POI's page size is in whole points). */
    private static final double SAME = 0.0005;
    /** Known page shapes, as width:height. */
    private static final List<int[]> RATIOS = List.of(new int[] {4, 3}, new int[] {16, 9}, new int[] {16, 10}, new int[] {3, 2},
            new int[] {5, 4}, new int[] {1, 1});

    private final double scale;
    /** The relationship ids of the diagrams' data of the copy's top-level SmartArt diagrams. */
    private final List<String> diagramData = new ArrayList<>();
    private final double dx;
    private final double dy;

    private SlideFitter(Dimension2D from, Dimension2D to) {
        scale = Math.min(to.getWidth() / from.getWidth(), to.getHeight() / from.getHeight());
        dx = (to.getWidth() - from.getWidth() * scale) / 2;
        dy = (to.getHeight() - from.getHeight() * scale) / 2;
    }

    /** A deck's page size in points, to the EMU (POI's {@code getPageSize} rounds to whole points). */
    static Dimension2D pageSize(XMLSlideShow show) {
        var size = show.getCTPresentation().getSldSz();
        return new Dimension2DDouble(Units.toPoints(size.getCx()), Units.toPoints(size.getCy()));
    }

    /** Whether two page sizes are the same (a slide of one is copied into a deck of the other as it is). */
    static boolean sameSize(Dimension2D a, Dimension2D b) {
        return Math.abs(a.getWidth() - b.getWidth()) <= SAME * b.getWidth()
                && Math.abs(a.getHeight() - b.getHeight()) <= SAME * b.getHeight();
    }

    /**
     * Fits {@code copy}, a copy of {@code source} made into a deck of page size {@code to}, from its deck's page size
     * {@code from}. The source is only read: what its shapes resolve from its own layout and master is what is scaled.
     *
     * @param scaledDrawings the diagram drawings of the deck scaled so far, added to
     * @throws NotFittable when something on the slide cannot be scaled; the copy may then be half changed (drop it)
     */
    static void fit(XSLFSlide source, Dimension2D from, XSLFSlide copy, Dimension2D to, Set<PackagePart> scaledDrawings)
            throws NotFittable {
        checkTree(source.getXmlObject());
        SlideFitter fitter = new SlideFitter(from, to);
        List<XSLFShape> sourceShapes = source.getShapes();
        List<XSLFShape> copied = copy.getShapes();
        if (sourceShapes.size() != copied.size()) {
            throw new NotFittable("the copy has " + copied.size() + " shapes, its source " + sourceShapes.size());
        }
        for (int i = 0; i < copied.size(); i++) {
            fitter.fitShape(sourceShapes.get(i), copied.get(i));
        }
        fitter.scaleDiagrams(copy, scaledDrawings);
    }

    /** Refuses a slide whose shape tree holds what POI does not read as a shape (ink, alternate content …). */
    private static void checkTree(XmlObject slide) throws NotFittable {
        for (XmlObject tree : slide.selectPath("declare namespace p='" + PML + "' ./p:cSld/p:spTree")) {
            checkChildren(tree);
        }
    }

    private static void checkChildren(XmlObject tree) throws NotFittable {
        try (XmlCursor cursor = tree.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                QName name = cursor.getName();
                String local = name.getLocalPart();
                if (!PML.equals(name.getNamespaceURI())
                        || !SCALED_ELEMENTS.contains(local) && !TREE_PROPERTIES.contains(local)) {
                    throw new NotFittable("its shapes hold a " + local + ", which is not scaled");
                }
                if (local.equals("grpSp")) {
                    checkChildren(cursor.getObject());
                }
            }
        }
    }

    private void fitShape(XSLFShape source, XSLFShape copy) throws NotFittable {
        Rectangle2D anchor = source.getAnchor();
        if (anchor == null) {
            throw new NotFittable(source.getShapeName() + " has no place on the slide");
        }
        switch (copy) {
            case XSLFGroupShape group when source instanceof XSLFGroupShape sourceGroup -> {
                group.setAnchor(fitted(anchor)); // its children keep their place within the group: scaled with it
                fitText(sourceGroup, group);
            }
            case XSLFTable table when source instanceof XSLFTable sourceTable -> {
                table.setAnchor(fitted(anchor));
                fitTable(sourceTable, table, true);
            }
            case XSLFGraphicFrame frame -> {
                if (graphics(frame).equals(Set.of(DIAGRAM))) {
                    diagramData.add(diagramDataId(frame)); // its drawing is scaled after the shapes (scaleDiagrams)
                } else {
                    checkGraphic(frame);
                }
                frame.setAnchor(fitted(anchor));
            }
            case XSLFSimpleShape simple -> { // text boxes, placeholders, pictures, connectors
                simple.setAnchor(fitted(anchor));
                if (simple instanceof XSLFTextShape text && source instanceof XSLFTextShape sourceText) {
                    fitRuns(sourceText, text);
                }
            }
            default -> throw new NotFittable(copy.getShapeName() + " is a shape of a kind that is not scaled");
        }
    }

    /** The text of a group's children, at any depth (their places are scaled by the group's anchor). */
    private void fitText(XSLFGroupShape source, XSLFGroupShape copy) throws NotFittable {
        List<XSLFShape> sourceShapes = source.getShapes();
        List<XSLFShape> copied = copy.getShapes();
        for (int i = 0; i < copied.size(); i++) {
            XSLFShape from = sourceShapes.get(i);
            switch (copied.get(i)) {
                case XSLFGroupShape group when from instanceof XSLFGroupShape sourceGroup -> fitText(sourceGroup, group);
                case XSLFTable table when from instanceof XSLFTable sourceTable -> fitTable(sourceTable, table, false);
                case XSLFGraphicFrame frame -> {
                    if (!graphics(frame).equals(Set.of(DIAGRAM))) { // a diagram in a group is scaled with it, drawing and all
                        checkGraphic(frame);
                    }
                }
                case XSLFTextShape text when from instanceof XSLFTextShape sourceText -> fitRuns(sourceText, text);
                case XSLFConnectorShape connector -> { }
                case XSLFSimpleShape picture -> { }
                default -> throw new NotFittable(copied.get(i).getShapeName() + " is a shape of a kind that is not scaled");
            }
        }
    }

    /**
     * A chart or a table is drawn into its frame, whatever its size. (A SmartArt diagram is handled apart: its drawing
     * is scaled when it is on the slide itself, and scaled with its group, drawing and all, when it is in one.)
     */
    private static void checkGraphic(XSLFGraphicFrame frame) throws NotFittable {
        for (String uri : graphics(frame)) {
            // an embedded object's picture is drawn into its frame; one that holds its own picture (p:pic, with its own
            // place) is not scaled
            boolean scalableObject = OLE.equals(uri) && frame.getXmlObject().selectPath(
                    "declare namespace p='" + PML + "' .//p:pic").length == 0;
            if (!SCALABLE_GRAPHICS.contains(uri) && !scalableObject) {
                throw new NotFittable(frame.getShapeName() + " holds a graphic (" + uri + ") that is not scaled");
            }
        }
    }

    private static Set<String> graphics(XSLFGraphicFrame frame) {
        Set<String> uris = new HashSet<>();
        for (XmlObject data : frame.getXmlObject().selectPath("declare namespace a='" + DRAWING_ML + "' .//a:graphicData")) {
            try (XmlCursor cursor = data.newCursor()) {
                uris.add(String.valueOf(cursor.getAttributeText(new QName("uri"))));
            }
        }
        return uris;
    }

    /**
     * Scales the drawings of the copy's top-level SmartArt diagrams: their shapes are placed within the diagram's frame,
     * and would keep their sizes in a smaller frame. A drawing in {@code done} was scaled already (the same slide asked
     * for twice shares its copied parts).
     */
    private void scaleDiagrams(XSLFSlide copy, Set<PackagePart> done) throws NotFittable {
        try {
            PackagePart slide = copy.getPackagePart();
            for (String dataId : diagramData) {
                PackagePart drawing = diagramDrawing(slide, dataId);
                if (!done.add(drawing)) {
                    continue;
                }
                XmlObject xml;
                try (InputStream in = drawing.getInputStream()) {
                    xml = XmlObject.Factory.parse(in);
                }
                // one path per element: XmlBeans needs Saxon for unions, which the build leaves out
                for (String place : List.of("off", "chOff")) {
                    for (XmlObject element : xml.selectPath(inDrawingMl(place))) {
                        scaleAttributes(element, "x", "y");
                    }
                }
                for (String size : List.of("ext", "chExt")) {
                    for (XmlObject element : xml.selectPath(inDrawingMl(size))) {
                        scaleAttributes(element, "cx", "cy");
                    }
                }
                for (String text : List.of("rPr", "endParaRPr", "defRPr")) {
                    for (XmlObject element : xml.selectPath(inDrawingMl(text))) {
                        scaleFontAttribute(element);
                    }
                }
                try (OutputStream out = drawing.getOutputStream()) {
                    xml.save(out);
                }
            }
        } catch (InvalidFormatException | IOException | XmlException e) {
            throw new NotFittable("a SmartArt diagram's drawing could not be scaled (" + e.getMessage() + ")");
        }
    }

    /** The id of the relationship to a diagram frame's data ({@code dgm:relIds r:dm}). */
    private static String diagramDataId(XSLFGraphicFrame frame) throws NotFittable {
        for (XmlObject ids : frame.getXmlObject().selectPath("declare namespace dgm='" + DIAGRAM + "' .//dgm:relIds")) {
            try (XmlCursor cursor = ids.newCursor()) {
                String id = cursor.getAttributeText(new QName(R, "dm"));
                if (id != null) {
                    return id;
                }
            }
        }
        throw new NotFittable(frame.getShapeName() + " is a diagram without its data");
    }

    /** A diagram's drawing: its data names it by a relationship of the slide ({@code dsp:dataModelExt relId}). */
    private static PackagePart diagramDrawing(PackagePart slide, String dataId)
            throws NotFittable, InvalidFormatException, IOException, XmlException {
        PackagePart data = slide.getRelatedPart(slide.getRelationship(dataId));
        XmlObject xml;
        try (InputStream in = data.getInputStream()) {
            xml = XmlObject.Factory.parse(in);
        }
        for (XmlObject ext : xml.selectPath("declare namespace dsp='" + DIAGRAM_EXT + "' .//dsp:dataModelExt")) {
            try (XmlCursor cursor = ext.newCursor()) {
                String id = cursor.getAttributeText(new QName("relId"));
                PackageRelationship rel = id == null ? null : slide.getRelationship(id);
                if (rel != null && DIAGRAM_DRAWING.equals(rel.getRelationshipType()) && slide.getRelatedPart(rel) != null) {
                    return slide.getRelatedPart(rel);
                }
            }
        }
        throw new NotFittable("a SmartArt diagram's drawing was not found");
    }

    private static String inDrawingMl(String element) {
        return "declare namespace a='" + DRAWING_ML + "' .//a:" + element;
    }

    private void scaleAttributes(XmlObject element, String... names) {
        try (XmlCursor cursor = element.newCursor()) {
            for (String name : names) {
                String value = cursor.getAttributeText(new QName(name));
                if (value != null && value.matches("-?\\d+")) {
                    cursor.setAttributeText(new QName(name), Long.toString(Math.round(Long.parseLong(value) * scale)));
                }
            }
        }
    }

    private void scaleFontAttribute(XmlObject properties) {
        try (XmlCursor cursor = properties.newCursor()) {
            String value = cursor.getAttributeText(new QName("sz"));
            if (value != null && value.matches("\\d+")) {
                cursor.setAttributeText(new QName("sz"), Long.toString(Math.max(100, Math.round(Long.parseLong(value) * scale))));
            }
        }
    }

    private void fitTable(XSLFTable source, XSLFTable copy, boolean sizes) throws NotFittable {
        if (sizes) { // a table in a group is scaled by the group
            for (int c = 0; c < copy.getNumberOfColumns(); c++) {
                copy.setColumnWidth(c, copy.getColumnWidth(c) * scale);
            }
            for (XSLFTableRow row : copy.getRows()) {
                row.setHeight(row.getHeight() * scale);
            }
        }
        List<XSLFTableRow> sourceRows = source.getRows();
        List<XSLFTableRow> rows = copy.getRows();
        for (int r = 0; r < rows.size(); r++) {
            List<XSLFTableCell> sourceCells = sourceRows.get(r).getCells();
            List<XSLFTableCell> cells = rows.get(r).getCells();
            for (int c = 0; c < cells.size(); c++) {
                fitRuns(sourceCells.get(c), cells.get(c));
            }
        }
    }

    /**
     * Each run's font size as it was resolved in its own deck (its placeholder, layout, master), scaled, and the
     * paragraphs' spacing given in points; the shrink of an autofit is left to the autofit, as it was.
     */
    private void fitRuns(XSLFTextShape source, XSLFTextShape copy) throws NotFittable {
        List<XSLFTextParagraph> sourceParagraphs = source.getTextParagraphs();
        List<XSLFTextParagraph> paragraphs = copy.getTextParagraphs();
        if (sourceParagraphs.size() != paragraphs.size()) {
            throw new NotFittable(copy.getShapeName() + "'s text differs from its source's");
        }
        double autofit = autofitScale(source);
        for (int p = 0; p < paragraphs.size(); p++) {
            XSLFTextParagraph from = sourceParagraphs.get(p);
            XSLFTextParagraph to = paragraphs.get(p);
            List<XSLFTextRun> sourceRuns = from.getTextRuns();
            List<XSLFTextRun> runs = to.getTextRuns();
            if (sourceRuns.size() != runs.size()) {
                throw new NotFittable(copy.getShapeName() + "'s text differs from its source's");
            }
            for (int r = 0; r < runs.size(); r++) {
                runs.get(r).setFontSize(scaledFont(sourceRuns.get(r).getFontSize(), autofit));
            }
            // the size of an empty line, and of the paragraph's end, is that of its last run, else the paragraph's own
            double end = sourceRuns.isEmpty() ? scaledFont(from.getDefaultFontSize(), 1)
                    : scaledFont(sourceRuns.getLast().getFontSize(), autofit);
            var endProperties = to.getXmlObject().isSetEndParaRPr() ? to.getXmlObject().getEndParaRPr()
                    : to.getXmlObject().addNewEndParaRPr();
            endProperties.setSz((int) Math.round(100 * end));
            // spacing in points is negative, in lines positive (POI's convention)
            Double before = from.getSpaceBefore();
            if (before != null && before < 0) {
                to.setSpaceBefore(before * scale);
            }
            Double after = from.getSpaceAfter();
            if (after != null && after < 0) {
                to.setSpaceAfter(after * scale);
            }
            Double line = from.getLineSpacing();
            if (line != null && line < 0) {
                to.setLineSpacing(line * scale);
            }
        }
    }

    /** A run's size without the autofit's shrink, scaled, at least 1 pt; 18 pt where nothing sets it (DrawingML's default). */
    private double scaledFont(Double resolved, double autofit) {
        double size = resolved == null ? 18 : resolved / autofit;
        return Math.max(1, Math.round(100 * size * scale) / 100.0);
    }

    /** The share an autofit shrinks the text to, which POI folds into a run's font size. */
    private static double autofitScale(XSLFTextShape shape) {
        for (XmlObject fit : shape.getXmlObject().selectPath("declare namespace a='" + DRAWING_ML + "' ./*/a:bodyPr/a:normAutofit")) {
            try (XmlCursor cursor = fit.newCursor()) {
                String value = cursor.getAttributeText(new QName("fontScale"));
                if (value != null) {
                    double percent = value.endsWith("%") ? Double.parseDouble(value.substring(0, value.length() - 1))
                            : Double.parseDouble(value) / 1000;
                    return percent > 0 ? percent / 100 : 1;
                }
            }
        }
        return 1;
    }

    private Rectangle2D fitted(Rectangle2D anchor) {
        return new Rectangle2D.Double(anchor.getX() * scale + dx, anchor.getY() * scale + dy, anchor.getWidth() * scale,
                anchor.getHeight() * scale);
    }

    /** A page's shape as people name it (4:3, 16:9), else its size in centimetres. */
    static String describe(Dimension2D page, Dimension2D other) {
        String shape = ratio(page);
        if (shape == null || shape.equals(ratio(other))) {
            return String.format(Locale.ROOT, "%.1f × %.1f cm", page.getWidth() * 2.54 / 72, page.getHeight() * 2.54 / 72);
        }
        return shape;
    }

    private static String ratio(Dimension2D page) {
        double r = page.getWidth() / page.getHeight();
        for (int[] known : RATIOS) {
            if (Math.abs(r - (double) known[0] / known[1]) < 0.01) {
                return known[0] + ":" + known[1];
            }
            if (Math.abs(r - (double) known[1] / known[0]) < 0.01) {
                return known[1] + ":" + known[0];
            }
        }
        return null;
    }
}
