/**
 * The team index: one machine indexes a share and publishes the index into it (a Lucene commit and a
 * manifest, in {@code .collateral-index}); laptops copy the files they lack, verify them against their
 * checksums and search the copy beside their own index, instead of each reading every file.
 */
package org.collateralfinder.teamindex;
