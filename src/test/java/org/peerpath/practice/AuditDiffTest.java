package org.peerpath.practice;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a history line says changed, from the states before and after. */
class AuditDiffTest {

    static String state(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return AuditDiff.json(values);
    }

    @Test
    void onlyTheFieldsThatDifferAreListed_inPeoplesWords() {
        String before = state("date", "2026-10-01", "minutes", 60, "activity", "ONE_TO_ONE", "status", "REJECTED",
                "reviewComment", "This was group time.");
        String after = state("date", "2026-10-01", "minutes", 90, "activity", "GROUP", "status", "DRAFT");

        assertThat(AuditDiff.changes(before, after)).containsExactly(
                new HistoryLine.Change("Minutes", "60", "90"),
                new HistoryLine.Change("Activity", "One-to-one coaching", "Group facilitation"),
                new HistoryLine.Change("Status", "Returned", "Draft"),
                new HistoryLine.Change("Supervisor's comment", "This was group time.", ""));
    }

    @Test
    void aCreatedRecordListsItsValues_aDeletedOneWhatItHeld() {
        assertThat(AuditDiff.changes(null, state("status", "WAITING", "topics", "Boundaries")))
                .containsExactly(new HistoryLine.Change("Status", "", "Waiting for confirmation"),
                        new HistoryLine.Change("Topics", "", "Boundaries"));
        assertThat(AuditDiff.changes(state("status", "DRAFT"), null))
                .containsExactly(new HistoryLine.Change("Status", "Draft", ""));
    }

    @Test
    void signingChangesTheStatusToSigned() {
        assertThat(AuditDiff.changes(state("status", "SUBMITTED"), state("status", "APPROVED")))
                .containsExactly(new HistoryLine.Change("Status", "Waiting for sign-off", "Signed"));
    }
}
