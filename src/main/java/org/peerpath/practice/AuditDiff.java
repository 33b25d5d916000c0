package org.peerpath.practice;

import org.peerpath.content.Domain;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields an audited change touched, from the states before and after, named and valued as people read them. */
final class AuditDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
    };

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("date", "Date"), Map.entry("start", "Start"), Map.entry("minutes", "Minutes"),
            Map.entry("domain", "Domain"), Map.entry("activity", "Activity"), Map.entry("setting", "Setting"),
            Map.entry("note", "Reflection"), Map.entry("status", "Status"), Map.entry("reviewComment", "Supervisor's comment"),
            Map.entry("format", "Format"), Map.entry("supervisor", "Supervisor"), Map.entry("topics", "Topics"),
            Map.entry("declineComment", "Reason declined"), Map.entry("practisedOn", "Practice date"),
            Map.entry("openQuestions", "Open questions"), Map.entry("closedQuestions", "Closed questions"),
            Map.entry("simpleReflections", "Simple reflections"), Map.entry("complexReflections", "Complex reflections"),
            Map.entry("affirmations", "Affirmations"));

    private AuditDiff() {
    }

    static String json(Map<String, Object> state) {
        return state == null ? null : JSON.writeValueAsString(state);
    }

    static List<HistoryLine.Change> changes(String beforeJson, String afterJson) {
        Map<String, Object> before = parse(beforeJson);
        Map<String, Object> after = parse(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<HistoryLine.Change> changes = new ArrayList<>();
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new HistoryLine.Change(FIELDS.getOrDefault(field, field), display(field, was), display(field, is)));
            }
        }
        return changes;
    }

    private static Map<String, Object> parse(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, STATE);
    }

    private static String display(String field, Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            return switch (field) {
                case "status" -> statusLabel(text);
                case "domain" -> Domain.valueOf(text).label();
                case "activity" -> Activity.valueOf(text).label();
                case "setting" -> Setting.valueOf(text).label();
                case "format" -> "GROUP".equals(text) ? "Group" : "Individual";
                default -> text;
            };
        } catch (IllegalArgumentException unknownName) {
            return text; // a name from an older version of the code: shown as stored
        }
    }

    private static String statusLabel(String name) {
        for (EntryStatus s : EntryStatus.values()) {
            if (s.name().equals(name)) {
                return s.label();
            }
        }
        return SessionStatus.valueOf(name).label();
    }
}
