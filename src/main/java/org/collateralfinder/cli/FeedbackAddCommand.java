package org.collateralfinder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.collateralfinder.extract.Extraction;
import org.collateralfinder.extract.ExtractionLimits;
import org.collateralfinder.extract.ExtractionRequest;
import org.collateralfinder.extract.IsolatedExtractor;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackLimits;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.model.FileKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code feedback add FILE}: records (or changes) your feedback on a file. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Record your feedback on a file in a source; it replaces your earlier feedback on the same content.")
class FeedbackAddCommand extends OwnFeedbackSubcommand {

    @Option(names = "--tag", paramLabel = "TAG",
            description = "A tag, repeatable: worked, \"didn't land\", outdated, \"customer asked\", \"needs update\" or your own.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--rating", paramLabel = "N", description = "1 (poor) to 5 (great).")
    String rating; // read by FeedbackLimits, so any number (also 99999999999) gets the same sentence

    @Option(names = "--comment", paramLabel = "TEXT", description = "Up to 10,000 characters, kept as written.")
    String comment;

    @Option(names = "--stage", paramLabel = "STAGE", description = "Deal stage, e.g. discovery.")
    String stage;

    @Option(names = "--industry", paramLabel = "INDUSTRY", description = "Industry, e.g. healthcare.")
    String industry;

    @Option(names = "--slide", paramLabel = "N",
            description = "The slide (page, sheet) the feedback is about, 1-based as the preview shows it; repeatable, "
                    + "or a list (7,9) or range (3-5). Without it the feedback is about the whole file.")
    List<String> slides = new ArrayList<>();

    @Override
    int run() {
        try {
            return super.run();
        } catch (NoFileThere e) {
            throw slideInTheName(e);
        }
    }

    /**
     * A file that does not exist, named as export names slides ({@code deck.pptx#2}) when the part before the last
     * {@code #} is a file: the sentence says how feedback names a slide (re-test 12).
     */
    private InvalidFeedbackException slideInTheName(NoFileThere e) {
        String written = file.toString();
        int hash = written.lastIndexOf('#');
        if (hash <= 0 || Files.exists(file) || !written.substring(hash + 1).matches("[0-9]+")) {
            return e;
        }
        Path named = Path.of(written.substring(0, hash));
        if (!Files.isRegularFile(named)) {
            return e;
        }
        return new InvalidFeedbackException(e.userMessage() + " To give feedback on " + FileKind.partNameOf(named.toString())
                + " " + written.substring(hash + 1) + " of " + named.getFileName() + ", name the file and the slide apart: "
                + "feedback add \"" + named + "\" --slide " + written.substring(hash + 1) + ".");
    }

    @Override
    int run(TargetFile target, String who) {
        // the slide first: a slide past the end without a tag was told to give a tag, and only then that the slide is
        // not there (s15 report, minor 5); the slide is what the rep fixes first
        List<Integer> about = FeedbackLimits.parseSlides(slides); // sorted, each a slide number
        dataDir.registry().outsideEverySource(Path.of(target.path())).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        if (!about.isEmpty()) {
            checkSlidesExist(target, about.getLast());
        }
        FeedbackEntry entry = FeedbackEntry.create(target.contentHash(), target.path(), who, tags,
                FeedbackLimits.parseRating(rating), comment, stage, industry, about);
        FeedbackEntry stored;
        boolean replaced;
        try (FeedbackDatabase database = openDatabase()) {
            FeedbackRepository repository = new FeedbackRepository(database);
            // one current entry per rep and file: a remark on slide 7 replaces the one on slide 3 (re-test 12 #6)
            replaced = repository.history(entry.contentHash()).stream().anyMatch(h -> h.current()
                    && h.event() instanceof FeedbackEntry earlier && earlier.user().equals(entry.user()));
            stored = repository.add(entry);
        }
        String unit = FileKind.partNameOf(target.path());
        out().println("Saved " + stored.user() + "'s feedback on " + target.path() + (stored.slides().isEmpty() ? ""
                : " (" + (stored.slides().size() == 1 ? unit + " " : unit + "s ") + stored.slides().stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")") + " (" + stored.id() + ")."
                + (replaced ? " It replaces " + stored.user() + "'s earlier feedback on this file." : ""));
        return 0;
    }

    /**
     * Refuses a slide past the file's last: feedback on slide 30 of a 24-slide deck would be about nothing. The slides
     * are counted in the content the entry is recorded on: what the index holds when that is the file's content, else
     * (the file was changed since the last index run, or is not indexed yet) the file as it is now, read as an index
     * run reads it. The rep names the slide they see in the deck they have open; re-test 12 saw slide 9 refused on a
     * deck that had grown to 10 slides, and accepted on one that had shrunk to 3. A file whose text has no slides,
     * pages or sheets has none to name.
     */
    private void checkSlidesExist(TargetFile target, int highest) {
        String path = target.path();
        OptionalInt pages = dataDir.withIndexedPaths(paths -> target.contentHash().equals(paths.contentAt(path).orElse(null))
                ? paths.pagesAt(path) : OptionalInt.empty());
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        int count = pages.isPresent() ? pages.getAsInt() : pagesNow(Path.of(path), name);
        String unit = FileKind.partNameOf(name);
        if (count == 0) {
            throw new InvalidFeedbackException(name + " has no slides, pages or sheets the index knows of; give feedback "
                    + "on the whole file, without --slide.");
        }
        if (highest > count) {
            throw new InvalidFeedbackException(name + " has " + count + " " + unit + (count == 1 ? "" : "s")
                    + "; there is no " + unit + " " + highest + ".");
        }
    }

    /** How many slides, pages or sheets the file's text is read into now, by the extraction an index run uses. */
    private int pagesNow(Path file, String name) {
        ExtractionLimits limits = ExtractionLimits.defaults().withWorkers(1);
        Extraction read;
        try (IsolatedExtractor extractor = new IsolatedExtractor(limits,
                dataDirectory().logsDir().resolve("extract-worker-output.log"))) {
            read = extractor.extract(ExtractionRequest.of(file));
        }
        if (!read.succeeded()) {
            throw new InvalidFeedbackException(name + " could not be read to count its " + FileKind.partNameOf(name) + "s as it is now: "
                    + read.failure().description() + "; give feedback on the whole file, without --slide.");
        }
        return read.pageStarts().count();
    }
}
