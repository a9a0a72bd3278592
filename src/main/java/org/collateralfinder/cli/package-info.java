/**
 * The command line (picocli): index, search, status, sources, feedback. Its {@code --json} output is a
 * contract scripts rely on; errors are printed as one sentence with a non-zero exit code.
 */
package org.collateralfinder.cli;
