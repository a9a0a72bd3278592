package org.collateralfinder.offline;

import java.util.List;

/**
 * What a pin did.
 *
 * @param pin           the pin now covering the path (a pinned folder, when the path lies inside one)
 * @param alreadyPinned the path was already available offline; its copies were brought up to date
 * @param copiedFiles   files copied by this call
 * @param copiedBytes   bytes copied by this call
 * @param failed        files of a folder that could not be copied (the next refresh tries them again)
 */
public record PinResult(Pin pin, boolean alreadyPinned, int copiedFiles, long copiedBytes, List<CopyFailure> failed) {

    public PinResult {
        failed = List.copyOf(failed);
    }
}
