package org.collateralfinder.assets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes OpenDocument text (.odt) and presentation (.odp) files by hand: the {@code mimetype} entry stored
 * first and uncompressed, then {@code content.xml}, {@code styles.xml}, {@code meta.xml} and the manifest,
 * as ODF 1.3 packages want.
 */
final class OpenDocumentWriter {

    private static final String TEXT_MIME = "application/vnd.oasis.opendocument.text";
    private static final String PRESENTATION_MIME = "application/vnd.oasis.opendocument.presentation";
    private static final String NAMESPACES = String.join(" ", "",
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"",
            "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"",
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"",
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"",
            "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"",
            "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"",
            "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"",
            "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"",
            "office:version=\"1.3\"");

    private OpenDocumentWriter() {
    }

    static void writeText(SampleDocument document, Path target) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append(paragraph("Subtitle", document.subtitle()));
        int tableCount = 0;
        for (SampleDocument.Section section : document.sections()) {
            body.append("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">")
                    .append(escape(section.heading())).append("</text:h>\n");
            for (String text : section.paragraphs()) {
                body.append(paragraph("Text_20_body", text));
            }
            body.append(bulletList(section.bullets(), "Text_20_body"));
            if (!section.table().isEmpty()) {
                body.append(textTable(section.table(), "Table" + ++tableCount));
            }
        }
        String content = xmlHeader() + "<office:document-content" + NAMESPACES + ">\n"
                + "<office:automatic-styles><style:style style:name=\"RuledCell\" style:family=\"table-cell\">"
                + "<style:table-cell-properties fo:padding=\"0.1cm\" fo:border-bottom=\"0.5pt solid "
                + BrandPalette.cssHex(BrandPalette.RULE) + "\"/></style:style></office:automatic-styles>\n"
                + "<office:body><office:text>\n"
                + "<text:h text:style-name=\"Title\" text:outline-level=\"1\">" + escape(document.title())
                + "</text:h>\n"
                + body
                + "</office:text></office:body></office:document-content>\n";
        writePackage(target, TEXT_MIME, content, textStyles(), document);
    }

    static void writePresentation(SampleDocument deck, Path target) throws IOException {
        StringBuilder pages = new StringBuilder();
        pages.append(slide(1, deck.title(), "TitleText", List.of(paragraph("SubtitleText", deck.subtitle()))));
        int number = 2;
        for (SampleDocument.Section section : deck.sections()) {
            StringBuilder outline = new StringBuilder();
            for (String text : section.paragraphs()) {
                outline.append(paragraph("BodyText", text));
            }
            outline.append(bulletList(section.bullets(), "BodyText"));
            pages.append(slide(number++, section.heading(), "SlideTitle", List.of(outline.toString())));
        }
        String blue = BrandPalette.cssHex(BrandPalette.DEEP_BLUE);
        String content = xmlHeader() + "<office:document-content" + NAMESPACES + ">\n"
                + "<office:automatic-styles>\n"
                + "<style:style style:name=\"TitleText\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"36pt\" fo:font-weight=\"bold\" fo:color=\"" + blue + "\"/></style:style>\n"
                + "<style:style style:name=\"SubtitleText\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"20pt\" fo:color=\"" + BrandPalette.cssHex(BrandPalette.TEAL) + "\"/></style:style>\n"
                + "<style:style style:name=\"SlideTitle\" style:family=\"paragraph\"><style:text-properties"
                + " fo:font-size=\"28pt\" fo:font-weight=\"bold\" fo:color=\"" + blue + "\"/></style:style>\n"
                + "<style:style style:name=\"BodyText\" style:family=\"paragraph\"><style:paragraph-properties"
                + " fo:margin-bottom=\"0.25cm\"/><style:text-properties fo:font-size=\"18pt\" fo:color=\""
                + BrandPalette.cssHex(BrandPalette.INK) + "\"/></style:style>\n"
                + "<style:style style:name=\"PlainFrame\" style:family=\"presentation\"><style:graphic-properties"
                + " draw:fill=\"none\" draw:stroke=\"none\" draw:textarea-vertical-align=\"top\"/></style:style>\n"
                + "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\""
                + " text:bullet-char=\"\u2022\" text:bullet-relative-size=\"100%\"><style:list-level-properties"
                + " text:space-before=\"0cm\" text:min-label-width=\"0.9cm\"/><style:text-properties"
                + " fo:color=\"" + BrandPalette.cssHex(BrandPalette.TEAL) + "\"/></text:list-level-style-bullet>"
                + "</text:list-style>\n"
                + "</office:automatic-styles>\n"
                + "<office:body><office:presentation>\n"
                + pages
                + "</office:presentation></office:body></office:document-content>\n";
        writePackage(target, PRESENTATION_MIME, content, presentationStyles(), deck);
    }

