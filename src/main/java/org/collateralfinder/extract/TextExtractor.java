package org.collateralfinder.extract;

/**
 * Extracts text and metadata. Never throws for a bad file: the failure and its reason come back in
 * the {@link Extraction}. Safe to call from several threads.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(ExtractionRequest request);

    @Override
    void close();
}
