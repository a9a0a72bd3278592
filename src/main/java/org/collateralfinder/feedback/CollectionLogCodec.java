package org.collateralfinder.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.collateralfinder.model.FileCollection;

/**
 * One version of a shared collection as one line of JSON in its author's log ({@code collections/<author>.jsonl}):
 * <pre>{"v":1,"id":"…","type":"collection","collection":"…","by":"maria","at":"2026-12-06T10:00:00Z",
 * "name":"Healthcare pitch kit","description":"…","deleted":false,"files":[{"hash":"…","path":"…"}]}</pre>
 * Strict like {@link EventLogCodec}: a half-written or corrupt line is rejected, never half-understood, and so is a
 * line whose values the command line would refuse (a name too long, too many files, a path too long). Every line of a
 * log is a shared version: only shared collections are written there.
 */
final class CollectionLogCodec {


    String encode(FileCollection version) {
        ObjectNode json = TeamLogJson.MAPPER.createObjectNode();
        json.put("v", EventLogCodec.VERSION);
        json.put("id", version.id().toString());
        json.put("type", "collection");
        json.put("collection", version.collection().toString());
        json.put("by", version.author());
        json.put("at", version.at().toString());
        json.put("name", version.name());
        json.put("description", version.description());
        json.put("deleted", version.deleted());
        ArrayNode files = json.putArray("files");
        for (FileCollection.Member member : version.files()) {
            files.addObject().put("hash", member.contentHash()).put("path", member.path());
        }
        return TeamLogJson.write(json);
    }

    FileCollection decode(byte[] line) throws EventLogCodec.MalformedEventException {
        JsonNode json = TeamLogJson.read(line, "collection", "not a collection");
        JsonNode deleted = json.get("deleted");
        if (deleted == null || !deleted.isBoolean()) {
            throw new EventLogCodec.MalformedEventException("\"deleted\" is not true or false");
        }
        JsonNode files = json.get("files");
        if (files == null || !files.isArray()) {
            throw new EventLogCodec.MalformedEventException("\"files\" is not a list");
        }
        if (files.size() > CollectionRules.MAX_FILES) {
            throw new EventLogCodec.MalformedEventException("more than " + CollectionRules.MAX_FILES + " files");
        }
        try {
            List<FileCollection.Member> members = new ArrayList<>();
            for (JsonNode file : files) {
                if (!file.isObject()) {
                    throw new EventLogCodec.MalformedEventException("a file is not a JSON object");
                }
                members.add(new FileCollection.Member(FeedbackLimits.checkContentHash(text(file, "hash", true)),
                        FeedbackLimits.checkPath(text(file, "path", true))));
            }
            return new FileCollection(UUID.fromString(text(json, "id", true)),
                    UUID.fromString(text(json, "collection", true)),
                    FeedbackLimits.checkLabel("author's name", text(json, "by", true), FeedbackLimits.MAX_USER_CHARS, true),
                    Instant.parse(text(json, "at", true)), CollectionRules.name(text(json, "name", true)),
                    CollectionRules.description(text(json, "description", false)), true, deleted.booleanValue(),
                    members);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventLogCodec.MalformedEventException("invalid id or time");
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