    private static String slide(int number, String title, String titleStyle, List<String> bodyParts) {
        return "<draw:page draw:name=\"Slide " + number + "\" draw:master-page-name=\"Default\">\n"
                + "<draw:frame presentation:class=\"title\" presentation:style-name=\"PlainFrame\""
                + " svg:x=\"1.5cm\" svg:y=\"0.8cm\" svg:width=\"25cm\" svg:height=\"2.6cm\"><draw:text-box>"
                + paragraph(titleStyle, title) + "</draw:text-box></draw:frame>\n"
                + "<draw:frame presentation:class=\"outline\" presentation:style-name=\"PlainFrame\""
                + " svg:x=\"1.5cm\" svg:y=\"3.8cm\" svg:width=\"25cm\""
                + " svg:height=\"10.8cm\"><draw:text-box>" + String.join("", bodyParts)
                + "</draw:text-box></draw:frame>\n"
                + "</draw:page>\n";
    }

    private static String paragraph(String style, String text) {
        return "<text:p text:style-name=\"" + style + "\">" + escape(text) + "</text:p>\n";
    }

    private static String bulletList(List<String> bullets, String paragraphStyle) {
        if (bullets.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<text:list text:style-name=\"Bullets\">\n");
        for (String bullet : bullets) {
            list.append("<text:list-item>").append(paragraph(paragraphStyle, bullet).strip())
                    .append("</text:list-item>\n");
        }
        return list.append("</text:list>\n").toString();
    }

    private static String textTable(List<List<String>> rows, String name) {
        StringBuilder table = new StringBuilder("<table:table table:name=\"").append(name)
                .append("\">\n<table:table-column table:number-columns-repeated=\"")
                .append(rows.getFirst().size()).append("\"/>\n");
        for (int r = 0; r < rows.size(); r++) {
            table.append(r == 0 ? "<table:table-header-rows><table:table-row>" : "<table:table-row>");
            for (String cell : rows.get(r)) {
                table.append("<table:table-cell table:style-name=\"RuledCell\" office:value-type=\"string\">")
                        .append(paragraph(r == 0 ? "Table_20_Heading" : "Table_20_Contents", cell).strip())
                        .append("</table:table-cell>");
            }
            table.append(r == 0 ? "</table:table-row></table:table-header-rows>\n" : "</table:table-row>\n");
        }
        return table.append("</table:table>\n").toString();
    }

    private static String textDocumentBulletStyle() {
        return "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\""
                + " text:bullet-char=\"\u2022\"><style:list-level-properties"
                + " text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment"
                + " text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.8cm\" fo:text-indent=\"-0.5cm\""
                + " fo:margin-left=\"0.8cm\"/></style:list-level-properties></text:list-level-style-bullet>"
                + "</text:list-style>\n";
    }

    private static String textStyles() {
        String blue = BrandPalette.cssHex(BrandPalette.DEEP_BLUE);
        String teal = BrandPalette.cssHex(BrandPalette.TEAL);
        return xmlHeader() + "<office:document-styles" + NAMESPACES + ">\n<office:styles>\n"
                + "<style:default-style style:family=\"paragraph\"><style:text-properties"
                + " style:font-name=\"Liberation Sans\" fo:font-family=\"'Liberation Sans', Arial\""
                + " fo:font-size=\"11pt\" fo:language=\"en\" fo:country=\"US\"/>"
                + "</style:default-style>\n"
                + paragraphStyle("Standard", "Standard", "", "")
                + paragraphStyle("Text_20_body", "Text body", "fo:margin-bottom=\"0.25cm\" fo:line-height=\"125%\"", "")
                + paragraphStyle("Title", "Title", "fo:margin-bottom=\"0.2cm\"",
                        "fo:font-size=\"24pt\" fo:font-weight=\"bold\" fo:color=\"" + blue + "\"")
                + paragraphStyle("Subtitle", "Subtitle", "fo:margin-bottom=\"0.5cm\"",
                        "fo:font-size=\"13pt\" fo:font-style=\"italic\" fo:color=\"" + teal + "\"")
                + paragraphStyle("Heading_20_1", "Heading 1", "fo:margin-top=\"0.45cm\" fo:margin-bottom=\"0.2cm\"",
                        "fo:font-size=\"15pt\" fo:font-weight=\"bold\" fo:color=\"" + teal + "\"")
                + paragraphStyle("Table_20_Contents", "Table Contents", "", "fo:font-size=\"10pt\"")
                + paragraphStyle("Table_20_Heading", "Table Heading", "",
                        "fo:font-size=\"10pt\" fo:font-weight=\"bold\"")
                + textDocumentBulletStyle()
                + "</office:styles>\n"
                + "<office:automatic-styles><style:page-layout style:name=\"PageLayout\"><style:page-layout-properties"
                + " fo:page-width=\"21.59cm\" fo:page-height=\"27.94cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\""
                + " fo:margin-left=\"2.2cm\" fo:margin-right=\"2.2cm\"/></style:page-layout>"
                + "</office:automatic-styles>\n"
                + "<office:master-styles><style:master-page style:name=\"Standard\""
                + " style:page-layout-name=\"PageLayout\"/>"
                + "</office:master-styles>\n</office:document-styles>\n";
    }

