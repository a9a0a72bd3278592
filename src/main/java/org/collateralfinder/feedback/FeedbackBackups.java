package org.collateralfinder.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.collateralfinder.model.CollateralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic backups of the feedback database in {@code <data dir>/backups/}: one on open when the
 * newest is older than a day, the last {@value #KEEP} kept. A damaged database is never overwritten:
 * it is moved aside and the newest backup is restored in its place.
 */
public final class FeedbackBackups {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackBackups.class);
    static final int KEEP = 3;
    static final Duration EVERY = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("UTC"));
    private static final String PREFIX = "feedback-";

    private final Path folder;
    private final Clock clock;

    public FeedbackBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName())).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Makes a backup when the newest is older than a day (or there is none); keeps the last few. */
    void backUpIfDue(FeedbackDatabase db) {
        Optional<Path> newest = list().stream().findFirst();
        if (newest.isPresent() && !isOlderThan(newest.get(), EVERY)) {
            return;
        }
        backUpNow(db);
    }

    /** Makes a backup now (H2's online BACKUP: consistent while the database is open). */
    public Path backUpNow(FeedbackDatabase db) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
            // BACKUP TO takes a literal; the path is the app's own data folder, quotes doubled
            String sql = "BACKUP TO '" + target.toString().replace("'", "''") + "'";
            db.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
                return null;
            });
            pruneOld();
            LOG.info("Backed up the feedback database to {}", target);
            return target;
        } catch (IOException e) {
            throw new CollateralException("The feedback database could not be backed up: " + CollateralException.why(e) + ".", e);
        }
    }

    /**
     * Moves the damaged database file aside and puts the newest backup in its place.
     *
     * @return the sentence to tell the rep, or empty when there is no backup to restore
     */
    Optional<String> restoreNewest(Path dbFile) {
        List<Path> backups = list();
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        Path newest = backups.getFirst();
        try (ZipFile zip = new ZipFile(newest.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("the backup holds no database file"));
            Path aside = dbFile.resolveSibling(dbFile.getFileName() + ".damaged-" + STAMP.format(clock.instant()));
            Files.move(dbFile, aside);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, dbFile, StandardCopyOption.REPLACE_EXISTING);
            }
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"))
                    .format(Files.getLastModifiedTime(newest).toInstant());
            LOG.error("The feedback database was damaged; moved it to {} and restored {}", aside, newest);
            return Optional.of("The feedback database was damaged, so the automatic backup of " + when
                    + " was restored (the damaged file is kept as " + aside.getFileName()
                    + "); feedback the team shared since then returns with the next sync.");
        } catch (IOException e) {
            throw new CollateralException("The feedback database is damaged and its backup " + newest.getFileName()
                    + " could not be restored: " + CollateralException.why(e) + ".", e);
        }
    }

    private boolean isOlderThan(Path backup, Duration age) {
        try {
            Instant made = Files.getLastModifiedTime(backup).toInstant();
            return made.plus(age).isBefore(clock.instant());
        } catch (IOException e) {
            return true;
        }
    }

    private void pruneOld() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    static boolean isDamage(SQLException e) {
        // 90030 FILE_CORRUPTED_1, 90048 FILE_VERSION_ERROR_1, 90125 no database file header
        int code = e.getErrorCode();
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return code == 90030 || code == 90048 || message.contains("corrupt") || message.contains("file header");
    }
}
