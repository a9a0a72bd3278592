/** The sources and indexing view: folders, excludes, per-source state, background indexing with progress. */
package org.collateralfinder.gui.sources;
