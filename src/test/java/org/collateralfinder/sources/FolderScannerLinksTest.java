package org.collateralfinder.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.collateralfinder.task.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which path the walk takes for a file or folder reached through a symbolic link inside the source: the
 * real path when the target is inside the source too, else the link's (the first in name order of several).
 */
class FolderScannerLinksTest {

    @TempDir
    Path tmp;

    /** The local file system, each listing in reverse name order (a directory's order is the file system's). */
    private static final FileSystemAccess REVERSED = new FileSystemAccess() {
        @Override
        public List<Entry> list(Path directory) throws IOException {
            List<Entry> entries = new ArrayList<>(LOCAL.list(directory));
            entries.sort((a, b) -> b.path().compareTo(a.path()));
            return entries;
        }

        @Override
        public Entry stat(Path path) throws IOException {
            return LOCAL.stat(path);
        }
    };

    private static ScanResult scan(Path root, FileSystemAccess fs, List<String> excludes) {
        return new FolderScanner(ExcludeRules.withExtra(excludes), fs, 4).scan(root, Cancellation.none());
    }

    private static List<String> files(ScanResult scan) {
        return scan.files().stream().map(f -> f.path().toString()).toList();
    }

    private static List<String> skipped(ScanResult scan) {
        return scan.skipped().stream().map(s -> s.path() + ": " + s.reason()).toList();
    }

    @Test
    void aFolderOrFileLinkedInsideTheSourceIsWalkedAtItsRealPathOnly() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("sk"));
        Path year = Files.createDirectories(source.resolve("decks/2025"));
        Files.writeString(year.resolve("d.txt"), "kiwiword deck");
        Files.createSymbolicLink(source.resolve("latest"), Path.of("decks/2025"));
        Files.createSymbolicLink(source.resolve("current.txt"), Path.of("decks/2025/d.txt"));
        Files.createSymbolicLink(source.resolve("gone"), Path.of("decks/2024")); // broken

        for (FileSystemAccess fs : List.of(FileSystemAccess.LOCAL, REVERSED)) {
            ScanResult scan = scan(source, fs, List.of());

            assertThat(files(scan)).containsExactly(year.resolve("d.txt").toString());
            assertThat(skipped(scan)).containsExactly(
                    source.resolve("current.txt") + ": a symbolic link to " + year.resolve("d.txt")
                            + " in the same source, indexed at that path",
                    source.resolve("gone") + ": broken symbolic link",
                    source.resolve("latest") + ": a symbolic link to " + year + " in the same source, indexed at that path");
        }
    }

    @Test
    void aLinkWhoseTargetIsLeftOutAtItsRealPathOrOutsideTheSourceIsFollowed() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("sk"));
        Path archived = Files.createDirectories(source.resolve("Archive/2025"));
        Files.writeString(archived.resolve("a.txt"), "archived");
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/x"));
        Files.writeString(outside.resolve("o.txt"), "outside");
        Files.createSymbolicLink(source.resolve("current"), Path.of("Archive/2025"));
        Files.createSymbolicLink(source.resolve("ext"), outside);

        ScanResult scan = scan(source, FileSystemAccess.LOCAL, List.of("Archive/"));

        assertThat(files(scan)).containsExactly(source.resolve("current/a.txt").toString(),
                source.resolve("ext/o.txt").toString());
        assertThat(skipped(scan)).isEmpty();
    }

    @Test
    void aLinkIntoAFolderLeftOutIsLeftOutWithIt() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("sk"));
        Path otherSource = Files.createDirectories(tmp.resolve("s2/sub"));
        Files.writeString(otherSource.resolve("o.txt"), "in another source");
        Path data = Files.createDirectories(tmp.resolve("data/offline"));
        Files.writeString(data.resolve("copy.txt"), "an offline copy");
        Files.createSymbolicLink(source.resolve("tos2"), otherSource);
        Files.createSymbolicLink(source.resolve("o.txt"), otherSource.resolve("o.txt"));
        Files.createSymbolicLink(source.resolve("copies"), data);
        Files.createSymbolicLink(source.resolve("copy.txt"), data.resolve("copy.txt"));
        Files.writeString(source.resolve("own.txt"), "own");
        Map<Path, String> leftOut = Map.of(tmp.resolve("s2"), "", tmp.resolve("data"), "the data folder, never indexed");

        ScanResult scan = new FolderScanner(ExcludeRules.defaults(), FileSystemAccess.LOCAL, 4, leftOut)
                .scan(source, Cancellation.none());

        assertThat(files(scan)).containsExactly(source.resolve("own.txt").toString());
        assertThat(skipped(scan)).containsExactly(source.resolve("copies") + ": the data folder, never indexed",
                source.resolve("copy.txt") + ": the data folder, never indexed");
    }

    @Test
    void aFolderOutsideTheSourceReachedThroughSeveralLinksIsWalkedAtTheShallowestFirstInNameOrder() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("sk"));
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/x"));
        Files.writeString(outside.resolve("o.txt"), "outside");
        Files.createSymbolicLink(source.resolve("b"), outside);
        Files.createSymbolicLink(source.resolve("c"), outside);
        Files.createSymbolicLink(Files.createDirectories(source.resolve("a")).resolve("deep"), outside);

        for (FileSystemAccess fs : List.of(FileSystemAccess.LOCAL, REVERSED)) {
            ScanResult scan = scan(source, fs, List.of());

            assertThat(files(scan)).containsExactly(source.resolve("b/o.txt").toString());
            assertThat(skipped(scan)).containsExactly(
                    source.resolve("a/deep") + ": the same folder is already walked through another path",
                    source.resolve("c") + ": the same folder is already walked through another path");
        }
    }
}
