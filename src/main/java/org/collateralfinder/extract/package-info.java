/**
 * Text and metadata extraction with Apache Tika, guarded by limits, timeouts and an isolated
 * worker process so a parser that hangs or runs out of memory never stops the indexer.
 */
package org.collateralfinder.extract;
