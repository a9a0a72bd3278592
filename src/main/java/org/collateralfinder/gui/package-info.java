/**
 * The desktop app: the window, its view models and the composition root ({@link org.collateralfinder.gui.AppContext}).
 * Views are thin; view models hold state as JavaFX properties and do their work on background executors.
 */
package org.collateralfinder.gui;
