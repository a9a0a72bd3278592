package org.collateralfinder.teamindex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.collateralfinder.index.CopiedIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a laptop deletes in its copy of a source's team index: every file the generation it searches does not need, as
 * soon as it searches it (re-test 13: the files of the generation before stayed until yet another one was copied, so
 * text the share no longer publishes stayed on the laptop). A search holding the older generation open keeps reading
 * it (on Windows the files it holds open cannot be deleted yet: they go at the next run), and a search in another
 * process that read the older description just before opens the new one instead ({@code CopiedIndexes}). Nothing is
 * deleted or listed through a symbolic link in the copy's folder (a link there was not made by this app; deleting it
 * deletes the link only).
 */
final class CopyFolderCleanUp {

    private static final Logger LOG = LoggerFactory.getLogger(CopyFolderCleanUp.class);

    private CopyFolderCleanUp() {
    }

    /**
     * Deletes what the commit now searched does not need: other folders, segments files first (so no commit is left
     * without its files), then the rest. Nothing when that commit cannot be read (the copy is checked, and copied
     * again, by the next run).
     */
    static void deleteUnneeded(Path home, CopiedIndex now) {
        Set<String> needed = new HashSet<>();
        try (Directory dir = FSDirectory.open(home.resolve(now.folder()))) {
            for (String name : SegmentInfos.readCommit(dir, now.segmentsFile()).files(true)) {
                needed.add(now.folder() + "/" + name);
            }
        } catch (IOException e) {
            LOG.warn("The team index copy {} cannot be read; nothing of it is deleted", now.segmentsFile(), e);
            return;
        }
        try (Stream<Path> folders = Files.list(home)) {
            // never through a link: what it points at is not the copy's (deleting an entry that is a link deletes the link)
            for (Path folder : folders.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                List<Path> files;
                try (Stream<Path> list = Files.list(folder)) {
                    files = new ArrayList<>(list.filter(p -> !needed.contains(folder.getFileName() + "/" + p.getFileName()))
                            .toList());
                }
                files.sort((a, b) -> Boolean.compare(!a.getFileName().toString().startsWith("segments"),
                        !b.getFileName().toString().startsWith("segments")));
                for (Path file : files) {
                    PublishedFolder.deleteQuietly(file);
                }
                if (needed.stream().noneMatch(n -> n.startsWith(folder.getFileName() + "/"))) {
                    PublishedFolder.deleteQuietly(folder);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not delete old team index files in {}; the next copy tries again", home, e);
        }
    }
}
