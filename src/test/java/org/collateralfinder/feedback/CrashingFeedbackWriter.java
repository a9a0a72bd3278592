package org.collateralfinder.feedback;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.sources.ContentHasher;

/**
 * The child process of {@link FeedbackCrashTest}: adds entries in a loop and prints {@code ACK <id>}
 * for each one once {@link FeedbackRepository#add} has returned, until it is killed.
 */
public final class CrashingFeedbackWriter {

    private CrashingFeedbackWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FeedbackRepository repository = new FeedbackRepository(FeedbackDatabase.open(Path.of(args[0])));
        for (int i = 0; ; i++) {
            String hash = ContentHasher.hash(("crash " + i).getBytes(StandardCharsets.UTF_8));
            FeedbackEntry entry = repository.add(FeedbackEntry.create(hash, "/share/file-" + i + ".pdf", "crash",
                    List.of("worked"), 1 + i % 5, "Entry " + i, null, null));
            out.println("ACK " + entry.id());
        }
    }
}
