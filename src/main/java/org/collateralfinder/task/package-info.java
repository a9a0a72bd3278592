/**
 * Background work with progress and cancel: the small task abstraction the GUI and CLI share.
 * No JavaFX scene types here.
 */
package org.collateralfinder.task;
