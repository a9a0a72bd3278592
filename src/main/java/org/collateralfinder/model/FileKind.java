package org.collateralfinder.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The family a file belongs to, as a rep thinks of it: a PDF, a presentation, a spreadsheet...
 * The {@link #id()} is what the {@code type:} filter and the JSON {@code "type"} field use.
 */
public enum FileKind {
    PDF("pdf", "PDF", Set.of("pdf")),
    PRESENTATION("presentation", "Presentation", Set.of("ppt", "pptx", "pptm", "pps", "ppsx", "odp", "key", "potx")),
    DOCUMENT("document", "Document", Set.of("doc", "docx", "docm", "dot", "dotx", "odt", "rtf", "pages", "wpd")),
    SPREADSHEET("spreadsheet", "Spreadsheet", Set.of("xls", "xlsx", "xlsm", "xlsb", "ods", "numbers")),
    TEXT("text", "Text", Set.of("txt", "md", "markdown", "csv", "tsv", "log", "json", "xml")),
    WEB("html", "Web page", Set.of("html", "htm", "xhtml", "mht", "mhtml")),
    EMAIL("email", "E-mail", Set.of("eml", "msg", "mbox")),
    EBOOK("ebook", "E-book", Set.of("epub", "fb2")),
    ARCHIVE("archive", "Archive", Set.of("zip", "7z", "tar", "gz", "tgz", "bz2", "jar")),
    IMAGE("image", "Image", Set.of("png", "jpg", "jpeg", "gif", "tif", "tiff", "bmp", "svg", "webp")),
    OTHER("other", "Other", Set.of());

    private static final Map<String, FileKind> BY_EXTENSION;

    static {
        var map = new HashMap<String, FileKind>();
        for (FileKind kind : values()) {
            for (String ext : kind.extensions) {
                map.put(ext, kind);
            }
        }
        BY_EXTENSION = Map.copyOf(map);
    }

    private final String id;
    private final String label;
    private final Set<String> extensions;

    FileKind(String id, String label, Set<String> extensions) {
        this.id = id;
        this.label = label;
        this.extensions = extensions;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** The lower-case extension of a file name without the dot, or "" when it has none. */
    public static String extensionOf(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static FileKind ofExtension(String extension) {
        return BY_EXTENSION.getOrDefault(extension.toLowerCase(Locale.ROOT), OTHER);
    }

    /** The kind whose id or one of whose extensions is {@code word}, or null. */
    public static FileKind byIdOrExtension(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            if (kind.id.equals(w)) {
                return kind;
            }
        }
        return BY_EXTENSION.get(w);
    }

    public static boolean isKnownExtension(String extension) {
        return BY_EXTENSION.containsKey(extension.toLowerCase(Locale.ROOT));
    }

    /** What a file of this kind is divided into, for sentences: the slides of a presentation, the sheets of a workbook, else pages. */
    public String partName() {
        return this == PRESENTATION ? "slide" : this == SPREADSHEET ? "sheet" : "page";
    }

    /** {@link #partName()} of a file, by its name or path ("page" for a PDF's, "sheet" for a workbook's). */
    public static String partNameOf(String fileName) {
        return ofExtension(extensionOf(fileName)).partName();
    }
}
