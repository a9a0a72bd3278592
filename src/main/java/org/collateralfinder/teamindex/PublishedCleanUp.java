package org.collateralfinder.teamindex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the publisher deletes in its published folder, and only that: Lucene files (and {@code .partial} files)
 * no kept generation lists, in {@code files-N} folders, the folders once empty, and manifests of expired
 * generations in {@code history/}. Nothing is ever deleted, listed or read through a symbolic link: a
 * {@code files-N}, {@code history} or file that is a link was not written by a publisher, and what it points at may
 * be outside the share ({@link PublishTarget#check} refuses a folder holding one before anything is written; this
 * class skips one that appears meanwhile).
 */
final class PublishedCleanUp {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedCleanUp.class);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final TeamIndexPublisher.Options options;
    private final Clock clock;

    PublishedCleanUp(TeamIndexPublisher.Options options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** Whether {@code p} is a folder itself, not a symbolic link to one. */
    static boolean isRealFolder(Path p) {
        return Files.isDirectory(p, NOFOLLOW);
    }

    /** Whether {@code p} is a regular file itself, not a symbolic link to one. */
    static boolean isRealFile(Path p) {
        return Files.isRegularFile(p, NOFOLLOW);
    }

    /**
     * What a clean-up deleted: the generations whose manifests it deleted, those it deleted at once because this
     * publisher cannot vouch for them ({@link PublisherRecord}) apart.
     *
     * @param deleted    every generation whose manifest was deleted, oldest first
     * @param unvouched  of those, the ones this publisher did not publish (deleted whatever their age)
     */
    record Deleted(List<Long> deleted, List<Long> unvouched) {
        static final Deleted NONE = new Deleted(List.of(), List.of());
    }

    /**
     * Deletes what no kept generation needs: every Lucene file in a folder some manifest names that neither
     * the current manifest nor a kept one lists (also files a killed publisher left behind), then manifests
     * in {@code history/} of generations replaced more than {@link TeamIndexPublisher.Options#keepFor} ago (beyond
     * the {@link TeamIndexPublisher.Options#keepGenerations} newest), each once its files are gone (one that could not
     * be deleted keeps the manifest that names its folder, for the next clean-up). A {@code files-N} folder no manifest
     * names (what a publisher killed while writing it left) loses its Lucene files, and goes, once last written more
     * than {@code keepFor} ago (before that it may be another publisher's, still writing). Nothing else is ever
     * deleted: a file of another name, or a link, was not written by a publisher. A generation {@code record} does
     * not cover (this publisher did not publish it) is deleted at once, whatever its age.
     */
    Deleted cleanUp(PublishedFolder folder, PublisherRecord record) {
        List<Long> deleted = new ArrayList<>();
        List<Long> unvouched = new ArrayList<>();
        try {
            if (!isRealFolder(folder.history())) {
                LOG.warn("{} is not a folder of its own (a symbolic link?); nothing is cleaned up", folder.history());
                return Deleted.NONE;
            }
            Manifest current = Manifest.read(folder.manifest());
            List<Manifest> history = new ArrayList<>();
            Set<Long> foreign = new HashSet<>();
            try (Stream<Path> files = Files.list(folder.history())) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (!PublishTarget.isHistoryFile(name) || !isRealFile(p)) {
                        continue; // not written by a publisher: never deleted
                    }
                    Manifest m = name.endsWith(PublishedFolder.PARTIAL) ? null : TeamIndexPublisher.readQuietly(p);
                    if (m == null || m.generation() >= current.generation()) {
                        if (name.endsWith(PublishedFolder.PARTIAL) || m != null && m.generation() > current.generation()) {
                            Files.deleteIfExists(p); // left by a publisher killed before its manifest
                        }
                        continue;
                    }
                    history.add(m);
                    if (!record.covers(p)) {
                        foreign.add(m.generation());
                    }
                }
            }
            history.sort(Comparator.comparingLong(Manifest::generation).reversed());
            List<Manifest> kept = new ArrayList<>(List.of(current));
            List<Manifest> expired = new ArrayList<>();
            Set<String> published = new HashSet<>(List.of(current.filesFolder()));
            history.forEach(m -> published.add(m.filesFolder()));
            Instant now = clock.instant();
            String replacedAt = current.publishedAt();
            for (int i = 0; i < history.size(); i++) {
                Manifest m = history.get(i);
                boolean recent = Duration.between(Instant.parse(replacedAt), now).compareTo(options.keepFor()) < 0;
                // one this publisher did not publish may hold anything (text read through a link out of the share by
                // an older version): not kept for copies under way, which then fail safely and keep what they had
                if (!foreign.contains(m.generation()) && (i < options.keepGenerations() || recent)) {
                    kept.add(m);
                } else {
                    expired.add(m);
                }
                replacedAt = m.publishedAt();
            }
            Map<String, Set<String>> needed = new HashMap<>();
            for (Manifest m : kept) {
                Set<String> names = needed.computeIfAbsent(m.filesFolder(), f -> new HashSet<>());
                m.files().forEach(e -> names.add(e.name()));
            }
            try (Stream<Path> folders = Files.list(folder.root())) {
                for (Path f : folders.filter(p -> isRealFolder(p) && (published.contains(p.getFileName().toString())
                        || leftBehind(p, now))).toList()) {
                    cleanFilesFolder(f, needed.get(f.getFileName().toString()));
                }
            }
            for (Manifest m : expired) { // last: until then they name the folders to clean
                Path files = folder.files(m.filesFolder());
                Set<String> stillNeeded = needed.getOrDefault(m.filesFolder(), Set.of());
                if (isRealFolder(files) && m.files().stream().anyMatch(e -> !stillNeeded.contains(e.name())
                        && Files.exists(files.resolve(e.name()), NOFOLLOW))) {
                    // a file that could not be deleted now (held open): the manifest stays, so the next clean-up still
                    // knows the folder is the publisher's and deletes what is left of it
                    LOG.info("Generation {} keeps its manifest until {} holds none of its files", m.generation(), files);
                    continue;
                }
                Files.deleteIfExists(folder.history(m.generation()));
                deleted.add(m.generation());
                if (foreign.contains(m.generation())) {
                    unvouched.add(m.generation());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cleaning up older generations in {} failed; the next publication tries again", folder.root(), e);
        }
        deleted.sort(Comparator.naturalOrder());
        unvouched.sort(Comparator.naturalOrder());
        return new Deleted(List.copyOf(deleted), List.copyOf(unvouched));
    }

    /** Deletes the Lucene and {@code .partial} files of a real {@code files-N} folder not in {@code names}; the folder too when null. */
    private static void cleanFilesFolder(Path f, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.list(f)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if ((names == null || !names.contains(name)) && PublishTarget.isPublishedFile(name) && isRealFile(file)) {
                    PublishedFolder.deleteQuietly(file); // a laptop may hold it open a little longer
                }
            }
        }
        if (names == null) {
            PublishedFolder.deleteQuietly(f); // stays when something else is in it
        }
    }

    /** Whether {@code p} is a {@code files-N} folder no manifest names, last written more than keepFor ago. */
    private boolean leftBehind(Path p, Instant now) {
        try {
            return PublishTarget.isFilesFolder(p.getFileName().toString()) && isRealFolder(p)
                    && !PublishedFolder.lastWritten(p).plus(options.keepFor()).isAfter(now);
        } catch (IOException e) {
            return false; // gone meanwhile, or unreadable: the next clean-up looks again
        }
    }
}
