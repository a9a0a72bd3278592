/**
 * What reps say about files (tags, ratings, comments), keyed by content hash: the H2 database and all
 * of the app's SQL, its migrations, the team folder the logs are shared through, and marketing's report.
 */
package org.collateralfinder.feedback;
