/**
 * Files and folders a rep pins "available offline": local copies in the data folder, kept fresh while
 * the share is reachable and never dropped while it is not, within a size budget.
 */
package org.collateralfinder.offline;
