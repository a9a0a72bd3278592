package org.collateralfinder.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

/**
 * Removes from a deck being written every relationship that leads to a part the deck does not hold, and the references
 * to it in its part's XML ({@code r:embed} and the like). A damaged deck the export starts from can lack a picture its
 * theme or a slide refers to (slides re-test 22 #8: three such references went on into the output, which PowerPoint
 * offers to repair); the copy is then left with nothing where the picture was, as its own deck shows it.
 */
final class DanglingReferences {

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A part of the deck and the names of the parts it refers to that are not there. */
    record Dropped(PackagePart part, List<String> missing) {
    }

    private DanglingReferences() {
    }

    /** Removes the relationships to missing parts; returns what was removed, by the part that referred to them. */
    static List<Dropped> drop(XMLSlideShow deck) throws IOException {
        Map<PackagePart, XmlObject> xmlOf = new IdentityHashMap<>();
        collectXml(deck, xmlOf, Collections.newSetFromMap(new IdentityHashMap<>()));
        List<Dropped> dropped = new ArrayList<>();
        try {
            for (PackagePart part : deck.getPackage().getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                Map<String, String> gone = new LinkedHashMap<>(); // relationship id -> target's name
                for (PackageRelationship rel : part.getRelationships()) {
                    if (rel.getTargetMode() == TargetMode.INTERNAL && !leadsToAPart(part, rel)) {
                        gone.put(rel.getId(), PackagingURIHelper.resolvePartUri(part.getPartName().getURI(), rel.getTargetURI())
                                .getPath().replaceFirst("^/", ""));
                    }
                }
                if (gone.isEmpty()) {
                    continue;
                }
                gone.keySet().forEach(part::removeRelationship);
                XmlObject xml = xmlOf.get(part);
                if (xml != null) {
                    removeReferences(xml, gone.keySet()); // POI writes this XML over the part when the deck is saved
                } else if (part.getContentType().endsWith("xml")) {
                    rewrite(part, gone.keySet());
                }
                dropped.add(new Dropped(part, List.copyOf(new LinkedHashSet<>(gone.values()))));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("The deck's relationships could not be read", e);
        }
        return dropped;
    }

    private static boolean leadsToAPart(PackagePart part, PackageRelationship rel) {
        try {
            return part.getRelatedPart(rel) != null;
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return false; // a target that names no part at all
        }
    }

    /** The XML POI holds for each part it read as a slide, layout, master, notes page or theme. */
    private static void collectXml(POIXMLDocumentPart document, Map<PackagePart, XmlObject> xmlOf, Set<POIXMLDocumentPart> seen) {
        if (!seen.add(document)) {
            return;
        }
        if (document instanceof XSLFSheet sheet) {
            xmlOf.put(sheet.getPackagePart(), sheet.getXmlObject());
        } else if (document instanceof XSLFTheme theme) {
            xmlOf.put(theme.getPackagePart(), theme.getXmlObject());
        }
        for (POIXMLDocumentPart related : document.getRelations()) {
            collectXml(related, xmlOf, seen);
        }
    }

    /** Removes each attribute of the relationships namespace that names one of {@code ids}. */
    private static void removeReferences(XmlObject xml, Set<String> ids) {
        try (XmlCursor cursor = xml.newCursor()) {
            while (cursor.hasNextToken()) {
                XmlCursor.TokenType token = cursor.toNextToken();
                if (token.isAttr() && R.equals(cursor.getName().getNamespaceURI()) && ids.contains(cursor.getTextValue())) {
                    cursor.removeXml(); // the cursor is on the next token now
                    cursor.toPrevToken();
                }
            }
        }
    }

    /** As {@link #removeReferences}, for a part POI keeps as its bytes. */
    private static void rewrite(PackagePart part, Set<String> ids) throws IOException {
        XmlObject xml;
        try (InputStream in = part.getInputStream()) {
            xml = XmlObject.Factory.parse(in);
        } catch (XmlException e) {
            return; // not XML after all: nothing in it names a relationship the way PowerPoint reads it
        }
        removeReferences(xml, ids);
        try (OutputStream out = part.getOutputStream()) {
            xml.save(out);
        }
    }
}
