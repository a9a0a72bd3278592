/**
 * The About window: version, data folder, logs, sources and team defaults, and the diagnostics a rep
 * copies for support (configuration and counts only, never document contents).
 */
package org.collateralfinder.gui.about;
