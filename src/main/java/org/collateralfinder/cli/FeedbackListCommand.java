package org.collateralfinder.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.collateralfinder.feedback.AnswerNotice;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.FeedbackResponses;
import org.collateralfinder.feedback.IndexedContents;
import org.collateralfinder.feedback.InvalidFeedbackException;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.model.BidiControls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedback list [FILE]}: the current feedback, one entry per rep and file, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show the current feedback on a file, or on every file.")
class FeedbackListCommand extends FeedbackSubcommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Only this file's feedback (given on its content wherever it was given, and before it was edited in place).")
    Path file;

    @Option(names = "--json", description = "Print a JSON array of {path, user, tags, rating, comment, at, ..., response}.")
    boolean json;

    @Override
    int run() {
        Optional<TargetFile> target = Optional.empty();
        InvalidFeedbackException gone = null;
        if (file != null) {
            try {
                target = Optional.of(identify(file));
            } catch (NoFileThere noFile) {
                gone = noFile; // deleted or replaced by a folder: its feedback is shown at the path it was last seen at
            }
        }
        List<FeedbackEntry> entries = List.of();
        Map<UUID, AnswerNotice> answers = new HashMap<>();
        Optional<FeedbackDatabase> stored = openDatabaseForReading();
        if (stored.isPresent()) {
            try (FeedbackDatabase database = stored.get()) {
                FeedbackRepository repository = new FeedbackRepository(database);
                List<KnownFile> indexed = target.isPresent() ? indexedWith(target.get()) : indexedFiles();
                IndexedContents index = IndexedContents.of(indexed);
                if (target.isPresent()) {
                    entries = repository.byFile(index).current(target.get().asKnown());
                } else {
                    entries = repository.byFile(index).all(indexed);
                }
                if (gone != null) {
                    String path = indexedPath(file);
                    entries = entries.stream().filter(entry -> entry.path().equals(path)).toList();
                }
                // each answer with its files named as this computer's index has them now
                FeedbackResponses responses = new FeedbackResponses(database);
                Set<UUID> listed = entries.stream().map(FeedbackEntry::id).collect(Collectors.toSet());
                List<FeedbackResponse> onEntries = responses.allResponses().values().stream()
                        .filter(response -> listed.contains(response.answers())).toList();
                responses.notices(onEntries, index).forEach(notice -> answers.put(notice.response().answers(), notice));
            }
        }
        if (gone != null && entries.isEmpty()) {
            throw gone;
        }
        if (json(json)) {
            out().println(FeedbackJson.write(entries.stream()
                    .map(entry -> FeedbackJson.entry(entry, answers.get(entry.id()))).toList()));
        } else if (entries.isEmpty()) {
            out().println(target.isPresent() ? "No feedback on " + target.get().path() + " yet." : "No feedback yet.");
        } else {
            entries.forEach(entry -> print(entry, answers.get(entry.id())));
        }
        return 0;
    }

    private void print(FeedbackEntry entry, AnswerNotice notice) {
        print(entry);
        if (notice != null) {
            FeedbackResponse response = notice.response();
            out().println("    answered by " + printable(response.by()) + " " + response.at() + ": "
                    + response.status().label() + " — " + printable(response.note())
                    + (notice.fixPath() == null ? "" : " (fixed by " + printable(notice.fixPath()) + ")"));
        }
    }

    private void print(FeedbackEntry entry) {
        StringBuilder line = new StringBuilder()
                .append(printable(entry.path())).append("  ").append(printable(entry.user()))
                .append("  ").append(entry.given());
        if (entry.rating() != null) {
            line.append("  rating ").append(entry.rating()).append("/5");
        }
        if (!entry.tags().isEmpty()) {
            line.append("  tags: ").append(String.join(", ", entry.tags()));
        }
        if (entry.dealStage() != null) {
            line.append("  stage: ").append(entry.dealStage());
        }
        if (entry.industry() != null) {
            line.append("  industry: ").append(entry.industry());
        }
        if (!entry.slides().isEmpty()) {
            line.append(entry.slides().size() == 1 ? "  slide " : "  slides ").append(entry.slides().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")));
        }
        out().println(line);
        if (entry.comment() != null) {
            out().println("    " + printable(entry.comment()).replace("\n", "\n    "));
        }
    }

    /** As {@link #printable}, line breaks and tabs also escaped: a file name on one line of a layout. */
    static String printableLine(String text) {
        return printable(text).replace("\n", "\\u000a").replace("\t", "\\u0009");
    }

    /**
     * Text safe to show on a terminal: control characters other than line feed and tab are shown as
     * {@code \}{@code uXXXX}, so a comment cannot move the cursor or recolour the screen, nor a file name read
     * backwards: a right-to-left override in "Climate " + U+202E + "txt.odt" would show it as "Climate do.txt" (the other
     * direction characters that reorder what follows, {@link BidiControls#reorders}, too). {@code --json} gives the
     * exact text.
     */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean control = Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || BidiControls.reorders(c);
            if (control && c != '\n' && c != '\t') {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
