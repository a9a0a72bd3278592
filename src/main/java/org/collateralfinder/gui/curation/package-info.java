/**
 * Marketing's curation of the selected file in the window: what it is (official, draft, retired, expired) and, for
 * whoever may write the team folder's curation folder, the form that sets it.
 */
package org.collateralfinder.gui.curation;
