package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.collateralfinder.model.BidiControls;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.sources.ContentHasher;

/**
 * Marketing's curation: a file (by its content) is official, a draft or retired, with an optional expiry date,
 * owner and the file that replaces it. The window and the command line both curate through {@link #curate} and
 * read curation here; search ranks and filters with {@link #current}. A curation given here goes to the team
 * folder's {@code curation/<curator>.jsonl} at once (or at the next sync, when that fails) and reaches every
 * laptop at its next sync, which keeps it in its own database for offline use ({@link SubfolderLogSync}).
 */
public final class Curations {

    private final FeedbackDatabase database;
    private final Clock clock;
    private volatile View view;

    /** The current curation per content, as of one count of the database's curation writes. */
    private record View(long version, Map<String, Curation> byContent) {
    }

    public Curations(FeedbackDatabase database) {
        // this computer's zone: a curation "expires after 2026-12-06" is expired on the rep's 7 December, wherever
        // UTC is (issue 16 re-test r24, finding 4); instants are the same in every zone
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock the time curations are given at */
    public Curations(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What marketing says about some files.
     *
     * @param files      the files curated (one, or those a folder holds): path as the index holds it and content
     * @param expires    the last day they are current, or null
     * @param owner      who answers for them, or null
     * @param replacedBy the file that replaces them, or null
     * @param curator    who curates
     * @param replacing  the curations the files have now, as {@link CurationByFile#of} tells (a file edited in place
     *                   keeps the curation of its earlier content): the new ones are dated after them
     * @param kept       by file path, what a file keeps of its curation now where this request gives nothing (curating
     *                   a file or a folder again keeps each file's owner and expiry unless they are given or dropped)
     * @param onDisk     null when the files are named by the content the index holds ({@link #curate} reads each on
     *                   disk now); else what {@link #onDisk} told of them, {@code files} and {@code replacedBy} being
     *                   the files as they are on disk now (read once, by a caller that needed their contents now)
     */
    public record Request(List<KnownFile> files, CurationState state, LocalDate expires, String owner,
                          KnownFile replacedBy, String curator, List<Curation> replacing, Map<String, Kept> kept,
                          OnDisk onDisk) {

        public Request {
            files = List.copyOf(files);
            replacing = List.copyOf(replacing);
            kept = Map.copyOf(kept);
        }

        /** A request for files named by the content the index holds. */
        public Request(List<KnownFile> files, CurationState state, LocalDate expires, String owner, KnownFile replacedBy,
                       String curator, List<Curation> replacing, Map<String, Kept> kept) {
            this(files, state, expires, owner, replacedBy, curator, replacing, kept, null);
        }

        /** A request that keeps nothing of the files' curations now. */
        public Request(List<KnownFile> files, CurationState state, LocalDate expires, String owner, KnownFile replacedBy,
                       String curator, List<Curation> replacing) {
            this(files, state, expires, owner, replacedBy, curator, replacing, Map.of());
        }

        /** A request for files whose curations now are those on their own contents. */
        public Request(List<KnownFile> files, CurationState state, LocalDate expires, String owner, KnownFile replacedBy,
                       String curator) {
            this(files, state, expires, owner, replacedBy, curator, List.of());
        }
    }

    /** What one file keeps of its curation now: its owner, expiry date and replacement, each null when not kept. */
    public record Kept(String owner, LocalDate expires, KnownFile replacedBy) {
    }

    /**
     * What a curation did: the curations recorded, and whether they were written to the team folder now (else they
     * wait in this computer's database for the next sync, with the sentence why).
     *
     * @param replaced the latest of the curations the files had (the one the new curation replaces), or null
     * @param replacedEach the curations the files had, each once (a folder's files had several, of different states)
     * @param notes    what the curator should know, each a sentence: the curation replaced was dated later than now (a
     *                 wrong clock, a line edited by hand: the new one is dated just after it, so it is the one in
     *                 effect), or the expiry date has passed already
     * @param warnings what the curation did that the curator may not want, each a sentence: retired files name a file
     *                 retired now as their replacement, so their reps are sent to a retired file
     */
    public record Outcome(List<Curation> curations, boolean written, String waiting, Curation replaced,
                          List<Curation> replacedEach, List<String> notes, List<String> warnings) {

        public Outcome {
            replacedEach = List.copyOf(replacedEach);
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }

        /**
         * What the curation replaced, said after "It replaces ": "maria's curation of 2026-12-06 (official)" for one
         * curation, "3 draft and 1 retired curation (the latest maria's of 2026-12-06)" for several; empty for none.
         */
        public Optional<String> replacedSaid() {
            if (replaced == null) {
                return Optional.empty();
            }
            return Optional.of(replacedEach.size() <= 1 ? replaced.curator() + "'s curation of " + replaced.day() + " ("
                    + replaced.state().code() + ")" : CurationSentences.replacedMix(replacedEach, replaced));
        }
    }

    /**
     * Curates the files: checks what was given (the owner, the replacement), then whether the team folder can be
     * reached and this user may write its curation folder, then records the curations (durable when this returns)
     * and writes them to the curation folder.
     *
     * @throws InvalidFeedbackException when the request is not valid or this user may not write the curation folder
     * @throws CollateralException      when the team folder cannot be reached
     */
    public Outcome curate(Request asked, Path teamFolder) {
        return curate(asked, teamFolder, null);
    }

    /**
     * As {@link #curate(Request, Path)}, telling the curator besides what the curation reaches in this computer's index:
     * the identical copies elsewhere it applies to too (curation follows the content), and when search here shows a
     * file curated as it is on disk now.
     *
     * @param index what this computer's index holds, or null when it is not at hand (then neither is said)
     */
    public Outcome curate(Request asked, Path teamFolder, IndexedContents index) {
        Objects.requireNonNull(asked.state(), "state");
        if (asked.files().isEmpty()) {
            throw new InvalidFeedbackException("There is no indexed file to curate there.");
        }
        List<String> notes = new ArrayList<>();
        Request request = asTheyAreNow(asked, notes);
        int changedNote = request.onDisk() != null && request.onDisk().note().isPresent() ? notes.size() - 1 : -1;
        String owner = FeedbackLimits.checkLabel("owner", request.owner(), FeedbackLimits.MAX_USER_CHARS, false);
        if (BidiControls.holdsAny(owner)) {
            throw new InvalidFeedbackException("The owner " + BidiControls.REFUSAL);
        }
        String curator = FeedbackLimits.checkLabel("curator's name", request.curator(), FeedbackLimits.MAX_USER_CHARS, true);
        KnownFile replacement = request.replacedBy();
        if (replacement != null) {
            FeedbackLimits.checkContentHash(replacement.contentHash());
            FeedbackLimits.checkPath(replacement.path());
            if (request.state() != CurationState.RETIRED) {
                throw new InvalidFeedbackException("Only a retired file is replaced by another: name the file that "
                        + "replaces it with the state retired, or leave it out.");
            }
            Curation itsOwn = current().get(replacement.contentHash());
            if (itsOwn != null && itsOwn.state() == CurationState.RETIRED) {
                throw new InvalidFeedbackException("The file named to replace it, " + replacement.path() + ", is retired "
                        + "itself (" + itsOwn.curator() + ", " + itsOwn.day() + "); name the "
                        + "file the reps should use now.");
            }
            for (KnownFile file : request.files()) {
                if (file.contentHash().equals(replacement.contentHash())) {
                    throw new InvalidFeedbackException(file.path().equals(replacement.path())
                            ? "A file cannot be replaced by itself: " + file.path() + " is the file curated."
                            : "A file cannot be replaced by a copy of itself: " + replacement.path() + " has the same "
                                    + "content as " + file.path() + ".");
                }
            }
        }
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            throw new CollateralException(reach.problem() + "; curate once it is back.");
        }
        CuratorRole.whyNot(teamFolder).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        Instant now = clock.instant();
        Map<String, Curation> byContent = current();
        CurationByFile before = index == null ? null : byFile(index);
        Curation latest = null;
        List<Curation> replaced = new ArrayList<>(request.replacing());
        request.files().forEach(file -> replaced.add(byContent.get(file.contentHash())));
        for (Curation earlier : replaced) {
            if (earlier != null && (latest == null || Curation.ORDER.compare(earlier, latest) > 0)) {
                latest = earlier;
            }
        }
        // each file's curation until now, each once; the retired ones with a replacement that this one un-retires
        Map<UUID, Curation> replacedEach = new LinkedHashMap<>();
        Map<String, String> unretired = new LinkedHashMap<>();
        for (KnownFile file : request.files()) {
            Curation earlier = earlierOf(file, byContent, request.replacing());
            if (earlier != null && replacedEach.putIfAbsent(earlier.id(), earlier) == null
                    && earlier.state() == CurationState.RETIRED && request.state() != CurationState.RETIRED) {
                String itsReplacement = before == null ? earlier.replacedBy()
                        : before.replacementOf(earlier).orElse(null);
                if (itsReplacement != null) {
                    unretired.put(file.path(), itsReplacement);
                }
            }
        }
        // each file's curation is dated after that file's own (a line dated in the future dates only its file's
        // next curation, not every file of a folder curated with it: issue 16 re-test r23, finding 1)
        Map<String, Instant> at = new HashMap<>();
        Set<Curation> told = new HashSet<>();
        for (KnownFile file : request.files()) {
            Curation earlier = earlierOf(file, byContent, request.replacing());
            Instant dated = EventTimes.after(now, earlier == null ? null : earlier.at());
            at.putIfAbsent(file.contentHash(), dated);
            if (!dated.equals(now) && told.add(earlier)) {
                notes.add(earlier.curator() + "'s curation (" + earlier.state().code() + ") of " + earlier.path()
                        + " is dated " + earlier.at() + ", later than now (a wrong clock?); the new curation of that file "
                        + "is dated just after it, so it is the one in effect.");
            }
        }
        if (request.expires() != null && request.expires().isBefore(today())) {
            notes.add("Its expiry date " + request.expires() + " has passed already: the reps see it as expired, and "
                    + "it sinks in their results.");
        }
        List<String> warnings = new ArrayList<>();
        if (request.state() == CurationState.RETIRED) {
            strandedBy(byContent, request.files()).ifPresent(warnings::add);
        }
        List<Curation> curations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KnownFile file : request.files()) {
            FeedbackLimits.checkContentHash(file.contentHash());
            if (seen.add(file.contentHash())) { // identical copies in a folder are one content
                Kept kept = request.kept().getOrDefault(file.path(), new Kept(null, null, null));
                KnownFile instead = replacement != null ? replacement
                        : kept.replacedBy() != null && !kept.replacedBy().contentHash().equals(file.contentHash())
                        && request.state() == CurationState.RETIRED ? kept.replacedBy() : null;
                curations.add(new Curation(UUID.randomUUID(), file.contentHash(), FeedbackLimits.checkPath(file.path()),
                        curator, at.get(file.contentHash()), request.state(), request.expires() != null ? request.expires() : kept.expires(),
                        owner != null ? owner : kept.owner(), instead == null ? null : instead.path(),
                        instead == null ? null : instead.contentHash()));
            }
        }
        database.write(connection -> CurationTable.insertNew(connection, curations, true, database.current()));
        database.curationsChanged();
        CurationSentences.noLongerRetired(unretired, request.files().size() > 1)
                .ifPresent(said -> (said.warning() ? warnings : notes).add(said.text()));
        if (index != null) {
            told(before, byFile(index), request, curations, index, changedNote, notes, warnings);
        }
        List<String> publishing = new ArrayList<>();
        List<TeamLogFiles.AppendFailure> failures = new ArrayList<>();
        new SubfolderLogSync<>(database, SubfolderLogSync.CURATION)
                .publish(CuratorRole.curationFolder(teamFolder), publishing::add, failures);
        if (failures.isEmpty() && publishing.isEmpty()) {
            return new Outcome(List.copyOf(curations), true, null, latest, List.copyOf(replacedEach.values()), notes,
                    warnings);
        }
        String why = failures.isEmpty() ? publishing.getFirst()
                : "Writing " + failures.getFirst().log() + " failed (" + failures.getFirst().why() + "); the curation "
                        + "waits for the next sync.";
        return new Outcome(List.copyOf(curations), false, why, latest, List.copyOf(replacedEach.values()), notes,
                warnings);
    }

    /**
     * Tells what the curations given reach in this computer's index besides the files named: the identical copies
     * elsewhere that now have them too (with the curation each had until now), and, on the note naming the files curated
     * as they are on disk now, whether search here shows their curation now or after the next index run.
     */
    private static void told(CurationByFile before, CurationByFile after, Request request, List<Curation> given,
                             IndexedContents index, int changedNote, List<String> notes, List<String> warnings) {
        Set<String> named = new HashSet<>();
        request.files().forEach(file -> named.add(file.path()));
        List<CurationSentences.Copy> copies = after.curatedWith(given).stream()
                .filter(file -> !named.contains(file.path()))
                .map(file -> new CurationSentences.Copy(file.path(), before.of(file).orElse(null))).toList();
        CurationSentences.copies(copies, request.state())
                .ifPresent(said -> (said.warning() ? warnings : notes).add(said.text()));
        if (changedNote >= 0) {
            List<String> changed = request.onDisk().changed().stream().filter(named::contains).toList();
            Map<String, String> held = index.contentsAt(Set.copyOf(changed));
            Set<String> shown = new HashSet<>();
            after.curatedWith(given).forEach(file -> shown.add(file.path()));
            List<String> later = changed.stream()
                    .filter(path -> !held.containsKey(path) || !shown.contains(path)).toList();
            if (!changed.isEmpty()) {
                notes.set(changedNote, notes.get(changedNote) + " " + CurationSentences.searchShows(changed, later));
            }
        }
    }

    /**
     * The request for the files as they are on disk now. A curation is keyed by content, and the caller names each file
     * by the content this computer's index holds; a file saved over since that index run (the new brochure over last
     * year's, which was copied to an archive folder first) would give its curation to the old content, and every laptop
     * would show the archived copy official and the new file without a curation (issue 16 re-test r24, finding 1). So
     * each file on disk is hashed now (a file inside an archive, or one that cannot be read now, a share away, keeps the
     * content the index holds), and a note names the files curated as they are now.
     */
    private static Request asTheyAreNow(Request request, List<String> notes) {
        OnDisk disk = request.onDisk() != null ? request.onDisk() : onDisk(request.files(), request.replacedBy());
        disk.note().ifPresent(notes::add);
        if (request.onDisk() != null || disk.changed().isEmpty()) {
            return request;
        }
        return new Request(disk.files(), request.state(), request.expires(), request.owner(), disk.replacedBy(),
                request.curator(), request.replacing(), request.kept(), disk);
    }

    /**
     * Files (and a replacement) as they are on disk now, as {@link #curate} takes them.
     *
     * @param files      each file with its content now (a file inside an archive, or one that cannot be read now,
     *                   with the content the index holds), in the order given
     * @param replacedBy the replacement so, or null
     * @param changed    the paths whose content is not the one the index holds
     */
    public record OnDisk(List<KnownFile> files, KnownFile replacedBy, List<String> changed) {

        public OnDisk {
            files = List.copyOf(files);
            changed = List.copyOf(changed);
        }

        /** The sentence naming the files curated as they are now, not as the index holds them; empty when none. */
        public Optional<String> note() {
            return changed.isEmpty() ? Optional.empty() : Optional.of(changedNote(changed));
        }
    }

    /**
     * Reads each file (and the replacement, or null) on disk now: what {@link #curate} does with a request's files,
     * for a caller that needs their contents now first (what each file's curation is now, to keep its owner). Touches
     * the files (background threads).
     */
    public static OnDisk onDisk(List<KnownFile> files, KnownFile replacedBy) {
        List<String> changed = new ArrayList<>();
        List<KnownFile> now = files.stream().map(file -> asItIsNow(file, changed)).toList();
        KnownFile replacement = replacedBy == null ? null : asItIsNow(replacedBy, changed);
        return new OnDisk(now, replacement, changed);
    }

    private static String changedNote(List<String> changed) {
        return (changed.size() == 1 ? changed.getFirst() + " changed" : changed.size() + " files changed ("
                + String.join(", ", changed.subList(0, Math.min(3, changed.size()))) + (changed.size() > 3 ? ", …" : "")
                + ")") + " since this computer's last index run: curated as " + (changed.size() == 1 ? "it is" : "they are")
                + " now, not as the index holds " + (changed.size() == 1 ? "it" : "them") + ".";
    }

    private static KnownFile asItIsNow(KnownFile file, List<String> changed) {
        try {
            Path onDisk = Path.of(file.path());
            if (!Files.isRegularFile(onDisk)) {
                return file; // a file inside an archive, or gone: as the index holds it
            }
            String now = ContentHasher.hash(onDisk);
            if (now.equals(file.contentHash())) {
                return file;
            }
            changed.add(file.path());
            return new KnownFile(now, file.path());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return file; // cannot be read now (its share away): as the index holds it
        }
    }

    /**
     * The curation a file has now: the one on its content, else the one it keeps from an earlier content at its path
     * (a file edited in place, as {@link CurationByFile} tells in {@code replacing}), or null.
     */
    private static Curation earlierOf(KnownFile file, Map<String, Curation> byContent, List<Curation> replacing) {
        Curation own = byContent.get(file.contentHash());
        if (own != null) {
            return own;
        }
        return replacing.stream().filter(c -> c.path().equals(file.path())).max(Curation.ORDER).orElse(null);
    }

    /**
     * The sentence for retiring files that retired files name as their replacement (their reps, told "use X", would
     * reach a retired file; search follows X's own replacement where it has one), or empty when none does.
     */
    private static Optional<String> strandedBy(Map<String, Curation> byContent, List<KnownFile> retiring) {
        Set<String> contents = new HashSet<>();
        retiring.forEach(file -> contents.add(file.contentHash()));
        List<String> naming = byContent.values().stream().filter(c -> c.state() == CurationState.RETIRED)
                .filter(c -> c.replacedByHash() != null && contents.contains(c.replacedByHash()))
                .filter(c -> !contents.contains(c.contentHash())).map(Curation::path).sorted().toList();
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        boolean one = naming.size() == 1;
        return Optional.of((one ? "1 retired file names " : naming.size() + " retired files name ")
                + (retiring.size() == 1 ? "it" : "one of these files") + " as " + (one ? "its" : "their")
                + " replacement: " + String.join(", ", naming) + ". Reps sent on from " + (one ? "it" : "them")
                + " now reach a retired file; curate " + (one ? "it" : "them") + " again, retired, with the file to "
                + "use now as " + (one ? "its" : "their") + " replacement.");
    }

    /**
     * Whether this user can curate now; if not, {@code why} says why in one sentence, and {@code readOnly} whether
     * that is their role (they may not write the curation folder: a rep) rather than something that passes (the team
     * folder cannot be reached, or has no curation folder yet).
     */
    public record Standing(boolean mayCurate, boolean readOnly, String why) {
    }

    /** This user's {@link Standing} for curating through the team folder; touches the folder (background threads). */
    public Standing standing(Path teamFolder) {
        if (teamFolder == null) {
            return new Standing(false, false, noTeamFolder());
        }
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            return new Standing(false, false, reach.problem() + "; curate once it is back.");
        }
        Optional<String> whyNot = CuratorRole.whyNot(teamFolder);
        return whyNot.map(why -> new Standing(false, CuratorRole.hasCurationFolder(teamFolder), why))
                .orElseGet(() -> new Standing(true, false, null));
    }

    /**
     * Why curating in {@code curator}'s name is refused on this computer, or empty: curations travel in their curator's
     * log, and a log in another's name is skipped by every laptop where the file system tells owners
     * ({@link LogOwnership}), so nobody writes one.
     */
    public static Optional<String> whyNotInTheNameOf(String curator) {
        if (curator == null || LogOwnership.isThisUser(curator)) {
            return Optional.empty();
        }
        return Optional.of("Curations are written in your own name (" + System.getProperty("user.name") + "), in your "
                + "log in the curation folder; --by " + curator.strip() + " would write another curator's log. Leave "
                + "--by out.");
    }

    /**
     * The expiry date as typed (2027-01-31), or refuses it with a sentence: the one rule the command line and the
     * window's form read it by. Null when none was given (nothing, or blanks).
     */
    public static LocalDate expiryDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (!WRITTEN_DAY.matcher(text).matches()) {
            // LocalDate.parse takes "+10000-01-01" and "-0001-01-01" too, which no script reading YYYY-MM-DD expects
            throw new InvalidFeedbackException("The expiry date must be a day written YYYY-MM-DD, such as 2027-01-31, "
                    + "not \"" + typed + "\".");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFeedbackException("There is no day " + text + ": the expiry date must be a day of the "
                    + "calendar, written YYYY-MM-DD, such as 2027-01-31.");
        }
    }

    /** An expiry date as a log line holds it: YYYY-MM-DD, four digits of year (not 0000), a day of the calendar; else null. */
    static LocalDate writtenDay(String text) {
        if (text == null || !WRITTEN_DAY.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Four digits of year, 0001 to 9999 (year 0000 is no year of the calendar people write: rc16, nit 4). */
    private static final Pattern WRITTEN_DAY = Pattern.compile("(?!0000)\\d{4}-\\d{2}-\\d{2}");

    /** The sentence for curating without a team folder. */
    public static String noTeamFolder() {
        return "No team folder is set, and curation travels through it; set it with feedback sync --team-folder DIR.";
    }

    /** Curating never makes the team folder: the first sync with it does. */
    private TeamFolderReach.Reach reach(Path teamFolder) {
        return TeamFolderReach.reach(database, teamFolder.toAbsolutePath().normalize(), false);
    }

    /** The curation of each curated content: its latest curation, whoever gave it. Served from memory until one changes. */
    public Map<String, Curation> current() {
        View seen = view;
        long version = database.curationVersion();
        if (seen != null && seen.version() == version) {
            return seen.byContent();
        }
        Map<String, Curation> latest = new LinkedHashMap<>();
        for (Curation curation : database.read(CurationTable::all)) { // in Curation.ORDER: the latest stays
            latest.put(curation.contentHash(), curation);
        }
        Map<String, Curation> byContent = Collections.unmodifiableMap(latest);
        view = new View(version, byContent);
        return byContent;
    }

    /**
     * Which curation belongs to which file of an index ({@link CurationByFile}): what search, {@code curate list} and
     * the window ask for a file, so a file edited in place keeps its curation.
     */
    public CurationByFile byFile(IndexedContents index) {
        long version = database.curationVersion(); // before reading: a change meanwhile makes the snapshot out of date
        return new CurationByFile(database, version, current(), Objects.requireNonNull(index), today());
    }

    /** Today, as the expiry of curations is judged. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
