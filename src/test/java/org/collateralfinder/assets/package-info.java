/**
 * Generators for the files in {@code assets/}: the fictional sample collateral the app opens with on
 * first start and the app icon, plus the test that keeps the sample collateral searchable.
 */
package org.collateralfinder.assets;
