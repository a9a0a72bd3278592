/**
 * Settings that come with the installation rather than from the rep: a sales team's defaults (source
 * folders, excludes, the team feedback folder), optionally locked, applied on every start.
 */
package org.collateralfinder.settings;
