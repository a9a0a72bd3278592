/**
 * The feedback a rep gives on the selected file (worked / didn't land / outdated, stars, a comment), its
 * history and withdrawing it; the view model reads and writes through the feedback store of the
 * application services, never SQL.
 */
package org.collateralfinder.gui.feedback;
