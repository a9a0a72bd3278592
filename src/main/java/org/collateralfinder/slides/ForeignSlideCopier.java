package org.collateralfinder.slides;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/**
 * Copies a slide of another deck into the deck being built, with every part it refers to. POI's
 * {@code importContent} copied the slide's XML with its relationship ids as they were but made new relationships only
 * for pictures, numbered afresh: a SmartArt diagram's data then pointed at its layout part and its colours at the notes,
 * a video at the slide layout, and diagram drawings, media, linked pictures and hyperlinks were lost (re-test 17). Here
 * the slide's XML is copied whole; each part it refers to (pictures, media, diagram parts, charts, tags, and what those
 * refer to in turn) is copied under a new name with its own relationships; each external target (a hyperlink, a
 * linked picture or video) stays external; and every relationship id in the slide is changed to the new one.
 * A slide that refers to a part that cannot be copied on its own (another slide, a layout, a master) is refused with
 * {@link NotCopyable}, so that it goes in as its picture; a hyperlink to another slide of its deck is dropped, since
 * that slide is not in this one.
 */
final class ForeignSlideCopier {

    /** A slide whose references cannot all be copied. */
    static final class NotCopyable extends Exception {
        NotCopyable(String message) {
            super(message);
        }
    }

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final String PML = "application/vnd.openxmlformats-officedocument.presentationml.";
    private static final String DIAGRAM_DATA = "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml";
    private static final String DIAGRAM_EXT = "http://schemas.microsoft.com/office/drawing/2008/diagram";
    /** What a slide's own layout and notes are: the copy gets the deck's layout and its notes' text apart. */
    private static final Set<String> MADE_APART = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide",
            // comments name their authors in the source deck's list: they stay behind, as the notes' formatting does
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
            "http://schemas.microsoft.com/office/2018/10/relationships/comments");
    /** Parts that belong to the source deck as a whole, not to one slide: never copied. */
    private static final Set<String> DECK_PARTS = Set.of(PML + "slide+xml", PML + "slideLayout+xml", PML + "slideMaster+xml",
            PML + "notesSlide+xml", PML + "notesMaster+xml", PML + "handoutMaster+xml", PML + "presentation.main+xml",
            PML + "commentAuthors+xml", PML + "presProps+xml", PML + "viewProps+xml",
            "application/vnd.openxmlformats-officedocument.theme+xml");

    private final XMLSlideShow deck;
    /** Parts already copied, by the source's part (a picture used by two slides of one deck is copied once). */
    private final Map<PackagePart, PackagePartName> copied = new IdentityHashMap<>();

    ForeignSlideCopier(XMLSlideShow deck) {
        this.deck = deck;
    }

    /** A copy of {@code source} on {@code layout} (the deck's first when null), at the end of the deck. */
    XSLFSlide copy(XSLFSlide source, XSLFSlideLayout layout) throws NotCopyable, IOException {
        XmlObject xml = source.getXmlObject().copy();
        XSLFSlide slide = layout == null ? deck.createSlide() : deck.createSlide(layout);
        try {
            PackagePart from = source.getPackagePart();
            PackagePart to = slide.getPackagePart();
            Map<String, String> ids = new HashMap<>();
            Set<String> elsewhere = new HashSet<>();
            List<PackageRelationship> diagramData = new ArrayList<>();
            for (PackageRelationship rel : from.getRelationships()) {
                if (MADE_APART.contains(rel.getRelationshipType())) {
                    continue;
                }
                if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                    ids.put(rel.getId(), to.addExternalRelationship(rel.getTargetURI().toString(), rel.getRelationshipType()).getId());
                    continue;
                }
                PackagePart target = from.getRelatedPart(rel);
                if (target == null || DECK_PARTS.contains(target.getContentType())) {
                    elsewhere.add(rel.getId()); // a hyperlink to another slide of its deck, say
                } else if (DIAGRAM_DATA.equals(target.getContentType())) {
                    diagramData.add(rel); // names its drawing by a relationship of the slide: copied when all are known
                } else {
                    ids.put(rel.getId(), to.addRelationship(copyPart(target, null), TargetMode.INTERNAL,
                            rel.getRelationshipType()).getId());
                }
            }
            for (PackageRelationship rel : diagramData) {
                ids.put(rel.getId(), to.addRelationship(copyPart(from.getRelatedPart(rel), ids), TargetMode.INTERNAL,
                        rel.getRelationshipType()).getId());
            }
            renumber(xml, ids, elsewhere);
            setKeepingShapeTree(slide, xml);
            return slide;
        } catch (NotCopyable | IOException | RuntimeException e) {
            deck.removeSlide(deck.getSlides().indexOf(slide));
            throw e;
        } catch (InvalidFormatException e) {
            deck.removeSlide(deck.getSlides().indexOf(slide));
            throw new IOException(e);
        }
    }

    /**
     * Makes the new slide's XML the copy's. Not by {@code set} on the whole slide: POI keeps the shape tree of a new
     * slide, and a tree replaced so is a disconnected one, on which {@code getShapes()} fails (fitting the slide to the
     * page reads its shapes). The tree keeps its node and takes the copy's content; all around it is replaced.
     */
    private static void setKeepingShapeTree(XSLFSlide slide, XmlObject xml) {
        QName cSld = new QName(P, "cSld");
        QName spTree = new QName(P, "spTree");
        XmlObject target = slide.getXmlObject();
        XmlObject targetCSld = child(target, cSld);
        XmlObject targetTree = child(targetCSld, spTree);
        XmlObject sourceCSld = child(xml, cSld);
        targetTree.set(child(sourceCSld, spTree));
        replaceAround(targetCSld, sourceCSld, targetTree);
        replaceAround(target, xml, targetCSld);
    }

    private static XmlObject child(XmlObject parent, QName name) {
        try (XmlCursor cursor = parent.newCursor()) {
            if (!cursor.toChild(name)) {
                throw new IllegalStateException("A slide without " + name.getLocalPart());
            }
            return cursor.getObject();
        }
    }

    /**
     * Gives {@code target} the namespaces, attributes and children of {@code source}, in order, except that its child
     * {@code kept} stays (the node itself) where {@code source} has the child of that name.
     */
    private static void replaceAround(XmlObject target, XmlObject source, XmlObject kept) {
        QName keptName;
        try (XmlCursor cursor = kept.newCursor()) {
            keptName = cursor.getName();
        }
        try (XmlCursor t = target.newCursor(); XmlCursor s = source.newCursor()) {
            // attributes and namespace declarations (mc:Ignorable names prefixes that must stay declared)
            t.toNextToken();
            while (t.currentTokenType().isAttr() || t.currentTokenType().isNamespace()) {
                t.removeXml();
            }
            s.toNextToken();
            while (s.currentTokenType().isAttr() || s.currentTokenType().isNamespace()) {
                if (s.currentTokenType().isNamespace()) {
                    t.insertNamespace(s.getName().getLocalPart(), s.getName().getNamespaceURI());
                } else {
                    t.insertAttributeWithValue(s.getName(), s.getTextValue());
                }
                s.toNextToken();
            }
        }
        try (XmlCursor t = target.newCursor()) {
            List<XmlObject> others = new ArrayList<>();
            for (boolean more = t.toFirstChild(); more; more = t.toNextSibling()) {
                if (!t.getName().equals(keptName)) {
                    others.add(t.getObject());
                }
            }
            for (XmlObject other : others) {
                try (XmlCursor remove = other.newCursor()) {
                    remove.removeXml();
                }
            }
        }
        try (XmlCursor s = source.newCursor(); XmlCursor before = kept.newCursor(); XmlCursor after = target.newCursor()) {
            after.toEndToken();
            boolean seen = false;
            for (boolean more = s.toFirstChild(); more; more = s.toNextSibling()) {
                if (s.getName().equals(keptName)) {
                    seen = true;
                } else {
                    s.copyXml(seen ? after : before);
                }
            }
        }
    }

    /**
     * Changes each relationship id in the slide's XML to its copy's; drops a hyperlink to a slide left behind.
     *
     * @throws NotCopyable when an id names no relationship that was copied
     */
    private static void renumber(XmlObject xml, Map<String, String> ids, Set<String> elsewhere) throws NotCopyable {
        List<XmlObject> droppedLinks = new ArrayList<>();
        try (XmlCursor cursor = xml.newCursor()) {
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (!token.isAttr()) {
                    continue;
                }
                QName name = cursor.getName();
                String id = cursor.getTextValue();
                if (!R.equals(name.getNamespaceURI()) || id.isEmpty()) {
                    continue;
                }
                if (ids.containsKey(id)) {
                    cursor.setTextValue(ids.get(id));
                    continue;
                }
                try (XmlCursor owner = cursor.newCursor()) {
                    owner.toParent();
                    String element = owner.getName().getLocalPart();
                    if (elsewhere.contains(id) && element.startsWith("hlink")) {
                        droppedLinks.add(owner.getObject());
                    } else {
                        throw new NotCopyable(element + " refers to " + id + ", which cannot be copied with the slide");
                    }
                }
            }
        }
        for (XmlObject link : droppedLinks) {
            try (XmlCursor cursor = link.newCursor()) {
                cursor.removeXml();
            }
        }
    }

    /**
     * Copies a part and, in turn, what it refers to, keeping its relationship ids (its XML uses them); the name is
     * the source's with a number added, so that it meets no part of the deck and no name POI gives new parts later.
     *
     * @param slideIds for a diagram's data, the slide's relationship ids as copied (it names its drawing by one)
     */
    private PackagePartName copyPart(PackagePart part, Map<String, String> slideIds)
            throws NotCopyable, IOException, InvalidFormatException {
        PackagePartName done = slideIds == null ? copied.get(part) : null;
        if (done != null) {
            return done;
        }
        OPCPackage pack = deck.getPackage();
        PackagePartName name = freeName(pack, part.getPartName().getName());
        PackagePart made = pack.createPart(name, part.getContentType());
        if (slideIds == null) {
            copied.put(part, name);
        }
        try (InputStream in = part.getInputStream(); OutputStream out = made.getOutputStream()) {
            if (slideIds == null) {
                in.transferTo(out);
            } else {
                out.write(withDrawingRenamed(in, slideIds));
            }
        }
        for (PackageRelationship rel : part.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                made.addExternalRelationship(rel.getTargetURI().toString(), rel.getRelationshipType(), rel.getId());
                continue;
            }
            PackagePart target = part.getRelatedPart(rel);
            if (target == null || DECK_PARTS.contains(target.getContentType())) {
                throw new NotCopyable(part.getPartName() + " refers to " + rel.getTargetURI() + ", which is no part of its own");
            }
            made.addRelationship(copyPart(target, null), TargetMode.INTERNAL, rel.getRelationshipType(), rel.getId());
        }
        return name;
    }

    /** A diagram's data, naming its drawing ({@code dsp:dataModelExt relId}) by the slide's new relationship id. */
    private static byte[] withDrawingRenamed(InputStream in, Map<String, String> slideIds) throws IOException {
        try {
            XmlObject data = XmlObject.Factory.parse(in);
            for (XmlObject ext : data.selectPath("declare namespace dsp='" + DIAGRAM_EXT + "' .//dsp:dataModelExt")) {
                try (XmlCursor cursor = ext.newCursor()) {
                    String old = cursor.getAttributeText(new QName("relId"));
                    if (old != null && slideIds.containsKey(old)) {
                        cursor.setAttributeText(new QName("relId"), slideIds.get(old));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            data.save(bytes);
            return bytes.toByteArray();
        } catch (XmlException e) {
            throw new IOException("A diagram's data could not be read", e);
        }
    }

    private static PackagePartName freeName(OPCPackage pack, String sourceName) throws InvalidFormatException {
        int dot = sourceName.lastIndexOf('.');
        int slash = sourceName.lastIndexOf('/');
        String stem = dot > slash ? sourceName.substring(0, dot) : sourceName;
        String extension = dot > slash ? sourceName.substring(dot) : "";
        for (int n = 1; ; n++) {
            PackagePartName name = PackagingURIHelper.createPartName(stem + "-copy" + n + extension);
            if (!pack.containPart(name)) {
                return name;
            }
        }
    }
}
