package org.collateralfinder.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder the app makes inside the team folder for every rep's logs: {@code collections/} (the first share makes it)
 * and {@code gaps/} (the first week of search counts shared). It is made as writable as the team folder itself — the
 * team folder's permission bits, setgid and sticky included, and its group — never as the maker's umask would make it
 * (0755, the maker's own): then every other rep could neither share a collection nor deliver their counts. Marketing's
 * folders ({@code curation/}, {@code responses/}) are never made by the app: whoever runs the share makes them,
 * writable by marketing only. Where the file system has no POSIX permissions (Windows, SMB), the folder inherits the
 * share's ACLs as any new folder does.
 */
final class EveryRepsFolder {

    private static final Logger LOG = LoggerFactory.getLogger(EveryRepsFolder.class);
    /** Permission bits with setuid, setgid and sticky, without the file type of {@code unix:mode}. */
    private static final int PERMISSION_BITS = 07777;

    private EveryRepsFolder() {
    }

    /**
     * Makes {@code folder} (its parent is the team folder) with the team folder's permissions and group.
     *
     * @throws java.nio.file.FileAlreadyExistsException when it (or a file of its name) is there already
     */
    static void make(Path folder) throws IOException {
        Files.createDirectory(folder);
        LOG.info("Made the team's {} folder {}", folder.getFileName(), folder);
        Path team = folder.getParent();
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return; // no POSIX permissions: it inherits the share's ACLs
        }
        GroupPrincipal group = Files.readAttributes(team, PosixFileAttributes.class).group();
        try { // before the mode: a change of group may clear the setgid bit
            view.setGroup(group);
        } catch (IOException e) { // a group the maker is not in; a setgid team folder gave it its group already
            LOG.warn("Could not give {} the team folder's group {}", folder, group.getName(), e);
        }
        try {
            Files.setAttribute(folder, "unix:mode", mode(team));
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            Files.setPosixFilePermissions(folder, Files.getPosixFilePermissions(team));
        }
    }

    /**
     * Why this user cannot write {@code folder} while they can write the team folder it is in, with the command that
     * gives it the team folder's permissions: "it is rob's with mode 0755, narrower than the team folder's 1777; rob
     * or whoever runs the share can give it the team folder's permissions: chmod 1777 /share/team/gaps" (and its group
     * first, by whoever runs the share, where the team folder lets its group write and not everyone). Empty when the
     * team folder cannot be written either (the share's permissions), or nothing can be said.
     */
    static Optional<String> narrowerThanTheTeamFolder(Path folder) {
        Path team = folder.getParent();
        if (!TeamFolderReach.writable(team)) {
            return Optional.empty();
        }
        try {
            PosixFileAttributes own = Files.readAttributes(folder, PosixFileAttributes.class);
            PosixFileAttributes teams = Files.readAttributes(team, PosixFileAttributes.class);
            String teamMode = octal(team, teams.permissions());
            // the group matters only where the team folder lets its group write and not everyone (issue 16 re-test
            // r23, finding 6: on a 1777 team folder a rep was told to chgrp to root, which only root may do)
            boolean groupMatters = !own.group().equals(teams.group())
                    && teams.permissions().contains(PosixFilePermission.GROUP_WRITE)
                    && !teams.permissions().contains(PosixFilePermission.OTHERS_WRITE);
            String owner = own.owner().getName();
            return Optional.of("it is " + owner + "'s with mode " + octal(folder, own.permissions())
                    + ", narrower than the team folder's " + teamMode + "; " + (groupMatters
                    ? "whoever runs the share can give it the team folder's group and permissions: chgrp "
                            + teams.group().getName() + " " + quoted(folder) + " && "
                    : owner + " or whoever runs the share can give it the team folder's permissions: ")
                    + "chmod " + teamMode + " " + quoted(folder));
        } catch (UnsupportedOperationException notPosix) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Could not read the permissions of {} or {}", folder, team, e);
            return Optional.empty();
        }
    }

    private static int mode(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode")) & PERMISSION_BITS;
    }

    /** The mode as chmod takes it, four digits ("1777"), setgid and sticky included where they can be read. */
    private static String octal(Path path, Set<PosixFilePermission> permissions) {
        int mode;
        try {
            mode = mode(path);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException noUnixView) {
            mode = 0;
            for (PosixFilePermission permission : permissions) {
                mode |= 1 << (8 - permission.ordinal());
            }
        }
        return "%04o".formatted(mode);
    }

    /** The path as a shell takes it: quoted when it holds anything but letters, digits and {@code /._-}. */
    private static String quoted(Path path) {
        String text = path.toString();
        return text.matches("[A-Za-z0-9/._-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
