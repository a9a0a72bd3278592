package org.collateralfinder.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.collateralfinder.extract.ArchiveLister;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.FailureReason;
import org.collateralfinder.model.FileKind;
import org.collateralfinder.model.IndexedFile;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.sources.ScannedFile;

/**
 * What one file becomes in the index: its extracted text and metadata, or the reason it has none
 * (too large, unreadable, corrupt archive), and for a zip archive one document per member,
 * with ids {@code archive!/member}. Safe to call from several threads at once.
 */
final class FileIndexing {

    /** Between an archive's path and a member's name in the member's id. */
    static final String MEMBER_SEPARATOR = IndexedFile.MEMBER_SEPARATOR;

    private final IndexService index;
    private final IsolatedExtractor extractor;

    FileIndexing(IndexService index, IsolatedExtractor extractor) {
        this.index = index;
        this.extractor = extractor;
    }

    /**
     * Indexes one file and an archive's members, counting each as added or updated, and failed.
     *
     * @throws IOException when the index cannot be written; a file that cannot be read is indexed with the reason
     */
    void index(WorkItem item, RunCounts counts) throws IOException {
        ScannedFile file = item.file();
        Path path = file.toPath();
        String id = file.path();
        String name = path.getFileName().toString();
        String ext = FileKind.extensionOf(name);
        String folder = path.getParent() == null ? "" : path.getParent().toString();
        Extraction extraction;
        String hash = null;
        List<ArchiveLister.Member> members = List.of();
        if (file.size() > extractor.limits().maxFileBytes()) {
            extraction = Extraction.failed(FailureReason.TOO_LARGE, "The file is " + file.size() / (1024 * 1024)
                    + " MB, over the " + extractor.limits().maxFileBytes() / (1024 * 1024) + " MB extraction limit.");
        } else {
            try {
                if (IsolatedExtractor.readsInProcess(ext, file.size())) {
                    byte[] bytes = Files.readAllBytes(path);
                    hash = ContentHasher.hash(bytes);
                    extraction = extractor.extract(ExtractionRequest.of(path), bytes, ext);
                } else {
                    hash = ContentHasher.hash(path);
                    if (ArchiveLister.handles(ext)) {
                        try {
                            members = ArchiveLister.list(path, extractor.limits().maxFileBytes());
                            extraction = Extraction.ok(String.join("\n", members.stream().map(ArchiveLister.Member::name).toList()),
                                    null, null, members.size(), "application/zip");
                        } catch (IOException e) {
                            extraction = Extraction.failed(FailureReason.CORRUPT, "The archive could not be opened: " + e.getMessage() + ".");
                        }
                    } else {
                        extraction = extractor.extract(ExtractionRequest.of(path));
                    }
                }
            } catch (NoSuchFileException e) {
                return; // deleted while we were indexing; the next run removes it
            } catch (IOException e) {
                extraction = Extraction.failed(FailureReason.UNREADABLE, "The file could not be read: " + e.getMessage() + ".");
            }
        }
        Document document = Schema.toDocument(
                toIndexedFile(id, item.source(), name, folder, ext, file.size(), file.modifiedMillis(), hash, extraction));
        Schema.addChangeTime(document, file.changedMillis());
        index.writer().updateDocument(new Term(Schema.ID, id), document);
        if (item.update()) {
            index.writer().deleteDocuments(new PrefixQuery(new Term(Schema.ID, id + MEMBER_SEPARATOR)));
        }
        counts.count(item.update());
        if (hash != null && item.previousHash() != null && !hash.equals(item.previousHash())) {
            counts.edited(new EditedFile(id, item.previousHash(), hash));
        }
        if (hash != null && !item.update()) {
            counts.appeared(id, hash);
        }
        if (!members.isEmpty()) {
            indexMembers(path, item.source(), file.modifiedMillis(), members, item.update(), counts);
        }
    }

    private void indexMembers(Path archive, String source, long archiveModified, List<ArchiveLister.Member> members,
                              boolean update, RunCounts counts) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ArchiveLister.Member member : members) {
                String id = archive + MEMBER_SEPARATOR + member.name();
                String leaf = member.name().substring(member.name().lastIndexOf('/') + 1);
                String ext = FileKind.extensionOf(leaf);
                String hash = null;
                Extraction extraction;
                if (member.refusal() != null) {
                    extraction = Extraction.failed(FailureReason.TOO_LARGE, member.refusal());
                } else {
                    ZipEntry entry = zip.getEntry(member.name());
                    byte[] bytes = null;
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (IsolatedExtractor.readsInProcess(ext, member.size())) {
                            bytes = in.readNBytes((int) IsolatedExtractor.IN_PROCESS_MAX_BYTES);
                            hash = ContentHasher.hash(bytes);
                        } else {
                            hash = ContentHasher.hash(in, extractor.limits().maxFileBytes());
                        }
                        extraction = extractor.extract(new ExtractionRequest(archive, member.name()), bytes, ext);
                    } catch (IOException e) {
                        extraction = Extraction.failed(FailureReason.CORRUPT, "The archive member could not be read: " + e.getMessage() + ".");
                    }
                }
                long modified = member.modifiedMillis() > 0 ? member.modifiedMillis() : archiveModified;
                String folder = archive + MEMBER_SEPARATOR + (member.name().contains("/")
                        ? member.name().substring(0, member.name().lastIndexOf('/')) : "");
                write(toIndexedFile(id, source, leaf, folder, ext, member.size(), modified, hash, extraction));
                counts.count(update);
                if (hash != null && !update) {
                    counts.appeared(id, hash);
                }
            }
        }
    }

    /** Adds the file's document, or replaces the one with its id. */
    private void write(IndexedFile indexed) throws IOException {
        index.writer().updateDocument(new Term(Schema.ID, indexed.id()), Schema.toDocument(indexed));
    }

    private static IndexedFile toIndexedFile(String id, String source, String name, String folder, String ext, long size,
                                             long modified, String hash, Extraction e) {
        return new IndexedFile(id, source, name, folder, ext, FileKind.ofExtension(ext), size, modified, hash,
                TitleCleaner.clean(e.title()), e.author(), e.pages(), e.contentType(), e.text(), e.failure(), e.detail(),
                e.pageStarts());
    }
}
