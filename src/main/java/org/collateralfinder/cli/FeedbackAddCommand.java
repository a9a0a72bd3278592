package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
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
    int run(TargetFile target, String who) {
        FeedbackEntry entry = FeedbackEntry.create(target.contentHash(), target.path(), who, tags,
                FeedbackLimits.parseRating(rating), comment, stage, industry, FeedbackLimits.parseSlides(slides));
        dataDir.registry().outsideEverySource(Path.of(target.path())).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        if (!entry.slides().isEmpty()) {
            checkSlidesExist(target.path(), entry.slides().getLast());
        }
        FeedbackEntry stored;
        boolean replaced;
        try (FeedbackDatabase database = openDatabase()) {
            FeedbackRepository repository = new FeedbackRepository(database);
            // one current entry per rep and file: a remark on slide 7 replaces the one on slide 3 (re-test 12 #6)
            replaced = repository.history(entry.contentHash()).stream().anyMatch(h -> h.current()
                    && h.event() instanceof FeedbackEntry earlier && earlier.user().equals(entry.user()));
            stored = repository.add(entry);
        }
        out().println("Saved " + stored.user() + "'s feedback on " + target.path() + (stored.slides().isEmpty() ? ""
                : " (" + (stored.slides().size() == 1 ? "slide " : "slides ") + stored.slides().stream()
                .map(String::valueOf).collect(Collectors.joining(", ")) + ")") + " (" + stored.id() + ")."
                + (replaced ? " It replaces " + stored.user() + "'s earlier feedback on this file." : ""));
        return 0;
    }

    /**
     * Refuses a slide past the file's last, when the index knows how many it has: feedback on slide 30 of a 24-slide
     * deck would be about nothing. A file the index holds without pages has none to name.
     */
    private void checkSlidesExist(String path, int highest) {
        OptionalInt pages = dataDir.withIndexedPaths(paths -> paths.pagesAt(path));
        if (pages.isEmpty()) {
            return; // not indexed yet: its pages are not known, the number is kept as given
        }
        String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
        FileKind kind = FileKind.byIdOrExtension(FileKind.extensionOf(name));
        String unit = kind == FileKind.PRESENTATION ? "slide" : kind == FileKind.SPREADSHEET ? "sheet" : "page";
        if (pages.getAsInt() == 0) {
            throw new InvalidFeedbackException(name + " has no slides, pages or sheets the index knows of; give feedback "
                    + "on the whole file, without --slide.");
        }
        if (highest > pages.getAsInt()) {
            throw new InvalidFeedbackException(name + " has " + pages.getAsInt() + " " + unit
                    + (pages.getAsInt() == 1 ? "" : "s") + "; there is no " + unit + " " + highest + ".");
        }
    }
}
