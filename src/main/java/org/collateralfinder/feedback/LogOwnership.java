package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the file system says a log in marketing's folders ({@code curation/}, {@code responses/}) is someone else's
 * than the author it is named after: {@code curation/eve.jsonl} owned by maria. Its lines are then skipped (a line's
 * author is its log, so a log in another's name would let one curator, or a rep who could make the folder, speak for
 * another). Only where the file system knows owners by name (POSIX); an owner that is the user running this app tells
 * nothing (a share mounted with every file given to whoever mounted it), nor does one known by number only (a share
 * of another computer's users), nor the superuser (a log restored from a backup).
 */
final class LogOwnership {

    private static final Logger LOG = LoggerFactory.getLogger(LogOwnership.class);
    /** Whoever runs the share restores logs from a backup as the superuser, who could write any log anyway. */
    private static final String SUPERUSER = "root";

    private LogOwnership() {
    }

    /** The owner of the log when the file system says it is another's than {@code logName}'s; else empty. */
    static Optional<String> otherOwner(Path log, String logName) {
        String owner;
        try {
            owner = Files.readAttributes(log, PosixFileAttributes.class).owner().getName();
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Could not read the owner of {}", log, e);
            return Optional.empty();
        }
        String me = System.getProperty("user.name", "");
        boolean tellsNothing = owner.isEmpty() || owner.chars().allMatch(Character::isDigit) || owner.equals(SUPERUSER)
                || TeamLogFiles.logFileName(owner).equals(TeamLogFiles.logFileName(me));
        return tellsNothing || TeamLogFiles.logFileName(owner).equals(logName) ? Optional.empty() : Optional.of(owner);
    }

    /** Whether {@code name} is the user running this app, as their log is named. */
    static boolean isThisUser(String name) {
        return TeamLogFiles.logFileName(name).equals(TeamLogFiles.logFileName(System.getProperty("user.name", "")));
    }
}
