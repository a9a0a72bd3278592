package org.collateralfinder.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.collateralfinder.feedback.CurationByFile;
import org.collateralfinder.feedback.Curations;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;
import org.collateralfinder.sources.FolderScanner;
import org.collateralfinder.sources.SourceRegistry;
import org.collateralfinder.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code curate FILE --state official|draft|retired}: marketing says which material is current, a draft or retired
 * (with an optional expiry date, owner and the file that replaces it); {@code curate list} shows what is curated.
 * Curation travels through the team folder's {@code curation/}, which only marketing may write.
 */
@Command(name = "curate", mixinStandardHelpOptions = true, subcommands = CurateListCommand.class,
        description = "Mark a file (or every file a folder holds) official, draft or retired (marketing: whoever may "
                + "write the team folder's curation/).")
class CurateCommand extends FeedbackSubcommand {

    @Mixin
    GroupJson groupJson;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The file curated (found by its content), or a folder: every indexed file it holds.")
    Path file;

    @Option(names = "--state", paramLabel = "STATE", description = "official, draft or retired.")
    String state;

    @Option(names = "--expires", paramLabel = "YYYY-MM-DD", description = "The last day it is current.")
    String expires;

    @Option(names = "--owner", paramLabel = "NAME", description = "Who in marketing answers for it.")
    String owner;

    @Option(names = "--replaced-by", paramLabel = "FILE", description = "The indexed file to send instead.")
    Path replacedBy;

    @Option(names = "--by", paramLabel = "NAME", description = "Who curates: your login name, the only one allowed "
            + "(a log in another's name is skipped by every laptop).")
    String by;

