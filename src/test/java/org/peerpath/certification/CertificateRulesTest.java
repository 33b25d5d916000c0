package org.peerpath.certification;

import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;
import org.peerpath.content.ProgramDefinition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue a first certificate, renew on time or late, never replace an expired one, and how renewal progress counts. */
class CertificateRulesTest {

    static final ProgramDefinition.Renewal RULE = new ProgramDefinition.Renewal(24, new BigDecimal("20"), new BigDecimal("6"));
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    static final LocalDate EXPIRES = LocalDate.of(2028, 3, 1);
    static final CertificateView CURRENT = certificate(null);

    @Test
    void onlyApprovedContinuingEducationCompletedAfterTheIssueDayCounts_withItsEthicsShare() {
        List<OutsideTrainingRecord> training = List.of(
                ce(ISSUED, "5", true, "APPROVED"),                  // the issue day itself: belongs to the cycle before
                ce(ISSUED.plusDays(1), "8", false, "APPROVED"),
                ce(ISSUED.plusDays(2), "4", true, "APPROVED"),
                ce(ISSUED.plusDays(3), "10", true, "PENDING"),
                ce(ISSUED.plusDays(4), "10", false, "REJECTED"),
                initialTraining(ISSUED.plusDays(5), "10"));

        RenewalProgress progress = CertificateRules.renewal(ISSUED, EXPIRES, training, RULE, ISSUED.plusMonths(20));

        assertThat(progress.continuingEducationDone()).isEqualByComparingTo("12");
        assertThat(progress.ethicsDone()).isEqualByComparingTo("4");
        assertThat(progress.countsAfter()).isEqualTo(ISSUED);
        assertThat(progress.met()).isFalse();
        assertThat(progress.missing()).containsExactly("continuing education 12 of 20 h", "ethics 4 of 6 h");
        assertThat(progress.summary()).isEqualTo("continuing education 12 of 20 h, ethics 4 of 6 h");
    }

    @Test
    void ethicsHoursCountTowardTheTotal_andBothMustBeReached() {
        RenewalProgress ethicsShort = CertificateRules.renewal(ISSUED, EXPIRES,
                List.of(ce(ISSUED.plusDays(9), "18", false, "APPROVED"), ce(ISSUED.plusDays(9), "5", true, "APPROVED")), RULE, ISSUED.plusMonths(20));
        assertThat(ethicsShort.met()).isFalse();
        assertThat(ethicsShort.missing()).containsExactly("ethics 5 of 6 h");

        RenewalProgress met = CertificateRules.renewal(ISSUED, EXPIRES,
                List.of(ce(ISSUED.plusDays(9), "14", false, "APPROVED"), ce(ISSUED.plusDays(9), "6", true, "APPROVED")), RULE, ISSUED.plusMonths(20));
        assertThat(met.met()).isTrue();
        assertThat(met.missing()).isEmpty();
    }

    @Test
    void onTimeRenewalKeepsTheDates_lateRenewalStartsOnTheRenewalDay() {
        assertThat(CertificateRules.renewal(ISSUED, EXPIRES, List.of(), RULE, EXPIRES.minusDays(1)))
                .satisfies(p -> {
                    assertThat(p.late()).isFalse();
                    assertThat(p.renewedUntil()).isEqualTo(LocalDate.of(2030, 3, 1));
                });
        assertThat(CertificateRules.renewal(ISSUED, EXPIRES, List.of(), RULE, EXPIRES))
                .as("on the expiry day the certificate is already expired")
                .satisfies(p -> {
                    assertThat(p.late()).isTrue();
                    assertThat(p.renewedUntil()).isEqualTo(LocalDate.of(2030, 3, 1));
                });
        assertThat(CertificateRules.renewal(ISSUED, EXPIRES, List.of(), RULE, LocalDate.of(2028, 9, 15)))
                .satisfies(p -> {
                    assertThat(p.late()).isTrue();
                    assertThat(p.renewedUntil()).isEqualTo(LocalDate.of(2030, 9, 15));
                });
    }

