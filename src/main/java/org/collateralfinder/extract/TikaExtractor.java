package org.collateralfinder.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.BoundedInputStream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.OfficePackageLimit;
import org.collateralfinder.model.SymbolCharacters;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Apache Tika with its standard parsers, in this process. Used inside the isolated worker process;
 * call it directly only for trusted files (tests, the sample collateral).
 */
public final class TikaExtractor implements TextExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;
    private final long maxFileBytes;

    public TikaExtractor(int maxChars, long maxFileBytes) {
        this.maxChars = maxChars;
        this.maxFileBytes = maxFileBytes;
        // after the parser is made: loading Tika's Office parser sets POI's limit on a package's parts (to 10,000 in
        // this version); it is the app's own, the one decks are exported with (slides re-test 20 #2), whatever Tika's is
        ZipSecureFile.setMaxFileCount(OfficePackageLimit.MAX_PARTS);
    }

    @Override
    public Extraction extract(ExtractionRequest request) {
        Extraction read = extractWithTika(request);
        if (!read.succeeded() && request.member() == null) {
            int parts = zipParts(request.file());
            if (parts > OfficePackageLimit.MAX_PARTS) { // said as it is, as slides export says it, not as damaged
                return Extraction.failed(FailureReason.TOO_LARGE, "The file " + OfficePackageLimit.tooManyParts(parts) + ".");
            }
        }
        return read;
    }

    /** How many entries a file has as a zip, or 0 when it is none. */
    private static int zipParts(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size();
        } catch (IOException e) {
            return 0;
        }
    }

    private Extraction extractWithTika(ExtractionRequest request) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.resourceName());
        // the text as BodyContentHandler(maxChars) writes it, into a writer whose length marks each page's start
        StringWriter text = new StringWriter();
        PageMarks handler = new PageMarks(new BodyContentHandler(new WriteOutContentHandler(text, maxChars)), text);
        try {
            if (request.member() == null) {
                try (TikaInputStream in = TikaInputStream.get(request.file(), metadata)) {
                    parser.parse(in, handler, metadata, context(handler));
                }
            } else {
                parseMember(request, metadata, handler);
            }
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return Extraction.failed(FailureReason.CORRUPT, "The file's structure could not be read: "
                        + oneLine(e) + ".");
            }
            // Text beyond the cap is dropped; what was read is indexed.
        } catch (ZeroByteFileException e) {
            return Extraction.ok("", null, null, 0, null);
        } catch (EncryptedDocumentException e) {
            return Extraction.failed(FailureReason.ENCRYPTED, "The file is password-protected.");
        } catch (UnsupportedFormatException e) {
            return Extraction.failed(FailureReason.UNSUPPORTED, "This version of the format is not supported: "
                    + oneLine(e) + ".");
        } catch (TikaException e) {
            return classifyTikaFailure(e);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Extraction.failed(FailureReason.UNREADABLE, "The file could not be opened: " + oneLine(e) + ".");
        } catch (IOException e) {
            return Extraction.failed(FailureReason.CORRUPT, "The file could not be read to the end: " + oneLine(e) + ".");
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.failed(FailureReason.CORRUPT, "The parser could not make sense of the file: "
                    + oneLine(e) + ".");
        } catch (LinkageError e) {
            return classifyMissingLibrary(e);
        }
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        if (noReaderFor(metadata) && !isMedia(contentType)) {
            return Extraction.failed(FailureReason.UNSUPPORTED, "No reader for this kind of file ("
                    + baseType(contentType) + "); it is found by its name.");
        }
        PageMarks.Paged paged = handler.paged(text.toString(), contentType);
        // symbol-font bullets read as private-use characters: the characters they look like, one for one
        Extraction read = Extraction.ok(SymbolCharacters.inReadText(paged.text()), metadata.get(TikaCoreProperties.TITLE),
                metadata.get(TikaCoreProperties.CREATOR), pageCount(metadata), contentType, paged.starts());
        if (request.member() == null && isOfficeZip(contentType) && !opensAsAWhole(request.file())) {
            return read.damaged(FailureReason.CORRUPT, CUT_OFF); // its words are still found
        }
        return read;
    }

    static final String CUT_OFF = "The file is cut off or damaged: it cannot be opened as a whole (a copy that did not "
            + "finish, perhaps).";

    /** The Office formats that are zip packages (Word, Excel, PowerPoint since 2007; OpenDocument). */
    private static boolean isOfficeZip(String contentType) {
        return contentType != null && (contentType.contains("openxmlformats") || contentType.contains("opendocument")
                || contentType.contains("macroenabled"));
    }

    /**
     * Whether a zip package's directory (at its end) can be read. Tika reads a package whose end is missing (a copy
     * cut off half way) entry by entry from the start, and indexed half a deck as if it were whole: grouped with the
     * intact deck as its newer version, it stood in its place in the results with slides that cannot be opened
     * (re-test 17). Such a file is damaged, and listed so (the programs that made it cannot open it either); the text
     * read is kept, so its words are still found, but it never stands for the intact deck.
     */
    private static boolean opensAsAWhole(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether Tika detected the type but no parser of this build reads it (its fallback, the empty parser,
     * was the only one used): formats the build leaves out of Tika (README, Packaging) and formats Tika has
     * no parser for at all.
     */
    private static boolean noReaderFor(Metadata metadata) {
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy.length == 0) {
            return false;
        }
        for (String parser : parsedBy) {
            if (!parser.equals(EmptyParser.class.getName()) && !parser.equals(DefaultParser.class.getName())) {
                return false;
            }
        }
        return true;
    }

    /** Pictures, sound and video hold no text to search: found by name and type, not listed as failures. */
    private static boolean isMedia(String contentType) {
        return contentType != null && (contentType.startsWith("image/") || contentType.startsWith("audio/")
                || contentType.startsWith("video/"));
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "unknown type";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    /**
     * A parser reached for a library this build leaves out (README, Packaging): BouncyCastle, which PDFBox
     * only needs for PDFs encrypted for certificates (those can only be opened with a recipient's private
     * key anyway), or a parser module's dependency.
     */
    private static Extraction classifyMissingLibrary(LinkageError e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption.")) {
                return Extraction.failed(FailureReason.ENCRYPTED,
                        "The file is encrypted for particular recipients' certificates.");
            }
        }
        return Extraction.failed(FailureReason.UNSUPPORTED,
                "This build has no reader for a part of this file's format; it is found by its name.");
    }

    private void parseMember(ExtractionRequest request, Metadata metadata, PageMarks handler)
            throws IOException, SAXException, TikaException {
        try (ZipFile zip = new ZipFile(request.file().toFile())) {
            ZipEntry entry = zip.getEntry(request.member());
            if (entry == null) {
                throw new NoSuchFileException(request.toString());
            }
            try (InputStream raw = zip.getInputStream(entry);
                 TikaInputStream in = TikaInputStream.get(new BoundedInputStream(maxFileBytes, raw))) {
                parser.parse(in, handler, metadata, context(handler));
            }
        }
    }

    /**
     * Embedded documents (a chart's workbook inside a deck) are parsed by this same parser: without it,
     * Tika builds a new parser and configuration for each one, probing for external programs each time.
     * Tika's own extractor parses them, telling the page marks which text is an embedded document's (its
     * pages are not the file's: a PDF attached to a PDF writes its pages after the page it hangs on). Their
     * names stay out of the text: the parts of a package are named by the program that wrote it ("image4.jpeg",
     * "Microsoft_Excel_Worksheet1.xlsx"), words nobody reads on the slide (slides re-test 20, finding 6).
     */
    private ParseContext context(PageMarks marks) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(context) {
            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                    throws SAXException, IOException {
                marks.enterEmbedded(metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID));
                try {
                    super.parseEmbedded(stream, handler, metadata, outputHtml);
                } finally {
                    marks.leaveEmbedded();
                }
            }
        };
        embedded.setWriteFileNameToContent(false);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        return context;
    }

    private static Extraction classifyTikaFailure(TikaException e) {
        String message = String.valueOf(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof org.apache.poi.EncryptedDocumentException
                    || root.getClass().getSimpleName().contains("InvalidPassword")) {
                return Extraction.failed(FailureReason.ENCRYPTED, "The file is password-protected.");
            }
        }
        if (message.contains("No parser") || message.contains("Unsupported")) {
            return Extraction.failed(FailureReason.UNSUPPORTED, "No reader for this kind of file.");
        }
        return Extraction.failed(FailureReason.CORRUPT, "The file is damaged or not what its name says: "
                + oneLine(e) + ".");
    }

    private static int pageCount(Metadata metadata) {
        for (var property : new Property[] {
                PagedText.N_PAGES, Office.SLIDE_COUNT, Office.PAGE_COUNT}) {
            String value = metadata.get(property);
            if (value != null) {
                try {
                    return Integer.parseInt(value.strip());
                } catch (NumberFormatException ignored) {
                    // try the next property
                }
            }
        }
        return 0;
    }

    /** The first line of a throwable's message, without class names, for a user-facing sentence. */
    static String oneLine(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = "no detail given";
        }
        message = message.replaceAll("[\\r\\n]+", " ")
                // Tika's wrapper of a parser's failure ("TIKA-198: Illegal IOException from <parser>")
                .replaceAll("TIKA-198: Illegal [\\w.$]*(Exception|Error) from ", "the reading failed in ")
                .replaceAll("\\b[\\w.$]*(Exception|Error)\\b:?\\s*", "")
                // a parser printed as an object ("org.apache...OOXMLParser@2503ec73") is named by its class
                .replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)@[0-9a-f]+\\b", "$1").strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
