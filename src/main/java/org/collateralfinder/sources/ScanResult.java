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
 * @param linkedOut symbolic links out of the folder not followed (a publisher's walk): what the index held through
 *                  them is not gone but must go
 */
public record ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped,
                         List<Path> unlisted, List<Path> linkedOut) {

    public ScanResult {
        unlisted = unlisted == null ? List.of() : List.copyOf(unlisted);
        linkedOut = linkedOut == null ? List.of() : List.copyOf(linkedOut);
    }

    public ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped,
                      List<Path> unlisted) {
        this(root, reachable, files, skipped, unlisted, List.of());
    }

    public ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped) {
        this(root, reachable, files, skipped, List.of());
    }
}
