package org.collateralfinder.gui.preview;

import java.nio.file.Path;
import javafx.scene.image.Image;

/** Pictures of a file's pages or slides. Implementations do file I/O: call them off the FX thread. */
public interface PagePictures {

    /** A rendered page and how many pages the file has. */
    record Picture(Image image, int pageCount) {
    }

    /** Whether files with this extension have page pictures at all. */
    boolean supports(String extension);

    /** The picture of page {@code page} (0-based) of the file. */
    Picture picture(Path file, String extension, int page, long modifiedMillis);
}
