/** Keeping files offline from the window: the Keep offline action, pinned badges, the Offline section in Sources. */
package org.collateralfinder.gui.offline;
