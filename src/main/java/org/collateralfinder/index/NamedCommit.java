package org.collateralfinder.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * A commit named by its segments file, read only when opened. A folder holding a copied index may hold
 * several commits (the one searched, the one before, one being copied); this opens exactly the one named,
 * whatever the others are.
 */
final class NamedCommit extends IndexCommit {
    private final Directory directory;
    private final String segmentsFile;

    NamedCommit(Directory directory, String segmentsFile) {
        this.directory = directory;
        this.segmentsFile = segmentsFile;
    }

    private SegmentInfos infos() throws IOException {
        return SegmentInfos.readCommit(directory, segmentsFile);
    }

    @Override
    public String getSegmentsFileName() {
        return segmentsFile;
    }

    @Override
    public Collection<String> getFileNames() throws IOException {
        return infos().files(true);
    }

    @Override
    public Directory getDirectory() {
        return directory;
    }

    @Override
    public void delete() {
        throw new UnsupportedOperationException("a copied commit is not deleted through Lucene");
    }

    @Override
    public boolean isDeleted() {
        return false;
    }

    @Override
    public int getSegmentCount() {
        try {
            return infos().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long getGeneration() {
        return SegmentInfos.generationFromSegmentsFileName(segmentsFile);
    }

    @Override
    public Map<String, String> getUserData() throws IOException {
        return infos().getUserData();
    }
}
