package org.collateralfinder.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lists the members of a ZIP archive from its central directory, without unpacking anything, and
 * flags members that are too large or compressed suspiciously well (zip bombs).
 */
public final class ArchiveLister {

    /** Archives with more members than this are indexed by name only. */
    public static final int MAX_MEMBERS = 10_000;
    private static final long BOMB_RATIO = 200;
    private static final long BOMB_MIN_BYTES = 10L * 1024 * 1024;

    /**
     * A member of an archive.
     *
     * @param refusal why the member will not be extracted (too large, looks like a bomb), or null
     */
    public record Member(String name, long size, long modifiedMillis, String refusal) {
    }

    private ArchiveLister() {
    }

    public static boolean handles(String extension) {
        return extension.equals("zip");
    }

    public static List<Member> list(Path archive, long maxMemberBytes) throws IOException {
        List<Member> members = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > MAX_MEMBERS) {
                throw new IOException("the archive has " + zip.size() + " members, more than the " + MAX_MEMBERS + " indexed");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String leaf = name.substring(name.lastIndexOf('/') + 1);
                if (leaf.isEmpty() || leaf.startsWith(".") || leaf.startsWith("~$") || name.startsWith("__MACOSX/")) {
                    continue;
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                String refusal = null;
                if (size > maxMemberBytes) {
                    refusal = "The archive member is " + size / (1024 * 1024) + " MB, over the extraction limit.";
                } else if (size > BOMB_MIN_BYTES && compressed > 0 && size / compressed > BOMB_RATIO) {
                    refusal = "The archive member expands " + size / compressed + " times; it looks like a zip bomb.";
                }
                members.add(new Member(name, Math.max(0, size), Math.max(0, entry.getTime()), refusal));
            }
        }
        return members;
    }
}
