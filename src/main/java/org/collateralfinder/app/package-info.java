/**
 * The desktop app's services, which use no JavaFX: the live index the window searches (swapped when the
 * data folder changes or a rebuild completes), background indexing runs and the watch on source
 * folders, the index's health at start, the feedback store the views read and write through, and the
 * window's own small settings. View models call these; only {@code gui} knows JavaFX.
 */
package org.collateralfinder.app;
