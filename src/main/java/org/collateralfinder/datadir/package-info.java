/**
 * The one local folder everything the app writes lives in (index, database, caches, logs, settings):
 * where it is, its layout, and that only its owner can read it.
 */
package org.collateralfinder.datadir;
