/**
 * Source folders (local and shared drives): remembering them, walking them with excludes, telling
 * whether a share is reachable, and the content identity of a file.
 */
package org.collateralfinder.sources;
