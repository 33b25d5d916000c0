package org.peerpath.practice;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HourRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNormalEntryPasses() {
        assertThat(HourRules.check(TODAY, LocalTime.of(9, 0), 90, TODAY, List.of())).isEmpty();
    }

    @Test
    void futureDatesAreRefused() {
        assertThat(HourRules.check(TODAY.plusDays(1), LocalTime.of(9, 0), 60, TODAY, List.of()))
                .containsEntry("date", "The date cannot be in the future.");
    }

    @Test
    void durationsArePositiveQuarterHours() {
        assertThat(HourRules.check(TODAY, LocalTime.of(9, 0), 0, TODAY, List.of())).containsKey("minutes");
        assertThat(HourRules.check(TODAY, LocalTime.of(9, 0), 50, TODAY, List.of())).containsEntry("minutes",
                "Log time in quarter hours (15, 30, 45 minutes…).");
        assertThat(HourRules.check(TODAY, LocalTime.of(9, 0), 45, TODAY, List.of())).isEmpty();
    }

    @Test
    void overlappingEntriesOnTheSameDayAreRefused_touchingOnesAreFine() {
        var morning = List.of(new HourRules.Slot(1, LocalTime.of(9, 0), 120));

        assertThat(HourRules.check(TODAY, LocalTime.of(10, 30), 60, TODAY, morning)).containsEntry("start",
                "This overlaps your entry from 09:00 to 11:00 that day.");
        assertThat(HourRules.check(TODAY, LocalTime.of(8, 0), 120, TODAY, morning)).containsKey("start");
        assertThat(HourRules.check(TODAY, LocalTime.of(11, 0), 60, TODAY, morning)).isEmpty();
        assertThat(HourRules.check(TODAY, LocalTime.of(8, 0), 60, TODAY, morning)).isEmpty();
    }

    @Test
    void noMoreThan24HoursOnOneDay() {
        var day = List.of(new HourRules.Slot(1, LocalTime.of(0, 0), 23 * 60));
        assertThat(HourRules.check(TODAY, LocalTime.of(23, 0), 60, TODAY, day)).isEmpty();
        // Entries of one day never overlap, so the day can hold 24 hours at most; older overlapping data is still capped.
        var overlappingLegacy = List.of(new HourRules.Slot(1, LocalTime.of(0, 0), 23 * 60), new HourRules.Slot(2, LocalTime.of(1, 0), 60));
        assertThat(HourRules.check(TODAY, LocalTime.of(23, 0), 60, TODAY, overlappingLegacy).get("minutes")).contains("more than 24 hours");
    }

    @Test
    void anEntryCannotRunPastMidnight() {
        assertThat(HourRules.check(TODAY, LocalTime.of(23, 0), 120, TODAY, List.of())).containsKey("minutes");
        assertThat(HourRules.check(TODAY, LocalTime.of(23, 0), 60, TODAY, List.of())).isEmpty();
        assertThat(HourRules.check(TODAY, LocalTime.MIDNIGHT, 24 * 60, TODAY, List.of())).as("a whole day").isEmpty();
    }

    @Test
    void anEntryThatWrapsAllTheWayToItsOwnStartTimeIsRefusedToo() {
        // 12:00 plus 24 hours is 12:00 again on a clock: the entry would hide half its time in the next day.
        assertThat(HourRules.check(TODAY, LocalTime.NOON, 24 * 60, TODAY, List.of()).get("minutes"))
                .contains("end by midnight", "12:00 the next day", "entry on the next day");
        assertThat(HourRules.check(TODAY, LocalTime.of(1, 0), 24 * 60, TODAY, List.of())).containsKey("minutes");
        assertThat(HourRules.check(TODAY, LocalTime.of(12, 0), 12 * 60, TODAY, List.of())).as("ends at midnight").isEmpty();
        assertThat(HourRules.check(TODAY, LocalTime.of(12, 15), 12 * 60, TODAY, List.of())).containsKey("minutes");
    }
}
