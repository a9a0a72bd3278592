package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.model.CollateralException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database feedback lives in: one file in the data folder, owner-only, schema kept
 * current by Flyway migrations ({@code db/migration}), no server and no port.
 *
 * <p><b>Durability.</b> In H2 2.x a SQL {@code COMMIT} only marks the transaction committed in memory;
 * the MVStore writes committed changes to the file in the background, every {@code WRITE_DELAY} ms
 * (500 by default). {@code WRITE_DELAY=0} would not help: it sets the MVStore's auto-commit delay to 0,
 * which <em>turns the background writer off</em>. So every {@link #write} ends with
 * {@code CHECKPOINT SYNC}, which stores the committed changes and forces them to disk before the
 * method returns: what a caller was told is saved survives {@code kill -9} and power loss.
 * {@link #writeBatch} skips that for bulk merges, which call {@link #makeDurable()} once at the end.
 *
 * <p>Open it once per process, in the composition root, and share it: a second instance on the same
 * file in the same JVM would share H2's engine but not the in-memory view of current feedback. Another
 * process holding the file is waited for, up to {@link #IN_USE_WAIT}: a command of the command line holds it for
 * a moment, so commands run at the same time (a script's {@code &}) each get their turn; the window holds it for
 * as long as it is open, and opening then fails with a sentence once the wait is over ({@link InUseWait}).
 * Failures surface as {@link CollateralException} with the SQL cause attached, to be logged once by
 * whoever handles them.
 */
public final class FeedbackDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackDatabase.class);
    private static final String SUFFIX = ".mv.db";
    /** How long opening waits while another process holds the file, before saying it is in use. */
    static final Duration IN_USE_WAIT = Duration.ofSeconds(10);
    /** Stores committed changes in the file and fsyncs it. */
    private static final String CHECKPOINT = """
            CHECKPOINT SYNC
            """;

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Set under writeLock; null until first needed and after a failed write. Volatile for {@link #loadedView}. */
    private volatile CurrentFeedback current;
    private String restoreNotice;
    /** Counts the writes that stored curations, so a view of them knows when it is out of date. */
    private final AtomicLong curationVersion = new AtomicLong();
    /** Counts the writes that stored versions of collections, as {@link #curationVersion} does for curations. */
    private final AtomicLong collectionVersion = new AtomicLong();

    /** The version of the newest file in {@code db/migration} (a test checks they agree). */
    static final String LATEST_MIGRATION = "12";
    /**
     * What a read-only open accepts: the newest schema, and those before it back to 2, whose missing tables
     * (edits in place, answers, moves) read as empty and whose keys differ only (5 keys an edit by its path too;
     * 6 adds the team logs' fingerprints, which only a sync reads; 7 the files moved after an edit; 8 the slides an
     * entry names, read as none before; 9 when an entry given again was first given, read as when it was recorded;
     * 10 marketing's curation, read as none before; 11 collections, read as none before; 12 the searches that found
     * nothing and the saved searches, read as none before), so commands that only read keep the team's feedback after an
     * update.
     */
    private static final Set<String> READABLE_MIGRATIONS = Set.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            LATEST_MIGRATION);

    private FeedbackDatabase(JdbcConnectionPool pool, Path file) {
        this.pool = pool;
        this.file = file;
    }

    /** Opens (creating and migrating as needed) the database of a data folder. */
    public static FeedbackDatabase open(DataDirectory dataDirectory) {
        return open(dataDirectory.feedbackDatabase());
    }

    /**
     * Opens the database whose file is {@code base} + ".mv.db", backing it up once a day into a
     * {@code backups} folder beside it. A damaged file is moved aside and the newest backup restored;
     * {@link #restoreNotice()} then says so.
     */
    public static FeedbackDatabase open(Path base) {
        return open(base, IN_USE_WAIT, () -> { });
    }

    /**
     * As {@link #open(Path)}, waiting at most {@code wait} while another process holds the file, and running
     * {@code whileInUse} each time it is found held.
     */
    static FeedbackDatabase open(Path base, Duration wait, Runnable whileInUse) {
        Path absolute = base.toAbsolutePath().normalize();
        FeedbackBackups backups = new FeedbackBackups(absolute.resolveSibling("backups"), Clock.systemUTC());
        FeedbackDatabase db;
        String notice = null;
        try {
            db = InUseWait.open(Path.of(absolute + SUFFIX), false, wait, whileInUse, () -> openOnce(absolute));
        } catch (CollateralException e) {
            if (!(e.getCause() instanceof SQLException sql) || !FeedbackBackups.isDamage(sql)) {
                throw e;
            }
            LOG.error("The feedback database {} is damaged", absolute, e.getCause());
            notice = backups.restoreNewest(Path.of(absolute + SUFFIX)).orElseThrow(() -> new CollateralException(
                    "The feedback database is damaged and there is no backup yet; it is left untouched in "
                            + absolute.getParent() + " for repair.", e.getCause()));
            db = InUseWait.open(Path.of(absolute + SUFFIX), false, wait, whileInUse, () -> openOnce(absolute));
        }
        db.restoreNotice = notice;
        backups.backUpIfDue(db);
        return db;
    }

    /**
     * The database of a data folder for commands that only read: opened read-only (nothing in the folder
     * changes, and a read-only folder can be read), no migration, no backup, no repair. Empty when there
     * is no database yet.
     */
    public static Optional<FeedbackDatabase> openForReading(DataDirectory dataDirectory) {
        return openForReading(dataDirectory, IN_USE_WAIT, () -> { });
    }

    /** As {@link #openForReading(DataDirectory)}, waiting as {@link #open(Path, Duration, Runnable)} does. */
    static Optional<FeedbackDatabase> openForReading(DataDirectory dataDirectory, Duration wait, Runnable whileInUse) {
        Path absolute = dataDirectory.feedbackDatabase().toAbsolutePath().normalize();
        if (!Files.exists(Path.of(absolute + SUFFIX))) {
            return Optional.empty();
        }
        if (absolute.toString().contains(";")) {
            throw new CollateralException("The feedback database cannot live in a folder whose path contains \";\".");
        }
        JdbcConnectionPool pool = InUseWait.open(Path.of(absolute + SUFFIX), true, wait, whileInUse,
                () -> openReadOnlyOnce(absolute));
        String version = schemaVersion(pool);
        if (!READABLE_MIGRATIONS.contains(version)) {
            pool.dispose();
            throw newer(version) ? newerVersion() : new CollateralException("The feedback database was written by an "
                    + "older version of Collateral Finder; open the app or record feedback once to bring it up to date.");
        }
        return Optional.of(new FeedbackDatabase(pool, Path.of(absolute + SUFFIX)));
    }

    private static JdbcConnectionPool openReadOnlyOnce(Path absolute) {
        // TRACE_LEVEL_FILE=0: H2 closing a read-only store tries to write it back and logs that refusal as an
        // error with a stack trace, on every command that reads; any failure that matters reaches this code
        // as an exception and is logged where it is handled
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + absolute
                + ";TRACE_LEVEL_FILE=0;ACCESS_MODE_DATA=r", "sa", "");
        try (Connection probe = pool.getConnection()) {
            LOG.debug("Opened feedback database {} read-only", absolute);
            return pool;
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(absolute, e);
        }
    }

    /** A sentence when this open restored a backup of a damaged database, else null. */
    public String restoreNotice() {
        return restoreNotice;
    }

    private static FeedbackDatabase openOnce(Path absolute) {
        if (absolute.toString().contains(";")) {
            throw new CollateralException("The feedback database cannot live in a folder whose path contains \";\".");
        }
        // TRACE_LEVEL_FILE=4: H2's own messages go to SLF4J, no trace file next to the database.
        // CACHE_SIZE (KB): 64 MB of pages instead of 16, so merging a team's history rereads less.
        String url = "jdbc:h2:file:" + absolute + ";TRACE_LEVEL_FILE=4;CACHE_SIZE=65536";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            try (Connection probe = pool.getConnection()) {
                restrictToOwner(Path.of(absolute + SUFFIX));
                LOG.debug("Opened feedback database {} (H2 {})", absolute, probe.getMetaData().getDatabaseProductVersion());
            }
            String version = schemaVersion(pool);
            if (newer(version)) {
                throw newerVersion();
            }
            if (!LATEST_MIGRATION.equals(version)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translateOpenFailure(absolute, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new CollateralException("The feedback database could not be brought up to date.", e);
        } catch (CollateralException e) {
            pool.dispose();
            throw e;
        }
        return new FeedbackDatabase(pool, Path.of(absolute + SUFFIX));
    }

    /**
     * Whether a newer version of the app wrote the database (a laptop that went back to an older version): its
     * migrations go further than this version's. It was refused as "written by an older version" (slides re-test 17).
     */
    private static boolean newer(String version) {
        try {
            return version != null && Integer.parseInt(version) > Integer.parseInt(LATEST_MIGRATION);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static CollateralException newerVersion() {
        return new CollateralException("The feedback database was written by a newer version of Collateral Finder; "
                + "update this one to read it (the feedback is kept as it is).");
    }

    /** The newest migration applied, or null for a new database (or one that cannot say). */
    private static String schemaVersion(JdbcConnectionPool pool) {
        String sql = """
                SELECT "version" FROM "flyway_schema_history" WHERE "success" ORDER BY "installed_rank" DESC LIMIT 1
                """;
        try (Connection c = pool.getConnection()) {
            try (ResultSet history = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!history.next()) {
                    return null; // a new database (asking for the table would make H2 log an error)
                }
            }
            try (PreparedStatement statement = c.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static CollateralException translateOpenFailure(Path base, SQLException e) {
        // 90020: file locked by another process; 90028: I/O problem.
        if (e.getErrorCode() == 90020) {
            return new InUseWait.InUse(e);
        }
        return new CollateralException("The feedback database in " + base.getParent() + " could not be opened.", e);
    }

    private static void restrictToOwner(Path dbFile) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.exists(dbFile)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dbFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            LOG.warn("Could not make {} readable by its owner only", dbFile, e);
        }
    }

    /** The database file (ending in ".mv.db"). */
    public Path file() {
        return file;
    }

    /** Runs read-only work. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new CollateralException("The feedback could not be read from the database.", e);
        }
    }

    /** Runs work in one transaction, then makes it durable before returning. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            T result = writeBatch(work);
            makeDurable();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs work in one transaction, committed but not yet forced to disk: a crash may lose it whole
     * (never half of it). Call {@link #makeDurable()} after a series of these.
     */
    public <T> T writeBatch(SqlWork<T> work) {
        writeLock.lock();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                current = null;  // it may hold events of the rolled-back transaction: reload when next needed
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CollateralException("The feedback could not be saved in the database.", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Each rep's current feedback per content hash, loaded from the events on first use. Writers apply
     * the events they insert to it (see {@link EventTable#insertNew}).
     */
    CurrentFeedback current() {
        writeLock.lock();
        try {
            if (current == null) {
                current = read(EventTable::loadCurrent);
            }
            return current;
        } finally {
            writeLock.unlock();
        }
    }

    /** The current view if it is loaded, never waiting for a writer (to tell whether a view built on it is out of date). */
    CurrentFeedback loadedView() {
        return current;
    }

    /** How many times curations were stored since this was opened: a view built at another count is out of date. */
    long curationVersion() {
        return curationVersion.get();
    }

    /** Curations were stored (after their transaction committed). */
    void curationsChanged() {
        curationVersion.incrementAndGet();
    }

    /** How many times versions of collections were stored since this was opened. */
    long collectionVersion() {
        return collectionVersion.get();
    }

    /** Versions of collections were stored (after their transaction committed). */
    void collectionsChanged() {
        collectionVersion.incrementAndGet();
    }

    /** Stores everything committed so far in the file and forces it to disk. */
    public void makeDurable() {
        try (Connection connection = pool.getConnection();
             PreparedStatement checkpoint = connection.prepareStatement(CHECKPOINT)) {
            checkpoint.execute();
        } catch (SQLException e) {
            throw new CollateralException("The feedback could not be written to disk.", e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
