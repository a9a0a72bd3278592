/** Pieces every view shares: error and notice banners, icons, formats, file actions, debouncing. */
package org.collateralfinder.gui.common;
