package org.collateralfinder.search;

import java.util.List;
import org.collateralfinder.feedback.CollectionFiles;
import org.collateralfinder.model.FileCollection;

/**
 * A collection with its files as the index searched holds them now, in its order ({@link CollectionFiles}).
 *
 * @param files each file where it is now (or where it was, when it is no longer found)
 */
public record FoundCollection(FileCollection collection, List<CollectionFiles.Shown> files) {

    public FoundCollection {
        files = List.copyOf(files);
    }

    /** The paths of its files that the index has, in order. */
    public List<String> foundPaths() {
        return files.stream().filter(CollectionFiles.Shown::found).map(CollectionFiles.Shown::path).toList();
    }
}
