package org.collateralfinder.model;

/**
 * Everything the index keeps about one file (or one member of an archive).
 *
 * @param id             stable key: the absolute path, members as {@code /abs/archive.zip!/member}
 * @param source         the source folder the file was found in
 * @param modifiedMillis last-modified time of the file (of the archive, for members)
 * @param failure        why the contents could not be read, or null
 * @param pageStarts     where each page, slide or sheet starts in {@code text}; none for files without pages
 */
public record IndexedFile(String id, String source, String fileName, String folder, String extension,
                          FileKind kind, long size, long modifiedMillis, String contentHash, String title,
                          String author, int pages, String contentType, String text,
                          FailureReason failure, String failureDetail, PageStarts pageStarts) {

    public IndexedFile {
        pageStarts = pageStarts == null ? PageStarts.NONE : pageStarts;
    }

    /** A file whose text has no pages marked. */
    public IndexedFile(String id, String source, String fileName, String folder, String extension, FileKind kind,
                       long size, long modifiedMillis, String contentHash, String title, String author, int pages,
                       String contentType, String text, FailureReason failure, String failureDetail) {
        this(id, source, fileName, folder, extension, kind, size, modifiedMillis, contentHash, title, author, pages,
                contentType, text, failure, failureDetail, PageStarts.NONE);
    }

    /** Between an archive's path and a member's name in a member's id: {@code /abs/archive.zip!/member}. */
    public static final String MEMBER_SEPARATOR = "!/";
}
