package org.peerpath.certification;

import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationStatus.CurrentCertificate;
import org.peerpath.content.Domain;
import org.peerpath.content.ProgramDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpath.certification.CertificationStatus.CERTIFIED;
import static org.peerpath.certification.CertificationStatus.ELIGIBLE;
import static org.peerpath.certification.CertificationStatus.EXPIRED;
import static org.peerpath.certification.CertificationStatus.EXPIRING_SOON;
import static org.peerpath.certification.CertificationStatus.IN_TRAINING;
import static org.peerpath.certification.CertificationStatus.REVOKED;

/** Each step of In training → Eligible → Certified → Expiring soon → Expired, and Revoked, at its exact boundary. */
class CertificationStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void inTrainingBecomesEligibleWhenTheLastRequirementIsMet() {
        assertThat(CertificationStatus.of(false, null, TODAY, 90)).isEqualTo(IN_TRAINING);
        assertThat(CertificationStatus.of(true, null, TODAY, 90)).isEqualTo(ELIGIBLE);
    }

    @Test
    void eligibleBecomesCertifiedByACertificate_andACertificateStandsEvenIfAProgramLaterAsksMore() {
        CurrentCertificate issued = new CurrentCertificate(TODAY.plusMonths(24), false);
        assertThat(CertificationStatus.of(true, issued, TODAY, 90)).isEqualTo(CERTIFIED);
        assertThat(CertificationStatus.of(false, issued, TODAY, 90)).isEqualTo(CERTIFIED);
    }

    @Test
    void certifiedBecomesExpiringSoonOnTheFirstDayOfTheProgramsWindow() {
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(91), false), TODAY, 90)).isEqualTo(CERTIFIED);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(90), false), TODAY, 90)).isEqualTo(EXPIRING_SOON);
        // Another program's window.
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(31), false), TODAY, 30)).isEqualTo(CERTIFIED);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(30), false), TODAY, 30)).isEqualTo(EXPIRING_SOON);
    }

    @Test
    void expiringSoonBecomesExpiredOnTheExpiryDate() {
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(1), false), TODAY, 90)).isEqualTo(EXPIRING_SOON);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY, false), TODAY, 90)).isEqualTo(EXPIRED);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.minusYears(1), false), TODAY, 90)).isEqualTo(EXPIRED);
    }

    @Test
    void revocationWinsInEveryState() {
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusMonths(24), true), TODAY, 90)).isEqualTo(REVOKED);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.plusDays(10), true), TODAY, 90)).isEqualTo(REVOKED);
        assertThat(CertificationStatus.of(true, new CurrentCertificate(TODAY.minusDays(10), true), TODAY, 90)).isEqualTo(REVOKED);
    }

    @Test
    void practiceInAnyDomainCounts_unlessTheProgramNamesDomains_andOnlyListedModulesCount() {
        Evidence evidence = new Evidence(Map.of(), Map.of(Domain.ADVOCACY, new BigDecimal("30"), Domain.ETHICAL_RESPONSIBILITY,
                new BigDecimal("12.5")), BigDecimal.ZERO, Set.of("foundations", "elective"), false);
        assertThat(Requirements.evaluate(new ProgramDefinition.PracticeHours(new BigDecimal("40"), null), evidence).done())
                .isEqualByComparingTo("42.5");
        var restricted = Requirements.evaluate(new ProgramDefinition.PracticeHours(new BigDecimal("40"),
                List.of(Domain.ETHICAL_RESPONSIBILITY)), evidence);
        assertThat(restricted.done()).isEqualByComparingTo("12.5");
        assertThat(restricted.met()).isFalse();
        var modules = Requirements.evaluate(new ProgramDefinition.ModulesPassed(List.of("foundations", "ethical-boundaries")), evidence);
        assertThat(modules.done()).isEqualByComparingTo("1");
        assertThat(modules.share()).isEqualByComparingTo("0.5");
        var education = Requirements.evaluate(new ProgramDefinition.EducationHours(Domain.ADVOCACY, new BigDecimal("10")), evidence);
        assertThat(education.done()).isEqualByComparingTo("0");
        assertThat(Requirements.evaluate(new ProgramDefinition.SupervisionHours(BigDecimal.ZERO), evidence).met()).isTrue();
        assertThat(Requirements.percent(List.of())).isEqualTo(100);
    }

    @Test
    void theProjectionRoundsUpToWholeDaysAtTheRecentPace() {
        // 45 hours in 90 days = half an hour a day: 10 hours left take 20 days.
        assertThat(Projection.practiceComplete(new BigDecimal("10"), new BigDecimal("45"), TODAY)).contains(TODAY.plusDays(20));
        // Ten hours a day: a single hour left still takes a day.
        assertThat(Projection.practiceComplete(BigDecimal.ONE, new BigDecimal("900"), TODAY)).contains(TODAY.plusDays(1));
        assertThat(Projection.practiceComplete(new BigDecimal("-5"), BigDecimal.ZERO, TODAY)).contains(TODAY);
    }
}
