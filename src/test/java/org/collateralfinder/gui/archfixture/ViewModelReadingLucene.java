package org.collateralfinder.gui.archfixture;

import org.apache.lucene.index.IndexReader;

/** A view model that reads the index itself: what {@code LibraryBoundariesTest} must refuse. Never used. */
public final class ViewModelReadingLucene {

    public int documents(IndexReader reader) {
        return reader.numDocs();
    }
}
