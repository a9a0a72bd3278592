/**
 * A feature's small settings file ({@code <feature>.properties} in the data folder): read whole, replaced
 * whole. Uses nothing of the project, so any feature may keep its settings with it.
 */
package org.collateralfinder.settingsfile;
