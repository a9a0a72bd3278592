package org.collateralfinder.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared test corpus ({@code ../shared/corpus}: real office files from public test suites) for the
 * tests that need it. Such a test never passes silently without it: under CI ({@code CI=true}) a missing
 * corpus fails the test with a sentence; elsewhere the test is skipped, and the build says so before the
 * tests start (the {@code shared-corpus} rule in pom.xml) and in the test's report.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The folder {@code part} ("real" or "bad") of the corpus; fails (CI) or aborts (elsewhere) when it is absent. */
    public static Path require(String part, String whatIsNotTested) {
        Path root = Path.of(System.getProperty("collateralfinder.corpus", "../shared/corpus"));
        Path folder = root.resolve(part).toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
            return folder;
        }
        String sentence = "The shared test corpus is missing (" + folder + "), so " + whatIsNotTested
                + " is not tested; put the workplace's shared folder beside the project (../shared/corpus).";
        if (underCi(System.getenv("CI"))) {
            fail(sentence);
        }
        System.err.println("SKIPPED: " + sentence);
        Assumptions.abort(sentence);
        return folder; // not reached
    }

    /** Whether {@code ci} (the CI environment variable) says this is a CI run. */
    static boolean underCi(String ci) {
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }
}
