package org.peerpath.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event in a practice record's history: who did what, when, and which values it changed ({@code before} and
 * {@code after} are the full states as JSON; {@code changes} are the fields that differ, in people's words).
 */
public record HistoryLine(Instant at, String actor, String action, String detail, String before, String after,
                          List<Change> changes) {

    /** One field that changed; an empty side means the record did not exist before or after. */
    public record Change(String field, String before, String after) {
    }

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("CREATED", "Created"), Map.entry("CHANGED", "Changed"), Map.entry("DELETED", "Deleted"),
            Map.entry("SUBMITTED", "Submitted for sign-off"), Map.entry("SIGNED", "Signed"),
            Map.entry("RETURNED", "Returned to the trainee"), Map.entry("REOPENED", "Reopened, signature revoked"),
            Map.entry("SESSION_LOGGED", "Session logged"), Map.entry("SESSION_CHANGED", "Session changed"),
            Map.entry("SESSION_DELETED", "Session deleted"), Map.entry("SESSION_CONFIRMED", "Session confirmed"),
            Map.entry("SESSION_DECLINED", "Session declined"), Map.entry("MI_RECORDED", "MI skills practice recorded"));

    public String actionLabel() {
        return ACTIONS.getOrDefault(action, action);
    }
}
