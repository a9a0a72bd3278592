package org.collateralfinder.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * Which curation belongs to which file of an index: the one place search (ranking, filters, badges and JSON),
 * {@code curate list} and the window ask. Curation is given on a file's content, so identical copies share it and it
 * follows renames and moves; a file edited in place keeps the curation of the contents it had before, by the rule
 * feedback follows ({@link FeedbackByFile#contentsOf(Map, KnownFile)} over {@link CurrentFeedback#carried}): a
 * content no indexed file has any more, that was at a path now holding other content (it was curated there, or this
 * computer saw the file there edited from it), was that file's. A file's curation is the latest one over its contents,
 * so marketing curating the new version replaces it. The file that replaces a retired one is found by its content
 * and the same rule, never by a path that now holds something else. A snapshot of the index it was built for
 * ({@link Curations#byFile}); {@link #isCurrent} tells when curation or edits changed since.
 */
public final class CurationByFile {

    private final FeedbackDatabase database;
    private final CurrentFeedback view;
    private final long viewVersion;
    private final long curationVersion;
    private final Map<String, Curation> byContent;
    private final IndexedContents index;
    private final LocalDate today;
    /** The files that carry earlier curated contents: their path to their contents, their own first. */
    private final Map<String, List<String>> carrying;
    /** Whether each file read on disk ({@link #editedSince}) did not have the curated content, by path and content. */
    private final Map<String, Boolean> editedOnDisk = new ConcurrentHashMap<>();

    CurationByFile(FeedbackDatabase database, long curationVersion, Map<String, Curation> byContent,
                   IndexedContents index, LocalDate today) {
        this.database = database;
        this.view = database.current();
        this.viewVersion = view.version(); // before reading it: a change meanwhile makes this snapshot out of date
        this.curationVersion = curationVersion;
        this.byContent = byContent;
        this.index = index;
        this.today = today;
        this.carrying = byContent.isEmpty() ? Map.of() : view.carried(index, byContent.keySet());
    }

    /** False once curations, edits or moves were stored after this was built (build another then). */
    public boolean isCurrent() {
        return database.loadedView() == view && view.version() == viewVersion
                && database.curationVersion() == curationVersion;
    }

    /** Whether nothing is curated. */
    public boolean isEmpty() {
        return byContent.isEmpty();
    }

    /** Today, as expiry is judged. */
    public LocalDate today() {
        return today;
    }

    /** The file's curation: the latest over its content and the contents it had before an edit in place. */
    public Optional<Curation> of(KnownFile file) {
        return latest(FeedbackByFile.contentsOf(carrying, file));
    }

    /**
     * The curation a file has now when it was saved over since the index run this was built for: the latest of its
     * curation by the index ({@link #of}) and the one its content on disk has (a curated deck copied over it has that
     * deck's curation).
     *
     * @param indexed the file as the index holds it
     * @param onDisk  the same file with its content on disk now
     */
    public Optional<Curation> of(KnownFile indexed, KnownFile onDisk) {
        return indexed.equals(onDisk) ? of(indexed)
                : Stream.of(of(indexed), of(onDisk)).flatMap(Optional::stream).max(Curation.ORDER);
    }

    /**
     * The indexed files whose curation is one of these ({@link #of}): they hold its content, or carry it from before an
     * edit in place. Sorted by path, each with the content the index holds.
     */
    public List<KnownFile> curatedWith(Collection<Curation> curations) {
        Set<UUID> ids = new HashSet<>();
        Set<String> contents = new HashSet<>();
        curations.forEach(curation -> {
            ids.add(curation.id());
            contents.add(curation.contentHash());
        });
        Map<String, String> candidates = new TreeMap<>();
        index.pathsOf(contents).forEach((hash, paths) -> paths.forEach(path -> candidates.put(path, hash)));
        carrying.forEach((path, held) -> {
            if (held.stream().anyMatch(contents::contains)) {
                candidates.putIfAbsent(path, held.getFirst());
            }
        });
        List<KnownFile> files = new ArrayList<>();
        candidates.forEach((path, hash) -> {
            KnownFile file = new KnownFile(hash, path);
            if (of(file).filter(curation -> ids.contains(curation.id())).isPresent()) {
                files.add(file);
            }
        });
        return files;
    }

    /**
     * Whether the file was edited since it was curated: its curation is of another content than the index holds, and
     * the file on disk does not have the curation's content either. A file saved over and then curated as it is on disk
     * ({@link Curations#onDisk}) was not edited since, also before the next index run reads it (issue 16 re-test, minor
     * 2 and 7: {@code curate list}, and search's "· edited since"). Reads the file when the contents differ, once for
     * this snapshot (background threads).
     */
    public boolean editedSince(KnownFile file, Curation curation) {
        if (file.contentHash().equals(curation.contentHash())) {
            return false;
        }
        return editedOnDisk.computeIfAbsent(file.path() + "\n" + curation.contentHash(),
                key -> editedSinceOnDisk(file, curation.contentHash()));
    }

    /**
     * The rule of {@link #editedSince} and {@link Listed#editedSince}, uncached: the index's content is not the curated
     * one, and the file on disk now does not have it either (a file inside an archive, or one unread: the index's).
     */
    private static boolean editedSinceOnDisk(KnownFile file, String curatedContent) {
        return !file.contentHash().equals(curatedContent)
                && !Curations.onDisk(List.of(file), null).files().getFirst().contentHash().equals(curatedContent);
    }

    private Optional<Curation> latest(List<String> contents) {
        return contents.stream().map(byContent::get).filter(curation -> curation != null).max(Curation.ORDER);
    }

    /** The files whose curation passes the test, as search selects them ({@link FeedbackByFile.Matching}). */
    public FeedbackByFile.Matching where(Predicate<Curation> test) {
        Set<String> contents = new HashSet<>();
        byContent.forEach((hash, curation) -> {
            if (test.test(curation)) {
                contents.add(hash);
            }
        });
        Set<String> paths = new HashSet<>();
        carrying.forEach((path, held) -> latest(held).filter(test).ifPresent(curation -> paths.add(path)));
        return new FeedbackByFile.Matching(contents, Set.copyOf(carrying.keySet()), paths);
    }

    /**
     * Where the file that replaces a retired one is now: an indexed file with its content (the path the curator named,
     * if it is one of them, else the first by path), else the file carrying that content from before an edit in place.
     * Empty when no replacement was named, or when it is no longer found: never a path that now holds other content.
     * A curation that names a replacement by path only (no content) is taken at its word.
     */
    public Optional<String> replacementOf(Curation curation) {
        String hash = curation.replacedByHash();
        if (hash == null) {
            return Optional.ofNullable(curation.replacedBy());
        }
        Map<String, List<String>> holding = index.pathsOf(Set.of(hash));
        return FeedbackByFile.whereNow(hash, curation.replacedBy(), holding,
                holding.containsKey(hash) ? Map.of() : view.carried(index, Set.of(hash)));
    }

    /**
     * Where a rep following "use X" should go now: the replacement, and when that was retired itself since, its own
     * replacement, and so on (curation re-test 21, finding 6: reps were sent to a retired file).
     *
     * @param path    the file at the end of the chain, or null when no replacement is named or it is no longer found
     * @param retired whether that file is retired itself, with no replacement to follow
     */
    public record Replacement(String path, boolean retired) {
    }

    /** The file a retired file sends reps to now ({@link Replacement}), following replacements that were retired since. */
    public Replacement replacementNow(Curation curation) {
        Set<String> seen = new HashSet<>();
        seen.add(curation.contentHash());
        Curation at = curation;
        String path = replacementOf(curation).orElse(null);
        while (path != null) {
            String hash = at.replacedByHash();
            Optional<Curation> its = hash == null ? Optional.empty() : of(new KnownFile(hash, path));
            if (its.isEmpty() || its.get().state() != CurationState.RETIRED) {
                return new Replacement(path, false);
            }
            Optional<String> next = replacementOf(its.get());
            if (next.isEmpty() || !seen.add(its.get().contentHash())) {
                return new Replacement(path, true);
            }
            at = its.get();
            path = next.get();
        }
        return new Replacement(null, false);
    }

    /** Whether a curation names a replacement that is no longer found ({@link #replacementOf} is empty). */
    public boolean replacementLost(Curation curation) {
        return curation.replacedByHash() != null && replacementOf(curation).isEmpty();
    }

    /**
     * A curated file as {@code curate list} shows it.
     *
     * @param indexed whether the index has it; else it is a curated content no file has, shown where it was curated
     */
    public record Listed(String path, String contentHash, Curation curation, boolean indexed) {

        /**
         * Whether the file was edited since it was curated: its curation is of another content than the index holds,
         * and the file on disk does not have the curation's content either. A file saved over and then curated as it
         * is on disk ({@link Curations#onDisk}) was not edited since, also before the next index run reads it (issue 16
         * re-test, minor 2). Reads the file when the contents differ (background threads).
         */
        public boolean editedSince() {
            return indexed && editedSinceOnDisk(new KnownFile(contentHash, path), curation.contentHash());
        }
    }

    /**
     * Every curated file of {@code indexed} (the files this was built for) by path, then every curated content no
     * file has or carries, where it was curated.
     */
    public List<Listed> all(Collection<KnownFile> indexed) {
        List<Listed> listed = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        indexed.stream().sorted(Comparator.comparing(KnownFile::path)).forEach(file -> {
            List<String> contents = FeedbackByFile.contentsOf(carrying, file);
            latest(contents).ifPresent(curation -> {
                listed.add(new Listed(file.path(), file.contentHash(), curation, true));
                shown.addAll(contents);
            });
        });
        byContent.values().stream().filter(curation -> !shown.contains(curation.contentHash()))
                .sorted(Curation.ORDER)
                .forEach(curation -> listed.add(new Listed(curation.path(), curation.contentHash(), curation, false)));
        return listed;
    }
}
