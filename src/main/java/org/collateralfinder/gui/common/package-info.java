/** Pieces every view shares: errors as sentences, settings files, icons, formats, file actions, debouncing. */
package org.collateralfinder.gui.common;
