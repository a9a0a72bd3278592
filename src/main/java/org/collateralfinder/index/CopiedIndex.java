package org.collateralfinder.index;

import java.io.File;

/**
 * An index copied read-only from another machine and searched beside this machine's own: a team index
 * published on a share (see {@code teamindex}). Kept as {@code copy.json} next to the copy's files.
 *
 * @param source             this machine's source the copy covers (its documents show this source)
 * @param mount              where this machine reaches that source now (its path or an alias): stored paths
 *                           under {@code publishedRoot} are shown under it
 * @param publishedRoot      the source's folder on the machine that built the index (its stored source and
 *                           the start of every stored path)
 * @param publishedSeparator that machine's file separator
 * @param folder             the copy's folder, relative to the copy's home ({@link CopiedIndexes#folderFor})
 * @param segmentsFile       the commit searched ({@code segments_N} in {@code folder})
 * @param generation         the published generation the commit belongs to
 * @param publishedAt        when it was published (ISO instant)
 * @param copiedAt           when this machine finished copying it (ISO instant)
 * @param documents          documents in the commit
 */
public record CopiedIndex(String source, String mount, String publishedRoot, String publishedSeparator,
                          String folder, String segmentsFile, long generation, String publishedAt, String copiedAt,
                          int documents) {

    /** Stored paths as seen here: the publisher's folder → this machine's mount point. */
    public PathMapping paths() {
        return new PathMapping(publishedRoot, mount, publishedSeparator.charAt(0), File.separatorChar);
    }

    /** The stored source as seen here: the publisher's folder → this machine's source. */
    public PathMapping sources() {
        return new PathMapping(publishedRoot, source, publishedSeparator.charAt(0), File.separatorChar);
    }

    /** The same copy, reached at another mount point. */
    public CopiedIndex atMount(String newMount) {
        return new CopiedIndex(source, newMount, publishedRoot, publishedSeparator, folder, segmentsFile, generation,
                publishedAt, copiedAt, documents);
    }
}
