package org.collateralfinder.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collateralfinder.app.UiWork;
import org.collateralfinder.app.UserError;
import org.collateralfinder.gui.common.Debouncer;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.search.SuggestionService;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceAvailability;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's rows say a file is available exactly when the command line does (issues 12.7, 17.6): a
 * share reached through one of its aliases is available; files the last run kept although they were
 * gone are not.
 */
class ResultAvailabilityTest {

    @TempDir
    Path temp;

    private static Map<String, Boolean> rows(IndexFixture f, String query) throws Exception {
        List<UserError> errors = new ArrayList<>();
        SourceAvailability availability = new SourceAvailability(f.sources::list,
                () -> IndexReport.read(f.dataDir.root()).sourcesKeepingUnseenFiles(), new Reachability(), 0);
        try (SuggestionService suggestions = new SuggestionService(f.index, f.dataDir.cacheDir().resolve("suggest"))) {
            SearchViewModel vm = new SearchViewModel(() -> f.search, availability, path -> false,
                    Suggestions.of(() -> suggestions), new UiWork(Runnable::run, Runnable::run, errors::add),
                    Debouncer.immediate());
            vm.queryProperty().set(query);
            assertThat(errors).isEmpty();
            Map<String, Boolean> rows = new TreeMap<>();
            vm.results().forEach(i -> rows.put(i.hit().fileName(), i.reachable()));
            return rows;
        }
    }

    @Test
    void aShareReachedThroughAnAliasIsAvailable() throws Exception {
        Path share = Files.createDirectories(temp.resolve("mnt-marketing"));
        OfficeFiles.text(share.resolve("deck.txt"), "dingo deck");
        try (IndexFixture f = IndexFixture.indexed(temp, share)) {
            Path elsewhere = temp.resolve("Volumes-marketing");
            Files.move(share, elsewhere); // mounted at another path on this laptop, not indexed since
            f.sources.addAlias(share, elsewhere.toString());

            assertThat(rows(f, "dingo")).isEqualTo(Map.of("deck.txt", true));
        }
    }

    @Test
    void filesKeptAlthoughGoneAreUnavailable() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        for (int i = 10; i < 35; i++) {
            OfficeFiles.text(share.resolve("doc-" + i + ".txt"), "numbat " + i);
        }
        try (IndexFixture f = IndexFixture.indexed(temp, share)) {
            for (int i = 10; i < 30; i++) {
                Files.delete(share.resolve("doc-" + i + ".txt"));
            }
            f.run(); // the guard keeps the 20 files that vanished at once

            Map<String, Boolean> rows = rows(f, "numbat");
            assertThat(rows).hasSize(25);
            rows.forEach((name, yes) -> assertThat(yes).as(name).isEqualTo(name.compareTo("doc-30.txt") >= 0));
        }
    }
}
