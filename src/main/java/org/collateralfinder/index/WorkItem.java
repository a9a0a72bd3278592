package org.collateralfinder.index;

import org.collateralfinder.sources.ScannedFile;

/**
 * A file a run reads: new, or changed since it was indexed.
 *
 * @param source the registered source it was found in
 * @param update whether the index already holds a version of it
 * @param slow   whether it lives on a share that answered slowly
 */
record WorkItem(ScannedFile file, String source, boolean update, boolean slow) {
}
