/**
 * Searching the index: the query language reps know (AND by default, phrases, OR, -exclusion,
 * prefix*, fields, date ranges), ranking, snippets and facets; bad queries explained in a sentence.
 */
package org.collateralfinder.search;
