package org.collateralfinder.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * One answer as one line of JSON in a responder's log ({@code responses/<responder>.jsonl}):
 * <pre>{"v":1,"id":"…","type":"response","hash":"…","answers":"…","user":"alice","by":"maria",
 * "at":"2025-03-04T10:00:00Z","status":"addressed","note":"…","fixed_by":"…","fixed_by_hash":"…"}</pre>
 * Strict like {@link EventLogCodec}: a half-written or corrupt line is rejected, never half-understood.
 */
final class ResponseLogCodec {


    String encode(FeedbackResponse response) {
        ObjectNode json = TeamLogJson.MAPPER.createObjectNode();
        json.put("v", EventLogCodec.VERSION);
        json.put("id", response.id().toString());
        json.put("type", "response");
        json.put("hash", response.contentHash());
        json.put("answers", response.answers().toString());
        json.put("user", response.rep());
        json.put("by", response.by());
        json.put("at", response.at().toString());
        json.put("status", response.status().code());
        json.put("note", response.note());
        json.put("fixed_by", response.fixedBy());
        json.put("fixed_by_hash", response.fixedByHash());
        return TeamLogJson.write(json);
    }

    FeedbackResponse decode(byte[] line) throws EventLogCodec.MalformedEventException {
        JsonNode json = TeamLogJson.read(line, "response", "not an answer");
        try {
            return new FeedbackResponse(UUID.fromString(text(json, "id", true)), text(json, "hash", true),
                    UUID.fromString(text(json, "answers", true)), text(json, "user", true), text(json, "by", true),
                    Instant.parse(text(json, "at", true)), ResponseStatus.of(text(json, "status", true)),
                    text(json, "note", true), text(json, "fixed_by", false), text(json, "fixed_by_hash", false));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventLogCodec.MalformedEventException("invalid id, time or value");
        } catch (InvalidFeedbackException e) {
            throw new EventLogCodec.MalformedEventException(e.userMessage());
        }
    }

    private static String text(JsonNode json, String field, boolean required) throws EventLogCodec.MalformedEventException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new EventLogCodec.MalformedEventException("missing \"" + field + "\"");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new EventLogCodec.MalformedEventException("\"" + field + "\" is not text");
        }
        return value.textValue();
    }
}