    @Test
    void withoutACertificateTheNextStepIsIssuing_onceEveryRequirementIsMet() {
        assertThat(CertificateRules.next(true, List.of(), null, null))
                .isEqualTo(new CertificateRules.NextStep(CertificateRules.Action.ISSUE, true, null));
        CertificateRules.NextStep notYet = CertificateRules.next(false, List.of("Supervision hours: 20 of 25 h"), null, null);
        assertThat(notYet.action()).isEqualTo(CertificateRules.Action.ISSUE);
        assertThat(notYet.possible()).isFalse();
        assertThat(notYet.reason()).isEqualTo("Not every requirement is met yet: Supervision hours: 20 of 25 h");
    }

    @Test
    void afterARevocationANewCertificateIsIssuedOnTheInitialRequirements() {
        CertificateView revoked = certificate(Instant.parse("2026-06-01T10:00:00Z"));
        assertThat(CertificateRules.next(true, List.of(), revoked, null).action()).isEqualTo(CertificateRules.Action.ISSUE);
        assertThat(CertificateRules.next(true, List.of(), revoked, null).possible()).isTrue();
        assertThat(CertificateRules.next(false, List.of("Ethics affirmation signed: 0 of 1"), revoked, null).reason())
                .startsWith("The certificate was revoked.");
    }

    @Test
    void aCurrentOrExpiredCertificateIsRenewed_neverReissued_withTheReasonWhileContinuingEducationIsShort() {
        RenewalProgress shortOfEthics = CertificateRules.renewal(ISSUED, EXPIRES, List.of(ce(ISSUED.plusDays(9), "20", false, "APPROVED")),
                RULE, EXPIRES.plusDays(30));
        CertificateRules.NextStep expired = CertificateRules.next(true, List.of(), CURRENT, shortOfEthics);
        assertThat(expired.action()).as("even with every initial requirement met").isEqualTo(CertificateRules.Action.RENEW);
        assertThat(expired.possible()).isFalse();
        assertThat(expired.reason()).isEqualTo("Not yet renewable: ethics 0 of 6 h (approved continuing education completed after 1 March 2026)");

        RenewalProgress met = CertificateRules.renewal(ISSUED, EXPIRES, List.of(ce(ISSUED.plusDays(9), "20", true, "APPROVED")),
                RULE, EXPIRES.minusDays(30));
        assertThat(CertificateRules.next(true, List.of(), CURRENT, met))
                .isEqualTo(new CertificateRules.NextStep(CertificateRules.Action.RENEW, true, null));
    }

    @Test
    void issuingIsRefusedWithTheRightReason() {
        assertThat(CertificateRules.whyNotIssue("Riley", CURRENT, EXPIRES.minusDays(1))).isEqualTo("Riley already holds a current certificate.");
        assertThat(CertificateRules.whyNotIssue("Riley", CURRENT, EXPIRES)).startsWith("Riley's certificate expired on 1 March 2028. Renew it instead");
    }

    private static CertificateView certificate(Instant revokedAt) {
        return new CertificateView(1, 0, "ABCD-EFGH-JKMN-PQRS-TUVW", 7, "Riley Moss", "Peer Recovery", 1, "Harbor Light", ISSUED, EXPIRES,
                revokedAt, revokedAt == null ? null : "Issued in error", null);
    }

    private static OutsideTrainingRecord ce(LocalDate completedOn, String hours, boolean ethics, String status) {
        return new OutsideTrainingRecord(1L, 0, 7, "Course", "Board", completedOn, new BigDecimal(hours),
                ethics ? Domain.ETHICAL_RESPONSIBILITY : Domain.ADVOCACY, ethics, true, status, null);
    }

    private static OutsideTrainingRecord initialTraining(LocalDate completedOn, String hours) {
        return new OutsideTrainingRecord(1L, 0, 7, "Core training", "Board", completedOn, new BigDecimal(hours), Domain.ADVOCACY,
                false, false, "APPROVED", null);
    }
}
