/**
 * What the app can say about itself for support — version, Java, operating system, data folder,
 * sources and their reachability, index size, logs, the last run — never any document's contents.
 */
package org.collateralfinder.diagnostics;
