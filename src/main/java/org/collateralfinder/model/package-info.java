/**
 * Immutable records shared by every layer: files, sources, hits, failures and the one project exception.
 * Depends on nothing but the JDK.
 */
package org.collateralfinder.model;
