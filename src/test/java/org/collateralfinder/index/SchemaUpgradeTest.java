package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackPreferences;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.offline.OfflineStore;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.collateralfinder.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade keeps the rep's data: a data folder written by the previous schema version (index commit
 * data {@code schema_version = VERSION - 1}) is opened by the current code; the old index answers searches
 * while the next run rebuilds it beside it, and sources, aliases, excludes, offline pins and their copies,
 * the team feedback folder setting and the feedback database stay exactly as they were.
 */
class SchemaUpgradeTest {

    @TempDir
    Path tmp;

    @Test
    void anIndexOfThePreviousSchemaIsRebuiltAndEverythingElseIsKept() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        OfficeFiles.text(src.resolve("Retail Pricing.md"), "# Retail pricing\nList prices for the retail connector.");
        OfficeFiles.text(src.resolve("Pitch notes.txt"), "Pitch notes for the capybara account.");
        Path archive = Files.createDirectories(src.resolve("Archive"));
        OfficeFiles.text(archive.resolve("Old pricing.txt"), "Old capybara pricing, excluded.");
        Path dataRoot;
        try (IndexFixture previous = new IndexFixture(tmp, IndexFixture.testLimits())) {
            previous.sources.add(src, List.of("Archive/"));
            previous.sources.addAlias(src, "/Volumes/marketing");
            assertThat(previous.run().added()).isEqualTo(2);
            OfflineStore offline = new OfflineStore(previous.dataDir.offlineDir(), previous.dataDir.settingsFile("offline"));
            offline.pin(src.resolve("Retail Pricing.md"));
            offline.setBudget(50_000_000);
            try (FeedbackDatabase db = FeedbackDatabase.open(previous.dataDir)) {
                new FeedbackRepository(db).add(feedback(src.resolve("Retail Pricing.md")));
            }
            new FeedbackPreferences(previous.dataDir).rememberTeamFolder(tmp.resolve("team-feedback"));
            dataRoot = previous.dataDir.root();
        }
        OlderSchema.mark(dataRoot.resolve("index"), Schema.VERSION - 1);
        Map<String, byte[]> before = userData(dataRoot);
        assertThat(before).containsKeys("sources.json", "offline/manifest.json", "offline.properties", "feedback.mv.db",
                "feedback.properties");
        assertThat(before.keySet()).anyMatch(k -> k.startsWith("offline/files/"));

        try (IndexFixture current = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(current.index.wasRebuilt()).isTrue();
            assertThat(current.index.isRebuilding()).isTrue();
            // no gap: the old index answers until the new one replaces it
            assertThat(current.search.documentCount()).isEqualTo(2);
            assertThat(current.names("capybara")).containsExactly("Pitch notes.txt");
            assertThat(userData(dataRoot)).usingRecursiveComparison().isEqualTo(before);

            IndexRunStats rebuilt = current.run();

            assertThat(rebuilt.added()).isEqualTo(2);
            assertThat(rebuilt.unchanged()).isZero();
            assertThat(current.index.isRebuilding()).isFalse();
            assertThat(current.names("capybara")).containsExactly("Pitch notes.txt");
            assertThat(current.names("retail pricing")).containsExactly("Retail Pricing.md");
            assertThat(new OfflineStore(current.dataDir.offlineDir(), current.dataDir.settingsFile("offline"))
                    .copyFor(src.resolve("Retail Pricing.md").toString())).isPresent();
        }
        assertThat(userData(dataRoot)).usingRecursiveComparison().isEqualTo(before);
        assertThat(OlderSchema.storedVersion(dataRoot.resolve("index"))).isEqualTo(Schema.VERSION);
        assertThat(dataRoot.resolve("index-next")).doesNotExist();
        assertThat(dataRoot.resolve("index-previous")).doesNotExist();
        try (FeedbackDatabase db = FeedbackDatabase.open(dataRoot.resolve("feedback"))) {
            assertThat(new FeedbackRepository(db).list(Optional.empty()))
                    .containsExactly(feedback(src.resolve("Retail Pricing.md")));
        }
        assertThat(new FeedbackPreferences(DataDirectory.open(dataRoot)).teamFolder())
                .contains(tmp.resolve("team-feedback").toAbsolutePath().normalize());

        try (IndexFixture again = new IndexFixture(tmp, IndexFixture.testLimits())) {
            assertThat(again.index.wasRebuilt()).isFalse();
            assertThat(again.run().unchanged()).isEqualTo(2);
        }
    }

    private static FeedbackEntry feedback(Path file) {
        return new FeedbackEntry(UUID.fromString("3f0c1e2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"), "a".repeat(64),
                file.toString(), "marcus", Instant.parse("2026-06-19T10:15:30Z"), List.of("worked"), 5,
                "Closed the Contoso renewal with slide 4.", null, null);
    }

    /** Every file of the data folder that is the rep's (not the index, logs, caches or locks), by relative path. */
    private static Map<String, byte[]> userData(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith("index/") || rel.startsWith("index-next/") || rel.startsWith("logs/") || rel.startsWith("cache/")
                        || rel.startsWith("offline/staging/") || rel.equals("index-report.json") || rel.endsWith(".lock")) {
                    continue;
                }
                files.put(rel, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
