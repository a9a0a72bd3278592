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
 * What a laptop deletes in its copy of a source's team index once it searches a new generation: the files neither
 * that generation nor the one before needs. Nothing is deleted or listed through a symbolic link in the copy's folder
 * (a link there was not made by this app; deleting it deletes the link only).
 */
final class CopyFolderCleanUp {

    private static final Logger LOG = LoggerFactory.getLogger(CopyFolderCleanUp.class);

    private CopyFolderCleanUp() {
    }

    /**
     * Deletes what neither the commit now searched nor the one before needs (a search in another process may
     * have just opened it): other folders, segments files first (so no commit is left without its files),
     * then the rest.
     */
    static void deleteUnneeded(Path home, Manifest now, CopiedIndex before) {
        Set<String> needed = new HashSet<>();
        now.files().forEach(e -> needed.add(now.filesFolder() + "/" + e.name()));
        if (before != null) {
            try (Directory dir = FSDirectory.open(home.resolve(before.folder()))) {
                for (String name : SegmentInfos.readCommit(dir, before.segmentsFile()).files(true)) {
                    needed.add(before.folder() + "/" + name);
                }
            } catch (IOException e) {
                LOG.debug("The previous copy {} is not complete; it is not kept", before.segmentsFile(), e);
            }
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
