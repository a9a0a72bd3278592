package org.collateralfinder.feedback;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link FeedbackDatabaseInUseTest}, another Collateral Finder holding the database: opens it,
 * adds one entry, prints {@code OPEN}, and closes it once a line arrives on its standard input.
 */
public final class FeedbackDatabaseHolder {

    private FeedbackDatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (FeedbackDatabase database = FeedbackDatabase.open(Path.of(args[0]))) {
            new FeedbackRepository(database).add(FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "holder",
                    "2026-03-01T10:00:00Z", List.of("worked"), null, null));
            out.println("OPEN");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        out.println("CLOSED");
    }
}
