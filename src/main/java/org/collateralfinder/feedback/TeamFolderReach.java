package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.OwnFolder;
import org.collateralfinder.model.PublishedIndexFolder;
import org.collateralfinder.model.SystemFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the team folder can be used now: one rule for the sync, for answering and for the window.
 *
 * <p>A team folder this computer synced with before that is now gone, or is an empty folder without the
 * marker every sync leaves in it, is a share that is not mounted (what is left is its bare mount point). It
 * is never made again there, and a folder there without the marker is not written to, whatever else it holds,
 * unless it holds a log with an entry recorded on this computer (the team folder restored or copied by a tool that
 * skips hidden files; the sync writes the marker again): a folder on the local disk would take the entries as
 * published, and the share would never get them. A
 * folder used for the first time that holds other files (a source's folder) is refused: the marker would
 * make every laptop's walk skip it. The entries wait in the database until the share is back. Only a folder never
 * used on this computer is made, once, where its parent folder exists and is not empty (an empty parent is
 * what a share that is not mounted yet leaves on a new laptop). A folder of the operating system ({@code /proc},
 * {@code /etc}, {@code C:\Windows} …) is refused whatever it holds. Whether the folder can be written is a
 * question of its own ({@link #writable}): a folder that cannot be written is still read.
 */
final class TeamFolderReach {

    private static final Logger LOG = LoggerFactory.getLogger(TeamFolderReach.class);

    /** A folder this computer published to or merged from: its publish mark or a log cursor names it. */
    private static final String USED_BEFORE = """
            SELECT (SELECT COUNT(*) FROM team_publish_folder WHERE folder = ?)
                 + (SELECT COUNT(*) FROM team_log_cursor WHERE folder = ?)
            """;

    /**
     * What was found.
     *
     * @param created    whether the folder was made now (its first use)
     * @param problem    why it cannot be used, as the start of a sentence ("The team folder … cannot be
     *                   reached: it is gone, as when its share is not mounted"), or null when it can
     * @param recognised when a folder used before has lost its marker file but holds a log with entries recorded
     *                   on this computer, that log's name ({@code alice.jsonl}): it is the team folder, and the sync
     *                   writes the marker again; else null
     */
    record Reach(boolean created, String problem, String recognised) {

        Reach(boolean created, String problem) {
            this(created, problem, null);
        }

        boolean usable() {
            return problem == null;
        }
    }

    private TeamFolderReach() {
    }

    /**
     * Finds out whether {@code folder} (absolute, normalised) can be used, making it when {@code mayCreate}
     * and it was never used here.
     */
    static Reach reach(FeedbackDatabase database, Path folder, boolean mayCreate) {
        Optional<Path> system = SystemFolder.containing(folder);
        if (system.isPresent()) {
            return new Reach(false, "The team folder " + folder + " is refused: it "
                    + SystemFolder.whereIs(folder, system.get()) + ", not one the team shares");
        }
        Optional<Path> published = PublishedIndexFolder.containing(folder);
        if (published.isPresent()) { // publishing deletes what it does not know there, and would stop at it
            return new Reach(false, "The team folder " + folder + " is refused: it is in " + published.get()
                    + ", where the team index is published; choose or make a folder of its own for the team's "
                    + "feedback beside it, " + suggestedFolderIn(published.get().getParent()));
        }
        String cannot = "The team folder " + folder + " cannot be reached: ";
        if (Files.isDirectory(folder)) {
            String marker = OwnFolder.TEAM_FEEDBACK.marker();
            if (Files.exists(folder.resolve(marker))) {
                return new Reach(false, null);
            }
            if (usedBefore(database, folder)) { // the marker is gone with the share, unless the folder holds our entries
                if (isEmpty(folder)) {
                    return new Reach(false, cannot + "it is empty, without the marker file " + marker + " every sync "
                            + "leaves in it, as when its share is not mounted; once the share is back, sync again, or "
                            + "if the team's folder moved, choose its new place as the team folder");
                }
                Optional<String> ownLog = ownLogIn(database, folder);
                if (ownLog.isPresent()) { // restored or copied by a tool that skips hidden files: still the folder
                    LOG.warn("The team folder {} lost its marker file {}; it holds this computer's entries in {}, so it "
                            + "is taken as the team folder and the marker is written again", folder, marker, ownLog.get());
                    return new Reach(false, null, ownLog.get());
                }
                return new Reach(false, cannot + "it does not hold the marker file " + marker + " every sync leaves in "
                        + "it, nor a log with an entry recorded on this computer, so it is not taken for the folder "
                        + "synced with before (as when its share is not mounted); if it is that folder, restored or "
                        + "copied without its hidden files, put an empty file named " + marker + " back in it and sync "
                        + "again");
            }
            Optional<String> other = otherFile(folder);
            if (other.isPresent()) { // a source's folder: its documents would be skipped by every laptop's walk
                return new Reach(false, cannot + "it holds other files (such as " + other.get() + "), and the marker a "
                        + "team folder gets would make every laptop skip them when indexing; choose or make a folder of "
                        + "its own for the team's feedback, " + suggestedFolderIn(folder));
            }
            return new Reach(false, null);
        }
        if (Files.exists(folder)) {
            return new Reach(false, cannot + "it is a file, not a folder");
        }
        if (usedBefore(database, folder)) {
            return new Reach(false, cannot + "it is gone, as when its share is not mounted");
        }
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return new Reach(false, cannot + "the folder " + parent + " it would be made in does not exist");
        }
        if (isEmpty(parent)) { // a new laptop whose share is not mounted yet would publish to its local disk
            return new Reach(false, cannot + "the folder " + parent + " it would be made in is empty, like the mount "
                    + "point of a share that is not mounted (if that is the right place, make " + folder.getFileName()
                    + " in it yourself)");
        }
        if (!mayCreate) {
            return new Reach(false, cannot + "it does not exist yet (the first sync with it makes it)");
        }
        try {
            Files.createDirectory(folder);
            LOG.info("Made the team folder {} at its first use", folder);
            return new Reach(true, null);
        } catch (IOException e) {
            LOG.warn("Could not create the team folder {}", folder, e);
            return new Reach(false, cannot + "it could not be made: " + CollateralException.why(e));
        }
    }

    /**
     * A team folder of its own in {@code parent}, as advice that works when followed ("such as …"): the first sync
     * with it makes it where {@code parent} holds files, but not in an empty parent, which {@link #reach} takes for the
     * mount point of a share that is not mounted (there the person is asked to make it), nor in a missing one.
     */
    static String suggestedFolderIn(Path parent) {
        Path suggested = parent.resolve(TeamLogFiles.DEFAULT_FOLDER_NAME);
        if (!Files.isDirectory(parent)) {
            return "such as " + suggested + " once " + parent + " can be reached (it does not exist now)";
        }
        if (isEmpty(parent)) {
            return "such as " + suggested + " (" + parent + " is empty, like the mount point of a share that is not "
                    + "mounted: if that is the right place, make it yourself)";
        }
        return "such as " + suggested;
    }

    /** Whether this computer published to or merged from the folder (absolute, normalised) before. */
    static boolean usedBefore(FeedbackDatabase database, Path folder) {
        return database.read(connection -> {
            try (PreparedStatement count = connection.prepareStatement(USED_BEFORE)) {
                count.setString(1, folder.toString());
                count.setString(2, folder.toString());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1) > 0;
                }
            }
        });
    }

    /** The log of this computer's in the folder that holds an entry recorded here, if any. */
    private static Optional<String> ownLogIn(FeedbackDatabase database, Path folder) {
        try {
            return OwnLogs.recordedHereIn(database, folder);
        } catch (IOException e) {
            LOG.warn("Could not read this computer's logs in {}", folder, e);
            return Optional.empty();
        }
    }

    /**
     * A file or folder a team folder never holds (its logs, {@code responses/}, {@code curation/},
     * {@code collections/}, {@code gaps/} and hidden files aside), or empty: the first such name, in name order.
     */
    private static Optional<String> otherFile(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".jsonl")
                            && !name.equals(ResponderRole.FOLDER_NAME) && !name.equals(CuratorRole.FOLDER_NAME)
                            && !name.equals(SubfolderLogSync.FOLDER_GAPS)
                            && !name.equals(SharerRole.FOLDER_NAME)
                            && !name.equalsIgnoreCase("desktop.ini") && !name.equalsIgnoreCase("Thumbs.db"))
                    .sorted().findFirst();
        } catch (IOException e) {
            LOG.warn("Could not list the team folder {}", folder, e);
            return Optional.empty(); // the sync's listing says it could not be read
        }
    }

    /**
     * Whether this user can write the folder: the operating system's answer, and where permission bits exist, the
     * bits that apply to this user (the owner's if it is theirs, else the group's or others'), so a folder made
     * read-only is taken as such even by an administrator whom the bits do not stop. On Windows shares the ACLs
     * decide (the operating system's answer).
     */
    static boolean writable(Path folder) {
        if (!Files.isWritable(folder)) {
            return false;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class);
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (attributes.owner().getName().equals(System.getProperty("user.name"))) {
                return permissions.contains(PosixFilePermission.OWNER_WRITE);
            }
            return permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException notPosix) {
            return true;
        } catch (IOException e) {
            LOG.warn("Could not read the permissions of {}", folder, e);
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            LOG.warn("Could not list the team folder {}", folder, e);
            return false; // the sync's listing says it could not be read
        }
    }
}
