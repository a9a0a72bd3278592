package org.collateralfinder.model;

/** One value of a facet (a type, a source, a year...) and how many hits have it. */
public record FacetCount(String value, long count) {
}
