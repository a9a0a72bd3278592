package org.collateralfinder.gui.preview;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;

/** Pictures of a file's pages or slides. Implementations do file I/O: call them off the FX thread. */
public interface PagePictures {

    /**
     * A rendered page, how many pages the file has, and the words drawn on it with where they are (for marking what
     * the search matched; empty when not known).
     */
    record Picture(Image image, int pageCount, List<PageWord> words) {
        public Picture {
            words = List.copyOf(words);
        }
    }

    /** Whether files with this extension have page pictures at all. */
    boolean supports(String extension);

    /** The picture of page {@code page} (0-based) of the file. */
    Picture picture(Path file, String extension, int page, long modifiedMillis);
}
