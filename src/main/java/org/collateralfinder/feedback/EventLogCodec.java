package org.collateralfinder.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One event as one line of JSON in a team log ({@code <user>.jsonl}):
 * <pre>{"v":1,"id":"…","type":"add","user":"alice","at":"2025-03-01T09:30:00Z","hash":"…","path":"…",
 * "tags":["worked"],"rating":5,"comment":"…","stage":"…","industry":"…","slides":[7,9]}
 * {"v":1,"id":"…","type":"withdraw","user":"alice","at":"…","hash":"…"}</pre>
 * Decoding is strict (one object, no trailing text, no duplicate keys, valid values), so a half-written
 * or corrupt line is rejected rather than half-understood. {@code "slides"} is written only for an entry about some
 * slides; a version of the app from before it existed reads such a line as about the whole file (unknown keys are
 * ignored, as they are here), so the format version stays 1. So is {@code "given"}, written only for an entry given
 * again by undoing its withdrawal: when it was first given (an older version shows the time it was recorded).
 */
final class EventLogCodec {

    static final int VERSION = 1;

    /** A line that is not a valid event; the message says why, for the log. */
    static final class MalformedEventException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedEventException(String reason) {
            super(reason);
        }
    }


    String encode(FeedbackEvent event) {
        ObjectNode json = TeamLogJson.MAPPER.createObjectNode();
        json.put("v", VERSION);
        json.put("id", event.id().toString());
        json.put("type", event instanceof FeedbackEntry ? "add" : "withdraw");
        json.put("user", event.user());
        json.put("at", event.at().toString());
        json.put("hash", event.contentHash());
        if (event instanceof FeedbackEntry entry) {
            json.put("path", entry.path());
            ArrayNode tags = json.putArray("tags");
            entry.tags().forEach(tags::add);
            json.put("rating", entry.rating());
            json.put("comment", entry.comment());
            json.put("stage", entry.dealStage());
            json.put("industry", entry.industry());
            if (!entry.slides().isEmpty()) {
                ArrayNode slides = json.putArray("slides");
                entry.slides().forEach(slides::add);
            }
            if (entry.restored()) {
                json.put("given", entry.given().toString());
            }
        }
        return TeamLogJson.write(json);
    }

    FeedbackEvent decode(String line) throws MalformedEventException {
        return decode(line.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes one line given as UTF-8 bytes (invalid UTF-8 is malformed). */
    FeedbackEvent decode(byte[] line) throws MalformedEventException {
        JsonNode json = TeamLogJson.read(line);
        try {
            UUID id = UUID.fromString(text(json, "id", true));
            String user = text(json, "user", true);
            Instant at = Instant.parse(text(json, "at", true));
            String hash = text(json, "hash", true);
            return switch (text(json, "type", true)) {
                case "add" -> new FeedbackEntry(id, hash, text(json, "path", true), user, at, tags(json),
                        rating(json), text(json, "comment", false), text(json, "stage", false),
                        text(json, "industry", false), slides(json), given(json));
                case "withdraw" -> new FeedbackWithdrawal(id, hash, user, at);
                default -> throw new MalformedEventException("unknown event type");
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("invalid id, time or value");
        } catch (InvalidFeedbackException e) {
            throw new MalformedEventException(e.userMessage());
        }
    }

    private static String text(JsonNode json, String field, boolean required) throws MalformedEventException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedEventException("missing \"" + field + "\"");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedEventException("\"" + field + "\" is not text");
        }
        return value.textValue();
    }

    private static List<String> tags(JsonNode json) throws MalformedEventException {
        JsonNode tags = json.get("tags");
        if (tags == null || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw new MalformedEventException("\"tags\" is not a list");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode tag : tags) {
            if (!tag.isTextual()) {
                throw new MalformedEventException("a tag is not text");
            }
            list.add(tag.textValue());
        }
        return list;
    }

    private static List<Integer> slides(JsonNode json) throws MalformedEventException {
        JsonNode slides = json.get("slides");
        if (slides == null || slides.isNull()) {
            return List.of();
        }
        if (!slides.isArray()) {
            throw new MalformedEventException("\"slides\" is not a list");
        }
        List<Integer> list = new ArrayList<>();
        for (JsonNode n : slides) {
            if (!n.isInt()) {
                throw new MalformedEventException("a slide is not a whole number");
            }
            list.add(n.intValue());
        }
        return list;
    }

    private static Instant given(JsonNode json) throws MalformedEventException {
        String given = text(json, "given", false);
        return given == null ? null : Instant.parse(given);
    }

    private static Integer rating(JsonNode json) throws MalformedEventException {
        JsonNode rating = json.get("rating");
        if (rating == null || rating.isNull()) {
            return null;
        }
        if (!rating.isInt()) {
            throw new MalformedEventException("\"rating\" is not a whole number");
        }
        return rating.intValue();
    }
}
