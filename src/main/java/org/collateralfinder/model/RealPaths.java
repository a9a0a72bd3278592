package org.collateralfinder.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths compared as the file system sees them, also where they do not exist yet. */
public final class RealPaths {

    private RealPaths() {
    }

    /** The path with symbolic links resolved as far as it exists (the rest kept as written). */
    public static Path asFarAsItExists(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException | SecurityException e) {
            return path;
        }
    }
}
