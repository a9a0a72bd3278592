package org.collateralfinder.sources;

import java.nio.file.Path;
import java.util.List;
import org.collateralfinder.model.SkippedPath;

/**
 * What a walk of one source found.
 *
 * @param reachable false when the source folder itself could not be listed (unmounted share, missing)
 */
public record ScanResult(Path root, boolean reachable, List<ScannedFile> files, List<SkippedPath> skipped) {
}
