package org.collateralfinder.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Walks every relationship of a .pptx opened as a plain zip, as PowerPoint resolves them: each internal target is a
 * part of the package with a content type that fits the relationship's type; each relationship id used in a part's
 * XML ({@code r:embed}, {@code r:dm}, {@code r:id} …) is one of that part's relationships, of the type its element
 * needs; a diagram's data names its drawing by a relationship of the slide. Re-test 17 found references to the wrong
 * parts and to nothing in decks reported as written.
 */
public final class PptxPackageCheck {

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_R = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String PML = "application/vnd.openxmlformats-officedocument.presentationml.";
    private static final String DML = "application/vnd.openxmlformats-officedocument.drawingml.";

    /** The content type a relationship's target must have, by the relationship type's last word. */
    private static final Map<String, Predicate<String>> CONTENT_OF = Map.ofEntries(
            Map.entry("slide", is(PML + "slide+xml")),
            Map.entry("slideLayout", is(PML + "slideLayout+xml")),
            Map.entry("slideMaster", is(PML + "slideMaster+xml")),
            Map.entry("notesSlide", is(PML + "notesSlide+xml")),
            Map.entry("notesMaster", is(PML + "notesMaster+xml")),
            Map.entry("theme", is("application/vnd.openxmlformats-officedocument.theme+xml")),
            Map.entry("diagramData", is(DML + "diagramData+xml")),
            Map.entry("diagramLayout", is(DML + "diagramLayout+xml")),
            Map.entry("diagramQuickStyle", is(DML + "diagramStyle+xml")),
            Map.entry("diagramColors", is(DML + "diagramColors+xml")),
            Map.entry("diagramDrawing", is("application/vnd.ms-office.drawingml.diagramDrawing+xml")),
            Map.entry("chart", is(DML + "chart+xml")),
            Map.entry("image", t -> t.startsWith("image/")),
            Map.entry("video", t -> t.startsWith("video/")),
            Map.entry("audio", t -> t.startsWith("audio/")),
            Map.entry("media", t -> t.startsWith("video/") || t.startsWith("audio/")));

    /** The relationship type an attribute's id must have, by "element@attribute" (local names). */
    private static final Map<String, List<String>> TYPE_OF = Map.ofEntries(
            Map.entry("relIds@dm", List.of("diagramData")),
            Map.entry("relIds@lo", List.of("diagramLayout")),
            Map.entry("relIds@qs", List.of("diagramQuickStyle")),
            Map.entry("relIds@cs", List.of("diagramColors")),
            Map.entry("blip@embed", List.of("image")),
            Map.entry("blip@link", List.of("image")),
            Map.entry("media@embed", List.of("media")),
            Map.entry("media@link", List.of("media")),
            Map.entry("videoFile@link", List.of("video")),
            Map.entry("audioFile@link", List.of("audio")),
            Map.entry("hlinkClick@id", List.of("hyperlink", "slide")),
            Map.entry("hlinkHover@id", List.of("hyperlink", "slide")),
            Map.entry("chart@id", List.of("chart")),
            Map.entry("sldId@id", List.of("slide")),
            Map.entry("sldLayoutId@id", List.of("slideLayout")),
            Map.entry("sldMasterId@id", List.of("slideMaster")));

    private record Relationship(String id, String type, String target, boolean external) {
        String kind() {
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }

    private PptxPackageCheck() {
    }

    private static Predicate<String> is(String contentType) {
        return contentType::equals;
    }

    /**
     * The .pptx files under a test's folder, but for those in its folder of sources and those that are no zip at all
     * (a test's stand-in for an earlier file, "kept"): every deck written is a zip.
     */
    public static List<Path> decksWritten(Path folder, String sources) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pptx") && Files.isRegularFile(f)
                    && !f.startsWith(folder.resolve(sources)) && isZip(f)).sorted().toList();
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == 'P' && start[1] == 'K';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that every deck under a test's folder (not its sources) is whole. */
    public static void assertDecksWhole(Path folder, String sources) throws Exception {
        for (Path deck : decksWritten(folder, sources)) {
            List<String> problems = problems(deck);
            if (!problems.isEmpty()) {
                throw new AssertionError(deck + " has broken relationships: " + problems);
            }
        }
    }

