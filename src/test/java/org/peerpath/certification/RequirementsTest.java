package org.peerpath.certification;

import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;
import org.peerpath.content.ProgramDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsTest {

    static final ProgramDefinition PROGRAM = new ProgramDefinition("p", 1, "Peer Recovery", "Issuer", LocalDate.of(2026, 1, 1), "",
            List.of(new ProgramDefinition.EducationHours(Domain.ETHICAL_RESPONSIBILITY, new BigDecimal("16")),
                    new ProgramDefinition.PracticeHours(new BigDecimal("500"), List.of()),
                    new ProgramDefinition.PracticeHours(new BigDecimal("50"), List.of(Domain.ADVOCACY)),
                    new ProgramDefinition.SupervisionHours(new BigDecimal("25")),
                    new ProgramDefinition.ModulesPassed(List.of("a", "b")),
                    new ProgramDefinition.EthicsAttestation("I affirm")),
            new ProgramDefinition.Renewal(24, new BigDecimal("20"), new BigDecimal("6")), 90, "hash");

    static Evidence evidence(String ethicsEducation, String advocacy, String mentoring, String supervision, Set<String> modules, boolean attested) {
        return new Evidence(Map.of(Domain.ETHICAL_RESPONSIBILITY, new BigDecimal(ethicsEducation)),
                Map.of(Domain.ADVOCACY, new BigDecimal(advocacy), Domain.MENTORING_EDUCATION, new BigDecimal(mentoring)),
                new BigDecimal(supervision), modules, attested);
    }

    @Test
    void everyRequirementKindIsCheckedAgainstItsOwnEvidence() {
        var progress = Requirements.evaluate(PROGRAM, evidence("12", "40", "300", "25", Set.of("a"), false));

        assertThat(progress).extracting(RequirementProgress::label).containsExactly("Education hours: Ethical Responsibility",
                "Supervised practice hours", "Supervised practice hours in Advocacy", "Supervision hours", "Core modules completed",
                "Ethics affirmation signed");
        assertThat(progress).extracting(p -> p.done().stripTrailingZeros().toPlainString()).containsExactly("12", "340", "40", "25", "1", "0");
        assertThat(progress).extracting(RequirementProgress::met).containsExactly(false, false, false, true, false, false);
        assertThat(Requirements.allMet(progress)).isFalse();
        // (12/16 + 340/500 + 40/50 + 1 + 1/2 + 0) / 6 = 62.2%
        assertThat(Requirements.percent(progress)).isEqualTo(62);
    }

    @Test
    void allMetWhenEveryRequirementIsMet_extraHoursDoNotCountTwice() {
        var progress = Requirements.evaluate(PROGRAM, evidence("20", "60", "480", "30", Set.of("a", "b", "c"), true));
        assertThat(Requirements.allMet(progress)).isTrue();
        assertThat(Requirements.percent(progress)).isEqualTo(100);
    }

    @Test
    void totalEducationHoursAddUpEveryDomain_forBoardsThatDoNotSplitTrainingByDomain() {
        Evidence evidence = new Evidence(Map.of(Domain.ETHICAL_RESPONSIBILITY, new BigDecimal("5.5"), Domain.ADVOCACY, new BigDecimal("40"),
                Domain.RECOVERY_WELLNESS_SUPPORT, new BigDecimal("19.5")), Map.of(), BigDecimal.ZERO, Set.of(), false);
        var total = new ProgramDefinition.TotalEducationHours(new BigDecimal("65.5"));

        RequirementProgress met = Requirements.evaluate(total, evidence);
        assertThat(met.label()).isEqualTo("Education hours (all domains together)");
        assertThat(met.done()).isEqualByComparingTo("65");
        assertThat(met.met()).as("65 of 65.5").isFalse();
        assertThat(Requirements.evaluate(total, new Evidence(Map.of(Domain.ADVOCACY, new BigDecimal("65.5")), Map.of(), BigDecimal.ZERO,
                Set.of(), false)).met()).isTrue();
        assertThat(Requirements.evaluate(total, new Evidence(Map.of(), Map.of(Domain.ADVOCACY, new BigDecimal("300")), BigDecimal.ZERO,
                Set.of(), false)).done()).as("practice hours are not education").isEqualByComparingTo("0");
    }

    @Test
    void aProgramsPracticeAndSupervisionTargets_zeroWhereItAsksForNone() {
        assertThat(Requirements.practiceHoursRequired(PROGRAM)).isEqualByComparingTo("500");
        assertThat(Requirements.supervisionHoursRequired(PROGRAM)).isEqualByComparingTo("25");
        var trainingOnly = new ProgramDefinition("t", 1, "Training only", "Issuer", LocalDate.of(2026, 1, 1), "",
                List.of(new ProgramDefinition.TotalEducationHours(new BigDecimal("30"))), PROGRAM.renewal(), 90, "hash");
        assertThat(Requirements.practiceHoursRequired(trainingOnly)).isZero();
        assertThat(Requirements.supervisionHoursRequired(trainingOnly)).isZero();
    }

    @Test
    void statusFollowsTheCertificateAndTheCalendar() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(CertificationStatus.of(false, null, today, 90)).isEqualTo(CertificationStatus.IN_TRAINING);
        assertThat(CertificationStatus.of(true, null, today, 90)).isEqualTo(CertificationStatus.ELIGIBLE);
        var valid = new CertificationStatus.CurrentCertificate(today.plusDays(91), false);
        assertThat(CertificationStatus.of(true, valid, today, 90)).isEqualTo(CertificationStatus.CERTIFIED);
        assertThat(CertificationStatus.of(true, valid, today.plusDays(1), 90)).isEqualTo(CertificationStatus.EXPIRING_SOON);
        assertThat(CertificationStatus.of(true, valid, today.plusDays(91), 90)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(CertificationStatus.of(true, new CertificationStatus.CurrentCertificate(today.plusYears(1), true), today, 90))
                .isEqualTo(CertificationStatus.REVOKED);
    }

    @Test
    void theProjectionUsesTheRecentPace() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(Projection.practiceComplete(new BigDecimal("90"), new BigDecimal("90"), today)).contains(today.plusDays(90));
        assertThat(Projection.practiceComplete(new BigDecimal("10"), BigDecimal.ZERO, today)).isEmpty();
        assertThat(Projection.practiceComplete(BigDecimal.ZERO, BigDecimal.ZERO, today)).contains(today);
    }
}
