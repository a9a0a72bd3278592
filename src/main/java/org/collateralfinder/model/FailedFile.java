package org.collateralfinder.model;

/** A file whose contents could not be extracted, with the reason and a detail sentence. */
public record FailedFile(String path, FailureReason reason, String detail) {
}