    @Override
    int run() {
        if (groupJson.json) {
            throw new InvalidFeedbackException("curate prints no JSON; curate list --json does.");
        }
        if (file == null) {
            throw new InvalidFeedbackException("Name the file to curate: curate FILE --state official|draft|retired, "
                    + "or curate list.");
        }
        if (state == null) {
            throw new InvalidFeedbackException("Say what " + file + " is: --state official, draft or retired.");
        }
        Curations.whyNotInTheNameOf(by).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        CurationState curated = CurationState.of(state).orElseThrow(() -> new InvalidFeedbackException(
                "The state must be official, draft or retired, not \"" + state + "\"."));
        LocalDate lastDay = Curations.expiryDate(expires);
        List<KnownFile> indexed = indexedFiles();
        List<KnownFile> files = Files.isDirectory(file) ? inFolder(indexed) : List.of(indexedFile(file, indexed, "file"));
        KnownFile replacement = replacedBy == null ? null : indexedFile(replacedBy, indexed, "replacement");
        Path teamFolder = new FeedbackPreferences(dataDirectory()).teamFolder()
                .orElseThrow(() -> new InvalidFeedbackException(Curations.noTeamFolder()));
        Curations.Outcome outcome;
        Map<String, Curations.Kept> kept = new HashMap<>();
        // each file as it is on disk now, the content curated: one saved over since the last index run has the
        // curation of its new content (a curated deck copied over it) as well as the one it had (issue 16 re-test,
        // minor 1: a folder curated then dropped the deck's owner and expiry)
        Curations.OnDisk disk = Curations.onDisk(files, replacement);
        try (FeedbackDatabase database = openDatabase()) {
            Curations curations = new Curations(database);
            CurationByFile now = curations.byFile(IndexedContents.of(indexed));
            List<Optional<Curation>> earlierOnes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                earlierOnes.add(now.of(files.get(i), disk.files().get(i)));
            }
            List<Curation> replacing = earlierOnes.stream().flatMap(Optional::stream).toList();
            // curating a file or a folder again keeps each file's owner, expiry (and replacement, retired again) where
            // none is given (--owner "" or --expires "" drops them), as the window's form keeps what it shows
            for (int i = 0; i < files.size(); i++) {
                KnownFile known = files.get(i);
                earlierOnes.get(i).ifPresent(earlier -> {
                    String keptOwner = owner == null ? earlier.owner() : null;
                    LocalDate keptExpiry = expires == null ? earlier.expires() : null;
                    KnownFile keptReplacement = replacedBy == null && curated == CurationState.RETIRED
                            && earlier.state() == CurationState.RETIRED ? now.replacementOf(earlier).flatMap(path ->
                            indexed.stream().filter(k -> k.path().equals(path)).findFirst()).orElse(null) : null;
                    if (keptOwner != null || keptExpiry != null || keptReplacement != null) {
                        kept.put(known.path(), new Curations.Kept(keptOwner, keptExpiry, keptReplacement));
                    }
                });
            }
            outcome = curations.curate(new Curations.Request(disk.files(), curated, lastDay, owner, disk.replacedBy(),
                    by != null ? by : System.getProperty("user.name"), replacing, kept, disk), teamFolder,
                    IndexedContents.of(indexed));
        }
        // what the files are now: what was given, else what each kept when all kept the same
        String ownerNow = owner != null ? owner : common(files, kept, Curations.Kept::owner);
        LocalDate lastDayNow = expires != null ? lastDay : common(files, kept, Curations.Kept::expires);
        KnownFile replacementNow = replacement != null ? replacement : common(files, kept, Curations.Kept::replacedBy);
        out().println("Curated " + (files.size() == 1 ? files.getFirst().path() : files.size() + " files in "
                + indexedPath(file)) + " as " + curated.code() + details(lastDayNow, ownerNow, replacementNow) + "."
                + (outcome.written() ? " It reaches every laptop at its next sync." : ""));
        if (Files.isDirectory(file)) {
            notIndexedYet(indexed).ifPresent(out()::println);
        }
        Curation replaced = outcome.replaced();
        if (replaced != null && outcome.notes().stream().noneMatch(note -> note.startsWith(replaced.curator() + "'s"))) {
            List<String> keeping = keeping(kept.values());
            out().println("It replaces " + outcome.replacedSaid().orElseThrow() + (keeping.isEmpty() ? "."
                    : ", keeping " + (files.size() == 1
                    ? "its " : "each file's ") + String.join(", ", keeping)
                    + (kept.values().stream().anyMatch(k -> k.owner() != null || k.expires() != null)
                            ? " (give --owner \"\" or --expires \"\" to drop them)." : ".")));
        }
        outcome.notes().forEach(out()::println);
        outcome.warnings().forEach(warning -> err().println("Warning: " + warning));
        if (!outcome.written()) {
            err().println(outcome.waiting());
        }
        return 0;
    }

    /** The value every file kept alike, or null (none kept it, or they kept different ones). */
    private static <T> T common(List<KnownFile> files, Map<String, Curations.Kept> kept, Function<Curations.Kept, T> part) {
        Set<T> values = new HashSet<>();
        for (KnownFile known : files) {
            Curations.Kept k = kept.get(known.path());
            values.add(k == null ? null : part.apply(k));
        }
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** What was kept, said: "owner Deck Team, expiry 2027-06-30", or for a folder of differing files "owner (each its own)". */
    private static List<String> keeping(Collection<Curations.Kept> kept) {
        List<String> said = new ArrayList<>();
        said(said, "owner", kept.stream().map(Curations.Kept::owner).filter(Objects::nonNull).distinct().toList());
        said(said, "expiry", kept.stream().map(Curations.Kept::expires).filter(Objects::nonNull).map(String::valueOf)
                .distinct().toList());
        said(said, "replacement", kept.stream().map(Curations.Kept::replacedBy).filter(Objects::nonNull)
                .map(KnownFile::path).distinct().toList());
        return said;
    }

    private static void said(List<String> said, String what, List<String> values) {
        if (values.size() == 1) {
            said.add(what + " " + values.getFirst());
        } else if (values.size() > 1) {
            said.add(what + " (" + values.size() + " different ones)");
        }
    }

    private static String details(LocalDate lastDay, String owner, KnownFile replacement) {
        StringBuilder said = new StringBuilder();
        if (lastDay != null) {
            said.append(", expiring after ").append(lastDay);
        }
        if (owner != null && !owner.isBlank()) {
            said.append(", owned by ").append(owner.strip());
        }
        if (replacement != null) {
            said.append(", replaced by ").append(replacement.path());
        }
        return said.toString();
    }

    /** The file as the index holds it; refuses one that does not exist or that no index run has read yet. */
    private KnownFile indexedFile(Path named, List<KnownFile> indexed, String what) {
        TargetFile target = identify(named);
        Optional<KnownFile> held = indexed.stream().filter(known -> known.path().equals(target.path())).findFirst();
        if (held.isEmpty()) {
            Optional<String> outside = SourceRegistry.notInASource(dataDir.registry().list(), Path.of(target.path()));
            if (outside.isPresent()) {
                throw new InvalidFeedbackException("The " + what + " " + outside.get() + ", so no index run reads it "
                        + "and the reps could not find it.");
            }
        }
        return held.orElseThrow(() -> new InvalidFeedbackException("The " + what + " " + target.path() + " is not in the "
                + "index, so the reps could not find it; curate once an index run has read it (collateral-finder index)."));
    }

    /**
     * The sentence naming the files the folder holds that an index run would read but the index does not hold yet (a
     * deck saved there since the last run): a folder's curation leaves them out. Empty when there are none. Walks the
     * folder as an index run does (hidden and excluded names left out), reading no file.
     */
    private Optional<String> notIndexedYet(List<KnownFile> indexed) {
        Path folder = file.toAbsolutePath().normalize();
        Optional<SourceRegistry.Placement> placement = SourceRegistry.placement(dataDir.registry().list(), folder);
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        Path asIndexed = Path.of(indexedPath(file));
        Set<String> held = new HashSet<>();
        indexed.forEach(known -> held.add(known.path()));
        List<String> left = new FolderScanner(placement.get().source().excludeRules()).scan(folder, Cancellation.none())
                .files().stream().map(scanned -> asIndexed.resolve(folder.relativize(scanned.toPath())).toString())
                .filter(path -> !held.contains(path)).sorted().toList();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        boolean one = left.size() == 1;
        return Optional.of(left.size() + (one ? " file in " : " files in ") + asIndexed + (one ? " is" : " are")
                + " not in the index yet, so " + (one ? "it was" : "they were") + " left out: "
                + String.join(", ", left.subList(0, Math.min(3, left.size()))) + (left.size() > 3 ? ", …" : "")
                + ". Curate " + (one ? "it" : "them") + " once an index run has read " + (one ? "it" : "them")
                + " (collateral-finder index).");
    }

    /** The indexed files a folder holds, at any depth. */
    private List<KnownFile> inFolder(List<KnownFile> indexed) {
        String folder = indexedPath(file);
        String prefix = folder.endsWith(File.separator) ? folder : folder + File.separator;
        List<KnownFile> held = indexed.stream().filter(known -> known.path().startsWith(prefix)).toList();
        if (held.isEmpty()) {
            throw new InvalidFeedbackException("The folder " + folder + " holds no indexed file to curate.");
        }
        return held;
    }
}
