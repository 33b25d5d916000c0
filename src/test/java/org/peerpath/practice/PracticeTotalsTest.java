package org.peerpath.practice;

import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainee's hours per domain and status, and supervision hours, as the totals table and charts show them. */
class PracticeTotalsTest {

    static final BigDecimal PRACTICE = new BigDecimal("500");
    static final BigDecimal SUPERVISION = new BigDecimal("25");

    static PracticeTotals.DomainMinutes minutes(Domain domain, EntryStatus status, long minutes) {
        return new PracticeTotals.DomainMinutes(domain, status, minutes);
    }

    static SessionView session(int minutes, SessionStatus status) {
        return new SessionView(1, 0, 7, "Trainee", 9, "Supervisor", LocalDate.of(2026, 10, 1), minutes, false,
                "Boundaries", status, status == SessionStatus.DECLINED ? "I did not hold this session." : null);
    }

    @Test
    void hoursArePerDomainAndStatus_quarterHoursAddUpExactly() {
        PracticeTotals totals = PracticeTotals.compute(List.of(
                minutes(Domain.ADVOCACY, EntryStatus.APPROVED, 45),
                minutes(Domain.ADVOCACY, EntryStatus.APPROVED, 45),
                minutes(Domain.ADVOCACY, EntryStatus.DRAFT, 15),
                minutes(Domain.MENTORING_EDUCATION, EntryStatus.SUBMITTED, 135),
                minutes(Domain.ETHICAL_RESPONSIBILITY, EntryStatus.REJECTED, 60)), List.of(), PRACTICE, SUPERVISION);

        assertThat(totals.hours(Domain.ADVOCACY, EntryStatus.APPROVED)).isEqualByComparingTo("1.5");
        assertThat(totals.hours(Domain.ADVOCACY, EntryStatus.DRAFT)).isEqualByComparingTo("0.25");
        assertThat(totals.hours(Domain.MENTORING_EDUCATION, EntryStatus.SUBMITTED)).isEqualByComparingTo("2.25");
        assertThat(totals.hours(Domain.ETHICAL_RESPONSIBILITY, EntryStatus.REJECTED)).isEqualByComparingTo("1");
        assertThat(totals.hours(Domain.RECOVERY_WELLNESS_SUPPORT, EntryStatus.APPROVED)).isEqualByComparingTo("0");
        assertThat(totals.total(EntryStatus.APPROVED)).isEqualByComparingTo("1.5");
        assertThat(totals.total(EntryStatus.SUBMITTED)).isEqualByComparingTo("2.25");
    }

    @Test
    void theTableHasEveryDomainInOrder_thenAllDomains_withWhatWasLoggedInEachStatus() {
        PracticeTotals totals = PracticeTotals.compute(List.of(
                minutes(Domain.ADVOCACY, EntryStatus.APPROVED, 90),
                minutes(Domain.ADVOCACY, EntryStatus.REJECTED, 30),
                minutes(Domain.RECOVERY_WELLNESS_SUPPORT, EntryStatus.DRAFT, 60),
                minutes(Domain.RECOVERY_WELLNESS_SUPPORT, EntryStatus.SUBMITTED, 120)), List.of(), PRACTICE, SUPERVISION);

        List<PracticeTotals.Row> rows = totals.byDomainAndStatus();

        assertThat(rows).extracting(PracticeTotals.Row::domain).containsExactly(Domain.ADVOCACY, Domain.MENTORING_EDUCATION,
                Domain.RECOVERY_WELLNESS_SUPPORT, Domain.ETHICAL_RESPONSIBILITY, null);
        PracticeTotals.Row advocacy = rows.getFirst();
        assertThat(advocacy.hours(EntryStatus.APPROVED)).isEqualByComparingTo("1.5");
        assertThat(advocacy.hours(EntryStatus.REJECTED)).isEqualByComparingTo("0.5");
        assertThat(advocacy.hours(EntryStatus.DRAFT)).isEqualByComparingTo("0");
        assertThat(advocacy.logged()).isEqualByComparingTo("2");
        assertThat(rows.get(1).logged()).as("a domain without entries has a row of zeros").isEqualByComparingTo("0");
        PracticeTotals.Row all = rows.getLast();
        assertThat(all.hours(EntryStatus.DRAFT)).isEqualByComparingTo("1");
        assertThat(all.hours(EntryStatus.SUBMITTED)).isEqualByComparingTo("2");
        assertThat(all.hours(EntryStatus.APPROVED)).isEqualByComparingTo("1.5");
        assertThat(all.hours(EntryStatus.REJECTED)).isEqualByComparingTo("0.5");
        assertThat(all.logged()).isEqualByComparingTo("5");
    }

    @Test
    void onlyConfirmedSupervisionCounts_declinedSessionsCountNowhere() {
        PracticeTotals totals = PracticeTotals.compute(List.of(), List.of(session(60, SessionStatus.CONFIRMED),
                session(90, SessionStatus.CONFIRMED), session(45, SessionStatus.WAITING), session(120, SessionStatus.DECLINED)),
                PRACTICE, SUPERVISION);

        assertThat(totals.supervisionConfirmed()).isEqualByComparingTo("2.5");
        assertThat(totals.supervisionPending()).isEqualByComparingTo("0.75");
        assertThat(totals.requiredSupervision()).isEqualByComparingTo("25");
        assertThat(totals.total(EntryStatus.APPROVED)).isEqualByComparingTo("0");
    }
}
