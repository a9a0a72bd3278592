package org.collateralfinder.index;

import org.collateralfinder.sources.ScannedFile;

/**
 * A file a run reads: new, or changed since it was indexed.
 *
 * @param source the registered source it was found in
 * @param update whether the index already holds a version of it
 * @param slow   whether it lives on a share that answered slowly
 * @param previousHash the content the index holds for it (an edit in place replaces it), or null
 */
record WorkItem(ScannedFile file, String source, boolean update, boolean slow, String previousHash) {

    WorkItem withPreviousHash(String hash) {
        return new WorkItem(file, source, update, slow, hash);
    }
}
