package org.collateralfinder.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.FacetCount;

/**
 * File sizes as a rep thinks of them: under 1 MB, 1–10 MB, over 10 MB (1 MB = 1,048,576 bytes, as file
 * managers count). The bucket ids are both the facet values and what the {@code "size"} filter and
 * {@code size:} accept; {@code size:} also takes {@code <5mb}, {@code >500kb} and {@code [1mb TO 10mb]}.
 */
public final class SizeBuckets {

    public static final String FACET = "size";
    public static final String SMALL = "under-1mb";
    public static final String MEDIUM = "1-10mb";
    public static final String LARGE = "over-10mb";
    public static final List<String> IDS = List.of(SMALL, MEDIUM, LARGE);

    private static final long MB = 1024L * 1024;
    private static final LongRange[] RANGES = {
        new LongRange(SMALL, 0, true, MB, false),
        new LongRange(MEDIUM, MB, true, 10 * MB, false),
        new LongRange(LARGE, 10 * MB, true, Long.MAX_VALUE, true),
    };
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|k|mb|m|gb|g)?");
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)?\\s*(.+)");

    private SizeBuckets() {
    }

    /** The files in any of the named buckets. */
    public static Query filter(List<String> bucketIds) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String id : bucketIds) {
            LongRange r = range(id);
            b.add(LongPoint.newRangeQuery(Schema.SIZE, r.min, r.max), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** {@code size:} with a bucket id or a comparison such as {@code <5mb}. */
    static Query parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (IDS.contains(t)) {
            return filter(List.of(t));
        }
        Matcher m = COMPARISON.matcher(t);
        if (!m.matches()) {
            throw notASize(text);
        }
        long bytes = bytes(m.group(2));
        String op = m.group(1) == null ? "" : m.group(1);
        return switch (op) {
            case "<" -> LongPoint.newRangeQuery(Schema.SIZE, 0, bytes - 1);
            case "<=" -> LongPoint.newRangeQuery(Schema.SIZE, 0, bytes);
            case ">" -> LongPoint.newRangeQuery(Schema.SIZE, bytes + 1, Long.MAX_VALUE);
            case ">=" -> LongPoint.newRangeQuery(Schema.SIZE, bytes, Long.MAX_VALUE);
            default -> LongPoint.newExactQuery(Schema.SIZE, bytes);
        };
    }

    /** {@code size:[1mb TO 10mb]}; "*" leaves a side open. */
    static Query range(String from, String to, boolean fromInclusive, boolean toInclusive) {
        long lower = from == null || "*".equals(from) ? 0 : bytes(from) + (fromInclusive ? 0 : 1);
        long upper = to == null || "*".equals(to) ? Long.MAX_VALUE : bytes(to) - (toInclusive ? 0 : 1);
        return LongPoint.newRangeQuery(Schema.SIZE, lower, upper);
    }

    /** How many of the matching files fall in each bucket (buckets without files left out). */
    static List<FacetCount> count(FacetsCollector hits) throws IOException {
        LongRangeFacetCounts counts = new LongRangeFacetCounts(Schema.SIZE, hits, RANGES);
        FacetResult r = counts.getAllChildren(Schema.SIZE);
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            if (lv.value.longValue() > 0) {
                out.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return out;
    }

    private static LongRange range(String id) {
        for (LongRange r : RANGES) {
            if (r.label.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new CollateralException("There is no size \"" + id + "\"; use " + String.join(", ", IDS)
                + ", or size:<5mb.");
    }

    private static long bytes(String amount) {
        Matcher m = AMOUNT.matcher(amount.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw notASize(amount);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit) {
            case "kb", "k" -> 1024L;
            case "mb", "m" -> MB;
            case "gb", "g" -> MB * 1024;
            default -> 1L;
        };
        return (long) (value * factor);
    }

    private static CollateralException notASize(String text) {
        return new CollateralException("\"" + text + "\" is not a size; write it as " + String.join(", ", IDS)
                + ", <5mb, >500kb or [1mb TO 10mb].");
    }
}
