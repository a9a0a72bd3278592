package org.collateralfinder.slides;

import java.awt.Dimension;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a PPTX. It starts from a copy of the first .pptx asked for, so that deck's slides keep their own
 * layouts, masters, theme, pictures and notes untouched; its slides not asked for are removed and the rest put in
 * the order asked. Slides of other decks are copied whole with every part they refer to ({@link ForeignSlideCopier}:
 * shapes, pictures, media, diagrams, charts, links) onto the layout of the same name in the copy, else one of the same
 * kind, else the blank one, and their speaker notes' text is copied. PDF pages and old .ppt slides go in as a picture on a blank slide.
 */
final class PptxDeckWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PptxDeckWriter.class);
    /** The placeholders of a notes master that say things of its own deck, not of a slide copied from another. */
    private static final Set<Placeholder> FIRST_DECKS_OWN = Set.of(Placeholder.DATETIME, Placeholder.HEADER, Placeholder.FOOTER);
    private static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

    private final XMLSlideShow deck;
    private final SourceFile.Pptx base;
    private final ForeignSlideCopier copier;
    private final List<SlideWarning> warnings;
    /** The first deck's slides kept in this one, by their part, as they were asked for. */
    private final Map<PackagePart, SlideRef> keptSlides = new LinkedHashMap<>();
    /** The SmartArt drawings fitted to the page so far (two copies of one slide share theirs). */
    private final Set<PackagePart> scaledDrawings = new HashSet<>();

    private PptxDeckWriter(XMLSlideShow deck, SourceFile.Pptx base, List<SlideWarning> warnings) {
        this.deck = deck;
        this.base = base;
        this.warnings = warnings;
        this.copier = new ForeignSlideCopier(deck);
    }

    /** Writes the slides that can be copied to {@code out}, adds the others to {@code skipped}; returns how many were written. */
    static int write(List<WantedSlide> wanted, List<SkippedSlide> skipped, List<SlideWarning> warnings, OutputStream out,
                     DeckExporter.Copied progress) throws IOException {
        SourceFile.Pptx base = wanted.stream().map(WantedSlide::source).filter(s -> s instanceof SourceFile.Pptx p && p.plainPptx())
                .map(SourceFile.Pptx.class::cast).findFirst().orElse(null);
        PackageLimit.apply();
        try (XMLSlideShow deck = base == null ? new XMLSlideShow() : new XMLSlideShow(new ByteArrayInputStream(base.bytes()))) {
            if (base == null) {
                deck.setPageSize(pageSize(wanted.getFirst()));
            }
            PptxDeckWriter writer = new PptxDeckWriter(deck, base, warnings);
            int written = writer.fill(wanted, skipped, progress);
            if (written > 0) {
                writer.dropDanglingReferences();
                describeItself(deck, written);
                deck.write(out);
            }
            return written;
        }
    }

    /**
     * The deck says what it is, not what the deck it started as a copy of was: that deck's slide count, slide titles
     * ("titles of parts"), title, subject and thumbnail would tell a customer about slides that were left out, and
     * made an index of the deck count 48 slides in a deck of 4 (re-test 12).
     */
    static void describeItself(XMLSlideShow deck, int slides) throws IOException {
        POIXMLProperties properties = deck.getProperties();
        CTProperties extended = properties.getExtendedProperties().getUnderlyingProperties();
        extended.setSlides(slides);
        ExportedDecks.mark(properties); // the mark a deck may be replaced by (re-test 20 #3)
        if (extended.isSetTitlesOfParts()) {
            extended.unsetTitlesOfParts();
        }
        if (extended.isSetHeadingPairs()) {
            extended.unsetHeadingPairs();
        }
        if (extended.isSetNotes()) {
            extended.unsetNotes();
        }
        if (extended.isSetHiddenSlides()) {
            extended.unsetHiddenSlides();
        }
        if (extended.isSetWords()) {
            extended.unsetWords();
        }
        if (extended.isSetParagraphs()) {
            extended.unsetParagraphs();
        }
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(null);
        core.setSubjectProperty(null);
        core.setDescription(null);
        core.setKeywords(null);
        // the first deck's author, editor, revision, dates, custom properties and classification labels are not this
        // deck's (re-test 17: another organisation's slide carried 60810's author and an "internal" label): the deck is
        // made now, by whoever exports it
        core.setCreator(null);
        core.setLastModifiedByUser(null);
        core.setLastPrinted(Optional.empty());
        core.setRevision("1"); // its first
        core.setCategory(null);
        core.setContentStatus(null);
        core.setIdentifier(null);
        Date now = new Date();
        core.setCreated(Optional.of(now));
        core.setModified(Optional.of(now));
        var custom = properties.getCustomProperties().getUnderlyingProperties();
        for (int i = custom.sizeOfPropertyArray() - 1; i >= 0; i--) {
            custom.removeProperty(i);
        }
        if (extended.isSetCompany()) {
            extended.unsetCompany();
        }
        if (extended.isSetManager()) {
            extended.unsetManager();
        }
        OPCPackage pack = deck.getPackage();
        removeCustomXml(deck.getPackagePart());
        try {
            List<PackageRelationship> thumbnails = new ArrayList<>();
            pack.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL).forEach(thumbnails::add);
            for (PackageRelationship thumbnail : thumbnails) {
                pack.removeRelationship(thumbnail.getId());
                pack.removePart(PackagingURIHelper.createPartName(thumbnail.getTargetURI()));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("The deck's thumbnail could not be removed", e);
        }
    }

    /**
     * Removes the data stores a document management system keeps in a deck ({@code customXml/}: SharePoint's content
     * type, classification labels): they describe the first deck, not this one.
     */
    private static void removeCustomXml(PackagePart presentation) throws IOException {
        try {
            OPCPackage pack = presentation.getPackage();
            List<PackageRelationship> stores = new ArrayList<>();
            presentation.getRelationshipsByType(CUSTOM_XML).forEach(stores::add);
            for (PackageRelationship store : stores) {
                PackagePart part = presentation.getRelatedPart(store);
                presentation.removeRelationship(store.getId());
                if (part == null) {
                    continue;
                }
                List<PackagePart> properties = new ArrayList<>();
                for (PackageRelationship rel : part.getRelationships()) {
                    PackagePart target = rel.getTargetMode() == TargetMode.INTERNAL ? part.getRelatedPart(rel) : null;
                    if (target != null) {
                        properties.add(target);
                    }
                }
                pack.removePart(part);
                properties.forEach(pack::removePart);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("The deck's custom XML could not be removed", e);
        }
    }

    private int fill(List<WantedSlide> wanted, List<SkippedSlide> skipped, DeckExporter.Copied progress) {
        List<XSLFSlide> originals = List.copyOf(deck.getSlides());
        boolean[] kept = new boolean[originals.size()];
        List<XSLFSlide> order = new ArrayList<>();
        for (WantedSlide w : wanted) {
            try {
                if (w.source() == base && !kept[w.index()]) {
                    kept[w.index()] = true; // the copy's own slide, as it is
                    order.add(originals.get(w.index()));
                    keptSlides.put(originals.get(w.index()).getPackagePart(), w.ref());
                } else if (w.source() instanceof SourceFile.Pptx pptx) {
                    order.add(importedOrDrawn(w, pptx.show()));
                } else {
                    order.add(picture(w, null));
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Slide {} could not be copied into the deck", w.ref(), e);
                skipped.add(new SkippedSlide(w.ref(), w.ref() + " was left out: its " + w.source().unit()
                        + " could not be copied (something in it is of a kind the copy does not handle)."));
            }
            progress.advance();
        }
        for (int i = originals.size() - 1; i >= 0; i--) {
            if (!kept[i]) {
                deck.removeSlide(i); // the base deck's slides come first: removing from the end keeps the lower indices
            }
        }
        for (int i = 0; i < order.size(); i++) {
            deck.setSlideOrder(order.get(i), i);
            // a slide hidden in its deck (show="0") was picked for this one: it is shown (re-test 12 saw it skipped in
            // the slide show)
            order.get(i).setHidden(false);
        }
        return order.size();
    }

    /**
     * Leaves out of the deck the references to parts the first deck lacks (a damaged deck: slides re-test 22 #8), said
     * once: of the slide that refers to one, else of the first slide taken from that deck.
     */
    private void dropDanglingReferences() throws IOException {
        List<DanglingReferences.Dropped> dropped = DanglingReferences.drop(deck);
        if (dropped.isEmpty()) {
            return;
        }
        SlideRef slide = dropped.stream().map(d -> keptSlides.get(d.part())).filter(Objects::nonNull).findFirst().orElse(null);
        SlideRef named = slide != null ? slide : keptSlides.values().stream().findFirst().orElse(null);
        if (named == null) { // the copied slides of other decks never refer to a missing part: they go in as pictures
            LOG.warn("The deck referred to parts it does not hold: {}", dropped);
            return;
        }
        List<String> missing = dropped.stream().flatMap(d -> d.missing().stream()).distinct().toList();
        String listed = missing.size() <= 3 ? String.join(", ", missing)
                : String.join(", ", missing.subList(0, 3)) + " and " + (missing.size() - 3) + " more";
        String one = missing.size() == 1 ? "the reference was left out of this deck, so nothing shows where it was."
                : "the references were left out of this deck, so nothing shows where they were.";
        warnings.add(new SlideWarning(named, slide != null
                ? named + " refers to " + listed + ", which its deck lacks: " + one
                : named + " comes from a deck that refers to " + listed + ", which it lacks: " + one));
    }

    /**
     * A slide of another deck, copied, and fitted to this deck's page when its deck's differs (said in a warning); drawn
     * as its picture when something it refers to cannot be copied with it, or something on it cannot be fitted.
     */
    private XSLFSlide importedOrDrawn(WantedSlide w, XMLSlideShow show) throws IOException {
        XSLFSlide source = show.getSlides().get(w.index());
        Dimension2D from = SlideFitter.pageSize(show);
        Dimension2D to = SlideFitter.pageSize(deck);
        boolean fits = SlideFitter.sameSize(from, to);
        String sizes = fits ? null : w.ref() + " comes from a " + SlideFitter.describe(from, to) + " deck and ";
        String page = fits ? null : "this deck's " + SlideFitter.describe(to, from) + " page";
        try {
            XSLFSlide slide = imported(source, fits ? null : copy -> SlideFitter.fit(source, from, copy, to, scaledDrawings));
            if (!fits) {
                warnings.add(new SlideWarning(w.ref(), sizes + "was fitted to " + page + "."));
            }
            return slide;
        } catch (ForeignSlideCopier.NotCopyable e) {
            LOG.info("Slide {} goes in as its picture: {}", w.ref(), e.getMessage());
            return picture(w, w.ref() + " is in the deck as its picture: it refers to other parts of its own deck, which "
                    + "cannot be copied with it, so its text can no longer be edited or searched.");
        } catch (SlideFitter.NotFittable e) {
            LOG.info("Slide {} goes in as its picture: {}", w.ref(), e.getMessage());
            return picture(w, sizes + "is in the deck as its picture, fitted to " + page + ": " + e.getMessage()
                    + ", so its text can no longer be edited or searched.");
        }
    }

    /** What is done to a copied slide before it is kept. */
    @FunctionalInterface
    private interface Fitting {
        void fit(XSLFSlide copy) throws SlideFitter.NotFittable;
    }

    /**
     * A slide of another deck, copied with every part it refers to ({@link ForeignSlideCopier}) onto the matching
     * layout, fitted when {@code fitting} is not null, its notes' text copied; on any failure the copy is removed.
     */
    private XSLFSlide imported(XSLFSlide source, Fitting fitting)
            throws ForeignSlideCopier.NotCopyable, SlideFitter.NotFittable, IOException {
        XSLFSlide slide = copier.copy(source, matchingLayout(source.getSlideLayout()));
        try {
            if (fitting != null) {
                fitting.fit(slide);
            }
            copyNotes(source, slide);
            return slide;
        } catch (SlideFitter.NotFittable | RuntimeException e) {
            deck.removeSlide(deck.getSlides().indexOf(slide));
            throw e;
        }
    }

    /** The layout of the same name (as PowerPoint lists them), else of the same kind, else the blank one. */
    private XSLFSlideLayout matchingLayout(XSLFSlideLayout wanted) {
        if (wanted != null) {
            Optional<XSLFSlideLayout> named = layouts().filter(l -> l.getName() != null
                    && l.getName().equalsIgnoreCase(wanted.getName())).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            Optional<XSLFSlideLayout> sameKind = layouts().filter(l -> l.getType() == wanted.getType()).findFirst();
            if (sameKind.isPresent()) {
                return sameKind.get();
            }
        }
        return blankLayout();
    }

    private XSLFSlideLayout blankLayout() {
        return layouts().filter(l -> l.getType() == SlideLayout.BLANK).findFirst().orElse(layouts().findFirst().orElse(null));
    }

    private Stream<XSLFSlideLayout> layouts() {
        return deck.getSlideMasters().stream().map(XSLFSlideMaster::getSlideLayouts).flatMap(Stream::of);
    }

    /**
     * The speaker notes' text (the notes page's picture of the slide and its number come from the deck's notes master).
     * The master's date, header and footer are the first deck's (slides re-test 22 #9: "03/03/2017" on a slide of
     * another deck's notes): those placeholders are removed from the notes page made.
     */
    private void copyNotes(XSLFSlide source, XSLFSlide slide) {
        XSLFNotes notes = source.getNotes();
        String text = notes == null ? "" : notesText(notes);
        if (text.isBlank()) {
            return;
        }
        XSLFNotes made = deck.getNotesSlide(slide);
        for (XSLFShape shape : List.copyOf(made.getShapes())) {
            if (shape instanceof XSLFTextShape box && box.getTextType() != null
                    && FIRST_DECKS_OWN.contains(box.getTextType())) {
                made.removeShape(shape);
            }
        }
        for (XSLFShape shape : made.getShapes()) {
            if (shape instanceof XSLFTextShape box && box.getTextType() == Placeholder.BODY) {
                box.setText(text);
                return;
            }
        }
        made.createTextBox().setText(text);
    }

    /** The text of a notes page's body (what PowerPoint shows under the slide). */
    static String notesText(XSLFNotes notes) {
        List<String> parts = new ArrayList<>();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape box && box.getTextType() == Placeholder.BODY) {
                parts.add(box.getText());
            }
        }
        return String.join("\n", parts);
    }

    /**
     * A PDF page or an old .ppt slide, or a slide of another deck that cannot be copied, drawn, fitted on a blank slide
     * and centred.
     *
     * @param why for a PowerPoint slide that could not go in as a slide, the sentence saying so (a warning); else null
     */
    private XSLFSlide picture(WantedSlide w, String why) throws IOException {
        BufferedImage image = switch (w.source()) {
            case SourceFile.Pdf pdf -> SlidePictures.pdfPage(pdf, w.index());
            case SourceFile.DrawnSlides drawn -> SlidePictures.slide(drawn.show().getSlides().get(w.index()), drawn.pageSize());
            case SourceFile.Pptx pptx -> SlidePictures.slide(pptx.show().getSlides().get(w.index()), pptx.show().getPageSize());
        };
        String lacks = w.source() instanceof SourceFile.Pptx pptx
                ? SlidePictures.whatTheDrawingLacks(pptx.show().getSlides().get(w.index()), w.ref()) : null;
        XSLFSlide slide = deck.createSlide(blankLayout());
        try {
            XSLFPictureData data = deck.addPicture(SlidePictures.png(image), PictureData.PictureType.PNG);
            XSLFPictureShape shape = slide.createPicture(data);
            Dimension page = deck.getPageSize();
            double width = image.getWidth() / SlidePictures.SCALE;
            double height = image.getHeight() / SlidePictures.SCALE;
            double scale = Math.min(page.getWidth() / width, page.getHeight() / height);
            shape.setAnchor(new Rectangle2D.Double((page.getWidth() - width * scale) / 2, (page.getHeight() - height * scale) / 2,
                    width * scale, height * scale));
            if (why != null) {
                warnings.add(new SlideWarning(w.ref(), why));
            }
            if (lacks != null) {
                warnings.add(new SlideWarning(w.ref(), lacks));
            }
            return slide;
        } catch (IOException | RuntimeException e) {
            deck.removeSlide(deck.getSlides().indexOf(slide));
            throw e;
        }
    }

    /** The page size of a deck without a .pptx to start from: that of its first slide or page. */
    private static Dimension pageSize(WantedSlide first) {
        return switch (first.source()) {
            case SourceFile.Pptx pptx -> pptx.show().getPageSize();
            case SourceFile.DrawnSlides drawn -> drawn.pageSize();
            case SourceFile.Pdf pdf -> {
                var size = SlidePictures.pdfPageSize(pdf, first.index());
                yield new Dimension((int) Math.round(size.getWidth()), (int) Math.round(size.getHeight()));
            }
        };
    }
}