    /** Every broken reference of the package, one line each; empty for a sound package. */
    public static List<String> problems(Path pptx) throws Exception {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(pptx.toFile())) {
            Map<String, String> defaults = new HashMap<>();
            Map<String, String> overrides = new HashMap<>();
            Document types = parse(zip, zip.getEntry("[Content_Types].xml"));
            for (Element e : elements(types, CONTENT_TYPES, "Default")) {
                defaults.put(e.getAttribute("Extension").toLowerCase(Locale.ROOT), e.getAttribute("ContentType"));
            }
            for (Element e : elements(types, CONTENT_TYPES, "Override")) {
                overrides.put(e.getAttribute("PartName").substring(1), e.getAttribute("ContentType"));
            }
            Map<String, Map<String, Relationship>> relsOf = new LinkedHashMap<>();
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".rels")).toList()) {
                String name = entry.getName();
                String source = name.substring(0, name.length() - ".rels".length()).replace("_rels/", "");
                Map<String, Relationship> rels = new LinkedHashMap<>();
                for (Element e : elements(parse(zip, entry), PACKAGE_R, "Relationship")) {
                    boolean external = "External".equals(e.getAttribute("TargetMode"));
                    String target = external ? e.getAttribute("Target") : resolve(source, e.getAttribute("Target"));
                    Relationship rel = new Relationship(e.getAttribute("Id"), e.getAttribute("Type"), target, external);
                    rels.put(rel.id(), rel);
                    if (external) {
                        continue;
                    }
                    String contentType = contentType(target, defaults, overrides);
                    if (zip.getEntry(target) == null) {
                        problems.add(source + " " + rel.id() + " (" + rel.kind() + ") -> " + target + " is not in the package");
                    } else if (contentType == null) {
                        problems.add(source + " " + rel.id() + " -> " + target + " has no content type");
                    } else if (CONTENT_OF.containsKey(rel.kind()) && !CONTENT_OF.get(rel.kind()).test(contentType)) {
                        problems.add(source + " " + rel.id() + " (" + rel.kind() + ") -> " + target + " is " + contentType);
                    }
                }
                relsOf.put(source, rels);
            }
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".xml")).toList()) {
                Map<String, Relationship> rels = relsOf.getOrDefault(entry.getName(), Map.of());
                Document xml = parse(zip, entry);
                NodeList all = xml.getElementsByTagNameNS("*", "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    NamedNodeMap attributes = element.getAttributes();
                    for (int a = 0; a < attributes.getLength(); a++) {
                        Attr attribute = (Attr) attributes.item(a);
                        if (!R.equals(attribute.getNamespaceURI()) || attribute.getValue().isEmpty()) {
                            continue;
                        }
                        String use = element.getLocalName() + "@" + attribute.getLocalName();
                        Relationship rel = rels.get(attribute.getValue());
                        if (rel == null) {
                            problems.add(entry.getName() + " " + use + "=" + attribute.getValue() + " is no relationship");
                        } else if (TYPE_OF.containsKey(use) && !TYPE_OF.get(use).contains(rel.kind())) {
                            problems.add(entry.getName() + " " + use + "=" + attribute.getValue() + " is a " + rel.kind());
                        }
                    }
                }
            }
            for (Map.Entry<String, Map<String, Relationship>> part : relsOf.entrySet()) {
                for (Relationship rel : part.getValue().values()) {
                    if (!rel.kind().equals("diagramData") || zip.getEntry(rel.target()) == null) {
                        continue;
                    }
                    for (Element ext : elements(parse(zip, zip.getEntry(rel.target())), "*", "dataModelExt")) {
                        Relationship drawing = part.getValue().get(ext.getAttribute("relId"));
                        if (drawing == null || !drawing.kind().equals("diagramDrawing")) {
                            problems.add(rel.target() + " names its drawing " + ext.getAttribute("relId") + ", which in "
                                    + part.getKey() + " is " + (drawing == null ? "no relationship" : "a " + drawing.kind()));
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static String contentType(String part, Map<String, String> defaults, Map<String, String> overrides) {
        String override = overrides.get(part);
        if (override != null) {
            return override;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A relationship's target as a zip entry name: relative to its source part's folder, unless it starts with /. */
    private static String resolve(String source, String target) {
        String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            return decoded.substring(1);
        }
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        return Path.of("/" + folder).resolve(decoded).normalize().toString().substring(1);
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = zip.getInputStream(entry)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new IOException(entry.getName() + " could not be read", e);
        }
    }

    private static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
