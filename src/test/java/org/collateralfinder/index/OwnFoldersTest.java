package org.collateralfinder.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.feedback.FeedbackDatabase;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackRepository;
import org.collateralfinder.feedback.TeamFolderSync;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.model.OwnFolder;
import org.collateralfinder.model.SearchHit;
import org.collateralfinder.model.SkippedPath;
import org.collateralfinder.search.SearchRequest;
import org.collateralfinder.sources.ContentHasher;
import org.collateralfinder.testing.IndexFixture;
import org.collateralfinder.testing.OfficeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collateral Finder's own folders are never indexed, however the walk meets them: this computer's data
 * folder through a symbolic link, another copy's data folder on a share, a teammate's team feedback
 * folder that this computer has not been told about (cli tester's report, items 2 and 3).
 */
class OwnFoldersTest {

    @TempDir
    Path tmp;

    private static List<String> paths(IndexFixture f, String query) {
        return f.search.search(SearchRequest.of(query, 100)).hits().stream()
                .map(SearchHit::path).toList();
    }

    @Test
    void theDataFolderReachedThroughASymbolicLinkInASourceIsNeverIndexed() throws IOException {
        Path source = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(source.resolve("brochure.txt"), "kinkajou brochure");
        try (IndexFixture f = new IndexFixture(tmp, IndexFixture.testLimits())) {
            // a data folder of an older version: no marker, so only its real path tells it
            Files.delete(f.dataDir.root().resolve(OwnFolder.DATA.marker()));
            Path link = Files.createSymbolicLink(source.resolve("datalink"), f.dataDir.root());
            f.sources.add(source, List.of());
            f.run();
            Files.writeString(f.dataDir.logsDir().resolve("collateral-finder.log"), "kinkajou in a log line");

            IndexRunStats second = f.run();

            assertThat(second.files()).isEqualTo(1);
            assertThat(paths(f, "kinkajou")).containsExactly(source.resolve("brochure.txt").toString());
            assertThat(f.search.failedFiles(100)).isEmpty();
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(SkippedPath::path, SkippedPath::reason)
                    .containsExactly(tuple(link.toString(), "Collateral Finder's own data folder, never indexed"));
        }
    }

    @Test
    void anotherCopysDataFolderOnTheShareIsNeverIndexed() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(share.resolve("pricing.txt"), "margay pricing");
        DataDirectory teammates = DataDirectory.open(share.resolve("erin-data"));
        OfficeFiles.text(teammates.logsDir().resolve("collateral-finder.log"), "margay in erin's log");
        OfficeFiles.text(teammates.offlineDir().resolve("files/0123/pricing.txt"), "margay pricing copy");
        try (FeedbackDatabase erins = FeedbackDatabase.open(teammates)) {
            new FeedbackRepository(erins).add(FeedbackEntry.create(ContentHasher.hash(share.resolve("pricing.txt")),
                    share.resolve("pricing.txt").toString(), "erin", List.of("worked"), null, null, null, null));
        }
        try (IndexFixture f = IndexFixture.indexed(tmp.resolve("laptop"), share)) {
            assertThat(paths(f, "margay")).containsExactly(share.resolve("pricing.txt").toString());
            assertThat(f.search.documentCount()).isEqualTo(1);
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(SkippedPath::path, SkippedPath::reason)
                    .containsExactly(tuple(teammates.root().toString(), "a Collateral Finder data folder, never indexed"));
        }
    }

    @Test
    void aTeammatesFeedbackFolderIsNeverIndexedByALaptopWithoutATeamFolder() throws IOException {
        Path share = Files.createDirectories(tmp.resolve("share"));
        OfficeFiles.text(share.resolve("deck.txt"), "tayra deck");
        Path team = share.resolve("teamfb");
        try (FeedbackDatabase erins = FeedbackDatabase.open(DataDirectory.open(tmp.resolve("erin")))) {
            new FeedbackRepository(erins).add(FeedbackEntry.create(ContentHasher.hash(share.resolve("deck.txt")),
                    share.resolve("deck.txt").toString(), "erin", List.of(), null, "tayra deal won", null, null));
            new TeamFolderSync(erins).sync(team);
        }
        assertThat(team.resolve("erin.jsonl")).exists();
        try (IndexFixture f = IndexFixture.indexed(tmp.resolve("laptop-f"), share)) {
            assertThat(paths(f, "tayra")).containsExactly(share.resolve("deck.txt").toString());
            assertThat(IndexReport.read(f.dataDir.root()).skipped()).extracting(SkippedPath::path, SkippedPath::reason)
                    .containsExactly(tuple(team.toString(), "a team feedback folder, never indexed"));
        }
    }
}
