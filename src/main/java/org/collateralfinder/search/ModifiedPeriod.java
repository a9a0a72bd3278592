package org.collateralfinder.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.FacetCount;

/**
 * The "modified" facet: files changed this month, this year (including this month) or before this
 * year, in the rep's own time zone. Used as the {@code "modified"} key of facets and filters.
 */
public enum ModifiedPeriod {
    THIS_MONTH("month", "This month"),
    THIS_YEAR("year", "This year"),
    OLDER("older", "Older");

    /** The facet and filter key. */
    public static final String FACET = "modified";

    private final String id;
    private final String label;

    ModifiedPeriod(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static ModifiedPeriod fromId(String id) {
        for (ModifiedPeriod p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no modified period " + id);
    }

    /** The first and last epoch millisecond of this period, as seen on {@code today} in {@code zone}. */
    public long[] range(LocalDate today, ZoneId zone) {
        long monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long yearStart = today.withDayOfYear(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return switch (this) {
            case THIS_MONTH -> new long[] {monthStart, Long.MAX_VALUE};
            case THIS_YEAR -> new long[] {yearStart, Long.MAX_VALUE};
            case OLDER -> new long[] {Long.MIN_VALUE, yearStart - 1};
        };
    }

    /** A filter accepting files modified in any of the given periods (ids). */
    static Query filter(List<String> ids, LocalDate today, ZoneId zone) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : ids) {
            long[] r = fromId(id).range(today, zone);
            any.add(LongPoint.newRangeQuery(Schema.MODIFIED, r[0], r[1]), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** How many of the matching documents fall in each period; periods without files are left out. */
    static List<FacetCount> count(FacetsCollector matching, LocalDate today, ZoneId zone) throws IOException {
        long month = THIS_MONTH.range(today, zone)[0];
        long year = THIS_YEAR.range(today, zone)[0];
        long[] counts = new long[3];
        for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
            NumericDocValues times = m.context().reader().getNumericDocValues(Schema.MODIFIED);
            if (times == null || m.bits() == null) {
                continue;
            }
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!times.advanceExact(doc)) {
                    continue;
                }
                long t = times.longValue();
                if (t >= year) {
                    counts[1]++;
                    if (t >= month) {
                        counts[0]++;
                    }
                } else {
                    counts[2]++;
                }
            }
        }
        List<FacetCount> result = new ArrayList<>();
        for (ModifiedPeriod p : values()) {
            if (counts[p.ordinal()] > 0) {
                result.add(new FacetCount(p.id, counts[p.ordinal()]));
            }
        }
        return result;
    }
}
