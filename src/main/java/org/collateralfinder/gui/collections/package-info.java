/**
 * Collections in the window: the sidebar listing them (those answering the search first) with the chosen one's files
 * in order, which collections hold the selected file, and adding it to one or taking it out.
 */
package org.collateralfinder.gui.collections;
