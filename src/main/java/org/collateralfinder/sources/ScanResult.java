package org.collateralfinder.sources;

import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.SkippedPath;

/**
 * What a walk of one source found.
 *
 * @param reachable false when the source folder itself could not be listed (unmounted share, missing)
 * @param unlisted  folders under the root that could not be listed (or whose entry could not be read): what
 *                  they hold is unknown, not gone
 */
public record ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped,
                         List<Path> unlisted) {

    public ScanResult {
        unlisted = unlisted == null ? List.of() : List.copyOf(unlisted);
    }

    public ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped) {
        this(root, reachable, files, skipped, List.of());
    }
}
