package org.collateralfinder.sources;

import java.nio.file.Path;

/**
 * A file found by a folder walk.
 *
 * @param special true for FIFOs, devices and sockets: indexed by name only, never opened
 */
public record ScannedFile(Path path, long size, long modifiedMillis, boolean special) {
}
