/**
 * The benchmark harness: indexes real and synthetic corpora with the built jar, measures speed, memory,
 * index size and query latency, and prints the figures as a Markdown table. Not a test: nothing here
 * asserts on time (see STYLE.md); run it with {@code ./mvnw -q -Pbenchmark package -DskipTests}.
 */
package org.collateralfinder.bench;
