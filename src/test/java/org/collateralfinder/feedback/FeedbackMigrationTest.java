package org.collateralfinder.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.EditedFile;
import org.collateralfinder.model.FileCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback schema at open: migrated by Flyway when it is behind, Flyway skipped when it already
 * has the newest migration (a faster start), and the newest migration known to the code.
 */
class FeedbackMigrationTest {

    @TempDir
    Path temp;

    @Test
    void theNewestMigrationTheCodeKnowsIsTheNewestFile() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            int newest = files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(FeedbackDatabase.LATEST_MIGRATION).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void aDatabaseBehindTheNewestMigrationIsMigratedAtOpenAndACurrentOneOpensAsItIs() {
        Path base = temp.resolve("feedback");
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            // as if the schema were older than this version of the app: no tables, no history
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event, "
                            + "curation_outbox, local_curation, curation_event, response_outbox, local_response, "
                            + "response_read, feedback_response, "
                            + "feedback_event, feedback_outbox, content_path, team_log_cursor, local_event, "
                            + "team_publish_folder, content_succession, content_move, \"flyway_schema_history\"");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            assertThat(tables(db)).contains("FEEDBACK_EVENT", "FEEDBACK_OUTBOX", "CONTENT_PATH", "TEAM_LOG_CURSOR",
                    "LOCAL_EVENT", "TEAM_PUBLISH_FOLDER", "CONTENT_SUCCESSION", "FEEDBACK_RESPONSE", "RESPONSE_OUTBOX",
                    "LOCAL_RESPONSE", "RESPONSE_READ", "CONTENT_MOVE");
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) { // current: opened without Flyway
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            assertThat(tables(db)).contains("FEEDBACK_EVENT", "FEEDBACK_OUTBOX", "CONTENT_PATH", "TEAM_LOG_CURSOR",
                    "LOCAL_EVENT", "TEAM_PUBLISH_FOLDER", "CONTENT_SUCCESSION", "FEEDBACK_RESPONSE", "RESPONSE_OUTBOX",
                    "LOCAL_RESPONSE", "RESPONSE_READ", "CONTENT_MOVE");
        }
    }

    /**
     * A laptop back on an older version: its database was migrated further by a newer one. Both opens say so, and
     * nothing is changed (slides re-test 17: reading it said "written by an older version … open the app", which
     * did not help).
     */
    @Test
    void aDatabaseOfANewerVersionIsRefusedWithASentenceAndKeptAsItIs() {
        Path data = temp.resolve("data");
        DataDirectory dir = DataDirectory.open(data);
        FeedbackEntry given = FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "ana", "2026-03-01T10:00:00Z",
                List.of("worked"), 4, null);
        String next = Integer.toString(Integer.parseInt(FeedbackDatabase.LATEST_MIGRATION) + 1);
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            new FeedbackRepository(db).add(given);
            db.write(c -> { // as a newer version's migration would leave it
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                            + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                            + "VALUES (100, '" + next + "', 'from the future', 'SQL', 'V" + next + "__from_the_future.sql', "
                            + "0, 'sa', 1, TRUE)");
                }
                return null;
            });
        }
        String sentence = "The feedback database was written by a newer version of Collateral Finder; update this one "
                + "to read it (the feedback is kept as it is).";
        assertThatThrownBy(() -> FeedbackDatabase.openForReading(DataDirectory.forReading(data))).hasMessage(sentence);
        assertThatThrownBy(() -> FeedbackDatabase.open(dir)).hasMessage(sentence);

        // what the newer version wrote is all there
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.feedbackDatabase().toAbsolutePath(), "sa", "");
             var s = c.createStatement(); var rows = s.executeQuery("SELECT COUNT(*) FROM feedback_event")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aVersionTwoDatabaseIsReadAsItIsAndMigratedKeepingItsFeedback() {
        Path data = temp.resolve("data");
        DataDirectory dir = DataDirectory.open(data);
        FeedbackEntry given = FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "ana", "2026-03-01T10:00:00Z",
                List.of("worked"), 4, null);
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            new FeedbackRepository(db).add(given);
            // as written by the version before edits in place were followed
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event, "
                            + "curation_outbox, local_curation, curation_event, content_succession, response_outbox, "
                            + "local_response, response_read, "
                            + "feedback_response, content_move");
                    s.execute("ALTER TABLE team_log_cursor DROP COLUMN fingerprint");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN slides");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN given_at");
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('3', '4', '5', '6', '7', '8', '9', '10', '11', '12')");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.openForReading(DataDirectory.forReading(data)).orElseThrow()) {
            assertThat(history(db)).containsExactly("1", "2");
            assertThat(new FeedbackRepository(db).list(Optional.of(FeedbackFixtures.HASH_A)))
                    .extracting(FeedbackEntry::user).containsExactly("ana");
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            FeedbackRepository repository = new FeedbackRepository(db);
            repository.recordEdits(List.of(new EditedFile("/share/deck.pptx", FeedbackFixtures.HASH_A,
                    FeedbackFixtures.HASH_B)));
            KnownFile deck = new KnownFile(FeedbackFixtures.HASH_B, "/share/deck.pptx");
            assertThat(repository.byFile(IndexedContents.of(List.of(deck))).current(deck)).extracting(FeedbackEntry::user,
                    FeedbackEntry::path).containsExactly(tuple("ana", "/share/deck.pptx"));
        }
    }

    /** Version 11 adds collections: a database of version 10 is read as it is (no collections) and then migrated. */
    @Test
    void aVersionTenDatabaseIsReadWithoutCollectionsAndGainsThemKeepingItsFeedback() {
        Path data = temp.resolve("data");
        DataDirectory dir = DataDirectory.open(data);
        FeedbackEntry given = FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "ana", "2026-03-01T10:00:00Z",
                List.of("worked"), 4, null);
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            new FeedbackRepository(db).add(given);
            db.write(c -> { // as version 10 left it
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event");
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('11', '12')");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.openForReading(DataDirectory.forReading(data)).orElseThrow()) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(new FileCollections(db).current()).isEmpty();
            assertThat(new FeedbackRepository(db).list(Optional.empty())).containsExactly(given);
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(dir)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            assertThat(tables(db)).contains("COLLECTION_EVENT", "COLLECTION_MEMBER", "COLLECTION_OUTBOX",
                    "LOCAL_COLLECTION");
            FileCollections collections = new FileCollections(db);
            collections.create("Renewal Q4", null, "ana");
            assertThat(collections.current()).extracting(FileCollection::name).containsExactly("Renewal Q4");
            assertThat(new FeedbackRepository(db).list(Optional.empty())).containsExactly(given);
        }
    }

    private static List<String> history(FeedbackDatabase db) {
        return db.read(c -> {
            var out = new ArrayList<String>();
            try (var s = c.createStatement();
                 var rows = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
            return out;
        });
    }

    private static List<String> tables(FeedbackDatabase db) {
        return db.read(c -> {
            var out = new ArrayList<String>();
            try (var rows = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    out.add(rows.getString("TABLE_NAME"));
                }
            }
            return out;
        });
    }

    @Test
    void aDatabaseOfTheLastVersionGainsTheAnswerTablesAndKeepsItsFeedback() {
        Path base = temp.resolve("feedback");
        FeedbackEntry entry = FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "alice", "2025-03-01T00:00:00Z",
                List.of("worked"), 5, null);
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            new FeedbackRepository(db).add(entry);
            // as the last version left it: migrated to 3, no answer tables
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event, "
                            + "curation_outbox, local_curation, curation_event, response_outbox, local_response, "
                            + "response_read, feedback_response, content_move");
                    s.execute("ALTER TABLE team_log_cursor DROP COLUMN fingerprint");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN slides");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN given_at");
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '5', '6', '7', '8', '9', '10', '11', '12')");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            assertThat(new FeedbackRepository(db).list(Optional.empty())).containsExactly(entry);
            assertThat(new FeedbackResponses(db).allResponses()).isEmpty();
        }
    }

    /**
     * Version 5 keys an edit by its path too: a database of version 4 keeps its edits, and two copies of a
     * content edited alike are two edits, each carrying the feedback to its own file.
     */
    @Test
    void aVersionFourDatabaseKeepsItsEditsAndTheSameEditAtTwoPathsIsRecordedTwice() {
        Path base = temp.resolve("feedback");
        FeedbackEntry given = FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A, "ana", "2026-03-01T10:00:00Z",
                List.of("worked"), 4, null);
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            new FeedbackRepository(db).add(given.withPath("/elsewhere/deck.pptx"));
            new FeedbackRepository(db).recordEdits(List.of(new EditedFile("/share/one.pptx", FeedbackFixtures.HASH_A,
                    FeedbackFixtures.HASH_B)));
            // as version 4 left it: edits keyed by their contents only
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event, "
                            + "curation_outbox, local_curation, curation_event, content_move");
                    s.execute("ALTER TABLE content_succession DROP PRIMARY KEY");
                    s.execute("ALTER TABLE content_succession ADD PRIMARY KEY (previous_hash, content_hash)");
                    s.execute("ALTER TABLE team_log_cursor DROP COLUMN fingerprint");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN slides");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN given_at");
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('5', '6', '7', '8', '9', '10', '11', '12')");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            FeedbackRepository repository = new FeedbackRepository(db);
            repository.recordEdits(List.of(new EditedFile("/share/two.pptx", FeedbackFixtures.HASH_A,
                    FeedbackFixtures.HASH_B)));
            KnownFile one = new KnownFile(FeedbackFixtures.HASH_B, "/share/one.pptx");
            KnownFile two = new KnownFile(FeedbackFixtures.HASH_B, "/share/two.pptx");
            KnownFile third = new KnownFile(FeedbackFixtures.HASH_B, "/share/three.pptx");
            FeedbackByFile files = repository.byFile(IndexedContents.of(List.of(one, two, third)));
            assertThat(files.current(one)).extracting(FeedbackEntry::user, FeedbackEntry::path)
                    .containsExactly(tuple("ana", "/share/one.pptx"));
            assertThat(files.current(two)).extracting(FeedbackEntry::user, FeedbackEntry::path)
                    .containsExactly(tuple("ana", "/share/two.pptx"));
            assertThat(files.current(third)).isEmpty(); // a copy of the new content was never edited
        }
    }

    /**
     * Version 6 keeps a fingerprint with each team log's cursor: the cursors of version 5 have none, so each log
     * is read once more from its start (merging ignores what is known), and then only what it gains.
     */
    @Test
    void aVersionFiveDatabaseReadsEachTeamLogOnceMoreFromItsStart() throws Exception {
        Path base = temp.resolve("feedback");
        Path team = Files.createDirectories(temp.resolve("team"));
        EventLogCodec codec = new EventLogCodec();
        Files.writeString(team.resolve("ana.jsonl"), codec.encode(FeedbackFixtures.entry(1, FeedbackFixtures.HASH_A,
                "ana", "2026-03-01T10:00:00Z", List.of("worked"), 4, null)) + "\n" + codec.encode(FeedbackFixtures.entry(2,
                FeedbackFixtures.HASH_B, "ana", "2026-03-02T10:00:00Z", List.of("outdated"), null, null)) + "\n");
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(new TeamFolderSync(db).sync(team).merged()).isEqualTo(2);
            // as version 5 left it: cursors without fingerprints
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE search_gap_outbox, local_search_gap, search_gap, search_gap_tally, laptop_id, "
                            + "saved_search_file, saved_search_filter, saved_search, "
                            + "collection_outbox, local_collection, collection_member, collection_event, "
                            + "curation_outbox, local_curation, curation_event, content_move");
                    s.execute("ALTER TABLE team_log_cursor DROP COLUMN fingerprint");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN slides");
                    s.execute("ALTER TABLE feedback_event DROP COLUMN given_at");
                    s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '8', '9', '10', '11', '12')");
                }
                return null;
            });
        }
        try (FeedbackDatabase db = FeedbackDatabase.open(base)) {
            assertThat(history(db)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            SyncResult once = new TeamFolderSync(db).sync(team);
            SyncResult then = new TeamFolderSync(db).sync(team);

            assertThat(List.of(once.logsRead(), once.merged(), once.alreadyKnown())).containsExactly(1, 0, 2);
            assertThat(List.of(then.logsRead(), then.merged(), then.alreadyKnown())).containsExactly(0, 0, 0);
            assertThat(new FeedbackRepository(db).list(Optional.empty())).extracting(FeedbackEntry::user)
                    .containsExactly("ana", "ana");
        }
    }
}
