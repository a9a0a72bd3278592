package org.collateralfinder.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.collateralfinder.model.Curation;
import org.collateralfinder.model.CurationState;

/**
 * One curation as one line of JSON in a curator's log ({@code curation/<curator>.jsonl}):
 * <pre>{"v":1,"id":"…","type":"curation","hash":"…","path":"…","by":"maria","at":"2026-12-06T10:00:00Z",
 * "state":"retired","expires":"2027-01-31","owner":"…","replaced_by":"…","replaced_by_hash":"…"}</pre>
 * Strict like {@link EventLogCodec}: a half-written or corrupt line is rejected, never half-understood, and so is
 * a line whose values the command line would refuse (a name or path too long, an unknown state).
 */
final class CurationLogCodec {


    String encode(Curation curation) {
        ObjectNode json = TeamLogJson.MAPPER.createObjectNode();
        json.put("v", EventLogCodec.VERSION);
        json.put("id", curation.id().toString());
        json.put("type", "curation");
        json.put("hash", curation.contentHash());
        json.put("path", curation.path());
        json.put("by", curation.curator());
        json.put("at", curation.at().toString());
        json.put("state", curation.state().code());
        json.put("expires", curation.expires() == null ? null : curation.expires().toString());
        json.put("owner", curation.owner());
        json.put("replaced_by", curation.replacedBy());
        json.put("replaced_by_hash", curation.replacedByHash());
        return TeamLogJson.write(json);
    }

    Curation decode(byte[] line) throws EventLogCodec.MalformedEventException {
        JsonNode json = TeamLogJson.read(line, "curation", "not a curation");
        String stateText = text(json, "state", true);
        CurationState state = CurationState.of(stateText).orElseThrow(() ->
                new EventLogCodec.MalformedEventException("unknown state \"" + stateText + "\""));
        try {
            String expires = text(json, "expires", false);
            LocalDate lastDay = Curations.writtenDay(expires);
            if (expires != null && lastDay == null) {
                throw new EventLogCodec.MalformedEventException("the expiry date is not a day written YYYY-MM-DD");
            }
            String hash = FeedbackLimits.checkContentHash(text(json, "hash", true));
            String replacedByHash = text(json, "replaced_by_hash", false);
            if (replacedByHash != null) {
                FeedbackLimits.checkContentHash(replacedByHash);
            }
            String path = text(json, "path", false);
            String replacedBy = text(json, "replaced_by", false);
            return new Curation(UUID.fromString(text(json, "id", true)), hash,
                    path == null ? null : FeedbackLimits.checkPath(path),
                    FeedbackLimits.checkLabel("curator's name", text(json, "by", true), FeedbackLimits.MAX_USER_CHARS, true),
                    Instant.parse(text(json, "at", true)), state, lastDay,
                    FeedbackLimits.checkLabel("owner", text(json, "owner", false), FeedbackLimits.MAX_USER_CHARS, false),
                    replacedBy == null ? null : FeedbackLimits.checkPath(replacedBy), replacedByHash);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventLogCodec.MalformedEventException("invalid id, time or date");
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