    private static String paragraphStyle(String name, String displayName, String paragraphProperties,
                                         String textProperties) {
        return "<style:style style:name=\"" + name + "\" style:display-name=\"" + displayName
                + "\" style:family=\"paragraph\""
                + (name.equals("Standard") ? "" : " style:parent-style-name=\"Standard\"") + ">"
                + (paragraphProperties.isEmpty() ? "" : "<style:paragraph-properties " + paragraphProperties + "/>")
                + (textProperties.isEmpty() ? "" : "<style:text-properties " + textProperties + "/>")
                + "</style:style>\n";
    }

    private static String presentationStyles() {
        return xmlHeader() + "<office:document-styles" + NAMESPACES + ">\n"
                + "<office:styles><style:style style:name=\"Band\" style:family=\"graphic\"><style:graphic-properties"
                + " draw:fill=\"solid\" draw:fill-color=\"" + BrandPalette.cssHex(BrandPalette.TEAL) + "\""
                + " draw:stroke=\"none\"/></style:style></office:styles>\n"
                + "<office:automatic-styles>"
                + "<style:page-layout style:name=\"SlideLayout\"><style:page-layout-properties fo:margin-top=\"0cm\""
                + " fo:margin-bottom=\"0cm\" fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"28cm\""
                + " fo:page-height=\"15.75cm\" style:print-orientation=\"landscape\"/></style:page-layout>"
                + "<style:style style:name=\"SlideBackground\" style:family=\"drawing-page\">"
                + "<style:drawing-page-properties"
                + " draw:fill=\"solid\" draw:fill-color=\"#ffffff\"/></style:style>"
                + "</office:automatic-styles>\n"
                + "<office:master-styles><style:master-page style:name=\"Default\""
                + " style:page-layout-name=\"SlideLayout\""
                + " draw:style-name=\"SlideBackground\"><draw:rect svg:x=\"0cm\" svg:y=\"0cm\" svg:width=\"28cm\""
                + " svg:height=\"0.35cm\" draw:style-name=\"Band\"/></style:master-page></office:master-styles>\n"
                + "</office:document-styles>\n";
    }

    private static void writePackage(Path target, String mimeType, String content, String styles,
                                     SampleDocument document) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ReproducibleZip zip = new ReproducibleZip(out)) {
            zip.addStored("mimetype", mimeType.getBytes(StandardCharsets.US_ASCII));
            zip.addCompressed("content.xml", content);
            zip.addCompressed("styles.xml", styles);
            zip.addCompressed("meta.xml", meta(document));
            zip.addCompressed("META-INF/manifest.xml", manifest(mimeType));
        }
    }

    private static String meta(SampleDocument document) {
        String created = document.created().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return xmlHeader() + "<office:document-meta"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">\n<office:meta>\n"
                + "<meta:generator>Collateral Finder sample generator</meta:generator>\n"
                + "<dc:title>" + escape(document.title()) + "</dc:title>\n"
                + "<dc:subject>" + escape(document.subtitle()) + "</dc:subject>\n"
                + keywords(document.keywords())
                + "<meta:initial-creator>" + escape(document.author()) + "</meta:initial-creator>\n"
                + "<dc:creator>" + escape(document.author()) + "</dc:creator>\n"
                + "<meta:creation-date>" + created + "</meta:creation-date>\n"
                + "<dc:date>" + created + "</dc:date>\n"
                + "<dc:language>en-US</dc:language>\n"
                + "</office:meta>\n</office:document-meta>\n";
    }

    private static String keywords(String commaSeparated) {
        StringBuilder xml = new StringBuilder();
        for (String keyword : commaSeparated.split(",")) {
            xml.append("<meta:keyword>").append(escape(keyword.strip())).append("</meta:keyword>\n");
        }
        return xml.toString();
    }

    private static String manifest(String mimeType) {
        return xmlHeader()
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">\n"
                + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
                + mimeType + "\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                + "</manifest:manifest>\n";
    }

    private static String xmlHeader() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
