package org.collateralfinder.model;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders of the operating system ({@code /proc}, {@code /etc}, {@code C:\Windows} …), never a folder a team
 * shares: one rule for the team feedback folder and for publishing a team index, so both refuse the same folders.
 */
public final class SystemFolder {

    /** Folders of the operating system on Linux and macOS. */
    private static final List<String> UNIX = List.of("/proc", "/sys", "/dev", "/etc", "/boot", "/bin", "/sbin", "/lib",
            "/lib32", "/lib64", "/usr", "/System", "/private/etc");

    private SystemFolder() {
    }

    /**
     * "is in /etc, a folder of the operating system", or "is a folder of the operating system" for that folder itself:
     * "/proc is in /proc, a folder of the operating system" said the same thing twice (window re-test 22, F9).
     *
     * @param system what {@link #containing} found for {@code folder}
     */
    public static String whereIs(Path folder, Path system) {
        return folder.equals(system) ? "is a folder of the operating system"
                : "is in " + system + ", a folder of the operating system";
    }

    /**
     * The folder of the operating system that {@code folder} (absolute) is in, by its path or, as far as it exists,
     * its real path; empty when it is in none.
     */
    public static Optional<Path> containing(Path folder) {
        List<Path> roots = new ArrayList<>();
        if (File.separatorChar == '/') {
            UNIX.forEach(root -> roots.add(Path.of(root)));
        }
        for (String variable : List.of("SystemRoot", "ProgramFiles", "ProgramFiles(x86)")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                roots.add(Path.of(value));
            }
        }
        Path real = RealPaths.asFarAsItExists(folder);
        for (Path root : roots) {
            if (folder.startsWith(root) || real.startsWith(root)) {
                return Optional.of(root);
            }
        }
        return Optional.empty();
    }
}
