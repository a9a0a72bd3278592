package org.collateralfinder.task;

/** Receives progress reports, possibly from several threads; implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(Progress progress);
}
