/** Search as you type: the search box, suggestions, the result list and the filter panel. */
package org.collateralfinder.gui.search;
