package org.peerpath.assessment;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** How answers, presented questions and feedback are stored in their text columns. */
final class AttemptJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AttemptJson() {
    }

    static String write(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    static Answer answer(String json) {
        return json == null ? null : JSON.readValue(json, Answer.class);
    }

    static PresentedQuestion presented(String json) {
        return JSON.readValue(json, PresentedQuestion.class);
    }

    static List<String> strings(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }

    static List<Integer> integers(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<Integer>>() { });
    }
}
