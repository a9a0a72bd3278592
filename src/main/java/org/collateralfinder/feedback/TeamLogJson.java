package org.collateralfinder.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * What every line of a team folder's logs shares (feedback, answers, curation, collections, search counts): one JSON
 * object, strict (no trailing tokens, no duplicate keys), of format version {@link EventLogCodec#VERSION}, naming its
 * type. Each codec writes and reads its own fields around this.
 */
final class TeamLogJson {

    /** Thread-safe once built; shared by the codecs. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TeamLogJson() {
    }

    /** The line for a JSON object. */
    static String write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A line's JSON object, of this format version; else why not. */
    static JsonNode read(byte[] line) throws EventLogCodec.MalformedEventException {
        JsonNode json;
        try {
            json = MAPPER.readTree(line);
        } catch (IOException e) {
            throw new EventLogCodec.MalformedEventException("not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new EventLogCodec.MalformedEventException("not a JSON object");
        }
        if (json.path("v").asInt(-1) != EventLogCodec.VERSION) {
            throw new EventLogCodec.MalformedEventException("unknown format version " + json.path("v"));
        }
        return json;
    }

    /** As {@link #read(byte[])}, of this {@code "type"}; else {@code notThat} ("not a curation"). */
    static JsonNode read(byte[] line, String type, String notThat) throws EventLogCodec.MalformedEventException {
        JsonNode json = read(line);
        if (!type.equals(json.path("type").asText())) {
            throw new EventLogCodec.MalformedEventException(notThat);
        }
        return json;
    }
}
