package org.collateralfinder.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * One week's count of one query as one line of JSON in a computer's gaps log ({@code gaps/<laptop>.jsonl}):
 * <pre>{"v":1,"id":"…","type":"search_gap","laptop":"…","week":"2026-11-30","query":"gdpr checklist",
 * "searches":3,"found_nothing":2,"last":"2026-12-03"}</pre>
 * Strict like {@link EventLogCodec}: a half-written or corrupt line is rejected, never half-understood, and so is
 * one no app writes (a week that does not start on a Monday, a last day outside it, a count no one searches in a week,
 * a query that is not normalised).
 */
final class SearchGapLogCodec {


    String encode(SearchGapCount count) {
        ObjectNode json = TeamLogJson.MAPPER.createObjectNode();
        json.put("v", EventLogCodec.VERSION);
        json.put("id", count.id().toString());
        json.put("type", "search_gap");
        json.put("laptop", count.laptop());
        json.put("week", count.week().toString());
        json.put("query", count.query());
        json.put("searches", count.searches());
        json.put("found_nothing", count.foundNothing());
        json.put("last", count.lastDay().toString());
        return TeamLogJson.write(json);
    }

    SearchGapCount decode(byte[] line) throws EventLogCodec.MalformedEventException {
        JsonNode json = TeamLogJson.read(line, "search_gap", "not a search count");
        UUID id;
        LocalDate week;
        LocalDate last;
        String laptop = text(json, "laptop");
        try {
            id = UUID.fromString(text(json, "id"));
            week = LocalDate.parse(text(json, "week"));
            last = LocalDate.parse(text(json, "last"));
            if (!UUID.fromString(laptop).toString().equals(laptop)) {
                throw new IllegalArgumentException("not a laptop id as the app writes it");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventLogCodec.MalformedEventException("invalid id, laptop or date");
        }
        if (week.getDayOfWeek() != DayOfWeek.MONDAY || last.isBefore(week) || last.isAfter(week.plusDays(6))) {
            throw new EventLogCodec.MalformedEventException("a week that does not start on a Monday, or a last day "
                    + "outside it");
        }
        int searches = count(json, "searches");
        int foundNothing = count(json, "found_nothing");
        if (searches < 1 || searches > SearchGaps.MAX_WEEKLY_SEARCHES || foundNothing > searches) {
            throw new EventLogCodec.MalformedEventException("a count no computer makes in a week");
        }
        String query = text(json, "query");
        if (!SearchGaps.isNormalised(query)) {
            throw new EventLogCodec.MalformedEventException("a query that is empty, longer than "
                    + SearchGaps.MAX_QUERY_CHARS + " characters or not normalised");
        }
        return new SearchGapCount(id, laptop, week, query, searches, foundNothing, last);
    }

    private static String text(JsonNode json, String field) throws EventLogCodec.MalformedEventException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new EventLogCodec.MalformedEventException("missing \"" + field + "\"");
        }
        if (!value.isTextual()) {
            throw new EventLogCodec.MalformedEventException("\"" + field + "\" is not text");
        }
        return value.textValue();
    }

    private static int count(JsonNode json, String field) throws EventLogCodec.MalformedEventException {
        JsonNode value = json.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw new EventLogCodec.MalformedEventException("\"" + field + "\" is not a count");
        }
        return value.intValue();
    }
}
