package org.collateralfinder.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * One customer story as a deck, its PDF export, a text and an edited text (near-identical, differently named, so only
 * their text folds them into one result), and another customer's story on the same subject (a result of its own).
 * "onboarding champions" matches all five: the list shows two rows, one with Presentation chosen, one with PDF, two
 * with Text.
 */
public final class NearIdenticalStory {

    public static final String QUERY = "onboarding champions";

    private static final String[] STORY = {
            "Contoso cut onboarding from six weeks to nine days by moving every branch to the shared workspace,",
            "training two champions per team and retiring the old ticket queue.",
            "Support calls fell by a third in the first quarter, and the regional managers now review adoption",
            "every month with a simple dashboard that shows active users, open requests and the time each",
            "request waits for an answer."};

    private NearIdenticalStory() {
    }

    /** Writes the five files under {@code src}. */
    public static void write(Path src) throws IOException {
        String story = String.join(" ", STORY);
        Files.createDirectories(src.resolve("Decks"));
        Files.createDirectories(src.resolve("Exports"));
        dated(OfficeFiles.pptx(src.resolve("Decks/Onboarding Story.pptx"), "Onboarding story",
                STORY[0] + " " + STORY[1], STORY[2] + " " + STORY[3] + " " + STORY[4]), "2024-03-01T10:00:00Z");
        dated(OfficeFiles.pdf(src.resolve("Exports/contoso-onboarding.pdf"), "Onboarding story", STORY),
                "2024-05-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Stories/Contoso Case Study.txt"), story, "2024-04-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Web/contoso-story-edited.txt"), story.replace("nine days", "ten days"),
                "2024-08-01T10:00:00Z");
        OfficeFiles.text(src.resolve("Stories/Fabrikam Case Study.txt"), story.replace("Contoso", "Fabrikam")
                .replace("six weeks", "a month").replace("two champions", "one champion").replace("a third", "half")
                .replace("every month", "weekly").replace("regional managers", "store leads"), "2024-05-01T10:00:00Z");
    }

    private static void dated(Path file, String modified) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }
}
