package org.collateralfinder.gui.search;

import org.collateralfinder.search.SearchRequest;

/** The orders the result list offers. Rating re-sorts the best hits by their feedback. */
public enum ResultOrder {
    RELEVANCE("Relevance", SearchRequest.Order.RELEVANCE),
    NEWEST("Newest", SearchRequest.Order.NEWEST),
    NAME("Name", SearchRequest.Order.NAME),
    RATING("Rating", SearchRequest.Order.RELEVANCE);

    private final String label;
    private final SearchRequest.Order order;

    ResultOrder(String label, SearchRequest.Order order) {
        this.label = label;
        this.order = order;
    }

    public SearchRequest.Order searchOrder() {
        return order;
    }

    @Override
    public String toString() {
        return label;
    }
}
