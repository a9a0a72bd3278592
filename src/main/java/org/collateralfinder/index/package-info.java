/**
 * The Lucene index on local disk: its schema (in {@link org.collateralfinder.index.Schema}, the one
 * place fields are defined), the long-lived writer and searcher manager, and incremental indexing runs.
 */
package org.collateralfinder.index;
