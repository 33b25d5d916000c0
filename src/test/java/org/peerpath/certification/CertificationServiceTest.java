package org.peerpath.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.ContentImportResult;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningService;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.SignatureContext;
import org.peerpath.practice.Setting;
import org.peerpath.testsupport.EligibleTrainee;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CertificationServiceTest {

    static final String ICRC = "icrc-peer-recovery";

    @Autowired
    CertificationService certification;
    @Autowired
    PracticeService practice;
    @Autowired
    LearningService learning;
    @Autowired
    ContentImporter importer;
    @Autowired
    ContentCatalog content;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EligibleTrainee eligibleTrainee;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CertificateVerification verification;
    @Autowired
    org.peerpath.identity.StaffService staff;

    long organization;
    String admin;
    String supervisor;
    String trainee;
    long traineeId;

    @BeforeEach
    void setUp() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        organization = fixtures.organization();
        admin = fixtures.account(organization, Role.ORG_ADMIN);
        supervisor = fixtures.account(organization, Role.SUPERVISOR);
        trainee = fixtures.account(organization, fixtures.idOf(supervisor), Role.TRAINEE);
        traineeId = fixtures.idOf(trainee);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aNewTraineeIsInTrainingWithEverythingMissing() {
        fixtures.signIn(trainee);
        ProgramProgress progress = certification.myProgress().orElseThrow();
        assertThat(progress.status()).isEqualTo(CertificationStatus.IN_TRAINING);
        assertThat(progress.percent()).isZero();
        assertThat(progress.missing()).anySatisfy(m -> assertThat(m).startsWith("Supervised practice hours: 0 of 500"));
        assertThat(progress.ethicsStatement()).contains("42 CFR Part 2");
    }

    @Test
    void issueVerifyRevokeVerify() throws Exception {
        makeEligible();
        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().status()).isEqualTo(CertificationStatus.ELIGIBLE);
        assertThat(certification.myProgress().orElseThrow().projectedPracticeComplete()).as("no projection once the hours are there").isNull();

        fixtures.signIn(admin);
        CertificateView certificate = certification.issue(traineeId, ICRC);
        assertThat(certificate.code()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");
        assertThat(certificate.expiresOn()).isEqualTo(certificate.issuedOn().plusMonths(24));
        assertThat(jdbc.queryForObject("select certificate_expiring_from from certification_standing where trainee_id = ?",
                LocalDate.class, traineeId)).as("the dashboard row warns by the program's 90-day window")
                .isEqualTo(certificate.expiresOn().minusDays(90));
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already holds");

        Fixtures.signOut();
        Verification valid = verify(certificate.code()).orElseThrow();
        assertThat(valid.state()).isEqualTo(Verification.State.VALID);
        assertThat(valid.holderName()).isEqualTo(certificate.holderName());
        assertThat(verify("AAAA-AAAA-AAAA-AAAA-AAAA")).isEmpty();
        assertThat(verify("' or 1=1 --")).isEmpty();

        fixtures.signIn(trainee);
        try (var pdf = Loader.loadPDF(certification.certificatePdf(certificate.id()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(certificate.holderName(), certificate.code(), "/verify/" + certificate.code());
        }

        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.revoke(certificate.id(), certificate.version(), " ")).isInstanceOf(ValidationException.class);
        certification.revoke(certificate.id(), certificate.version(), "Issued in error");
        Fixtures.signOut();
        Verification revoked = verify(certificate.code()).orElseThrow();
        assertThat(revoked.state()).isEqualTo(Verification.State.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().status()).isEqualTo(CertificationStatus.REVOKED);
    }

    @Test
    void certificatesExpire_andRenewalNeedsContinuingEducationWithItsEthicsShare() {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(700));
        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().status()).isEqualTo(CertificationStatus.EXPIRING_SOON);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var general = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Trauma-informed care", "State board",
                today.minusDays(10), new BigDecimal("15"), Domain.RECOVERY_WELLNESS_SUPPORT, false, true));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(general.id(), general.version(), true);
        assertThatThrownBy(() -> certification.renew(first.id(), first.version())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ethics 0 of 6 h");

        fixtures.signIn(trainee);
        var ethics = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Ethics refresher", "State board",
                today.minusDays(5), new BigDecimal("6"), Domain.ETHICAL_RESPONSIBILITY, true, true));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(ethics.id(), ethics.version(), true);
        CertificateView renewed = certification.renew(first.id(), first.version());

        assertThat(renewed.previousCertificateId()).isEqualTo(first.id());
        assertThat(renewed.expiresOn()).isEqualTo(first.expiresOn().plusMonths(24));
        clock.advance(Duration.ofDays(40));
        Verification old = verify(first.code()).orElseThrow();
        assertThat(old.state()).as("the old code tells it was renewed").isEqualTo(Verification.State.RENEWED);
        assertThat(old.successor()).isEqualTo(new Verification.Successor(renewed.expiresOn(), Verification.State.VALID));
        assertThat(verify(renewed.code()).orElseThrow().state()).isEqualTo(Verification.State.VALID);
    }

    @Test
    void progressAndCertificatesStayInsideTheOrganization() {
        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> certification.progressOf(traineeId)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThatThrownBy(() -> certification.progressOf(traineeId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> certification.progressOf(traineeId)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(supervisor);
        assertThat(certification.progressOf(traineeId).traineeId()).isEqualTo(traineeId);
        fixtures.signIn(admin);
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has not met every requirement");
    }

    @Test
    void aCertificateById_isOnlyForItsHolderAndTheirOrganization() {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView certificate = certification.issue(traineeId, ICRC);

        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> certification.certificatePdf(certificate.id())).isInstanceOf(NotFoundException.class);
        assertThat(certification.myProgress().orElseThrow().certificate()).isNull();

        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThatThrownBy(() -> certification.certificatePdf(certificate.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.revoke(certificate.id(), certificate.version(), "Not ours"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certification.renew(certificate.id(), certificate.version())).isInstanceOf(NotFoundException.class);

        fixtures.signIn(admin);
        assertThat(certification.certificatePdf(certificate.id())).startsWith("%PDF".getBytes());
        Fixtures.signOut();
        assertThat(verify(certificate.code()).orElseThrow().state()).isEqualTo(Verification.State.VALID);
    }

    @Test
    void aSupervisorWhoMayIssue_stillNeverRevokesRenewsOrDownloads_andOnlyOrgAdminsChangeThePolicy() {
        makeEligible();
        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> certification.letSupervisorsIssue(true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixtures.signIn(admin);
        assertThat(certification.supervisorsMayIssue()).isFalse();
        certification.letSupervisorsIssue(true);
        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThat(certification.supervisorsMayIssue()).isFalse();

        fixtures.signIn(supervisor);
        assertThat(certification.supervisorsMayIssue()).isTrue();
        CertificateView issued = certification.issue(traineeId, ICRC);
        assertThatThrownBy(() -> certification.revoke(issued.id(), issued.version(), "Mine to revoke?"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> certification.renew(issued.id(), issued.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> certification.certificatePdf(issued.id())).as("not the holder")
                .isInstanceOf(NotFoundException.class);

        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().status()).isEqualTo(CertificationStatus.CERTIFIED);
    }

    @Test
    void theTraineesSupervisorApprovesOutsideTraining_othersDoNotSeeIt_andNotesStayFreeOfPhi() {
        fixtures.signIn(trainee);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThatThrownBy(() -> certification.recordOutsideTraining(OutsideTrainingRecord.typed("Boundaries workshop", "Coalition",
                today.minusDays(3), new BigDecimal("3"), Domain.ETHICAL_RESPONSIBILITY, true, false,
                "Practised with my client Dana Whitfield, call 555-201-3344")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        var record = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Boundaries workshop", "Coalition",
                today.minusDays(3), new BigDecimal("3"), Domain.ETHICAL_RESPONSIBILITY, true, false, "Role plays on dual relationships."));
        assertThat(record.note()).isEqualTo("Role plays on dual relationships.");
        BigDecimal before = certification.myProgress().orElseThrow().requirements().stream()
                .filter(r -> r.label().equals("Education hours: Ethical Responsibility")).findFirst().orElseThrow().done();

        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThat(certification.outsideTrainingToReview()).isEmpty();
        assertThatThrownBy(() -> certification.reviewOutsideTraining(record.id(), record.version(), true))
                .isInstanceOf(NotFoundException.class);

        fixtures.signIn(supervisor);
        assertThat(certification.outsideTrainingToReview()).extracting(OutsideTrainingRecord::id).containsExactly(record.id());
        certification.reviewOutsideTraining(record.id(), record.version(), true);

        fixtures.signIn(trainee);
        assertThat(certification.myOutsideTraining()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo("APPROVED"));
        BigDecimal after = certification.myProgress().orElseThrow().requirements().stream()
                .filter(r -> r.label().equals("Education hours: Ethical Responsibility")).findFirst().orElseThrow().done();
        assertThat(after.subtract(before)).isEqualByComparingTo("3");
    }

    @Test
    void supervisorsIssueToTheirOwnTraineesOnlyWhenTheOrganizationAllowsIt() {
        makeEligible();
        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        fixtures.signIn(admin);
        certification.letSupervisorsIssue(true);
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(supervisor);
        assertThat(certification.issue(traineeId, ICRC).holderId()).isEqualTo(traineeId);
    }

    @Test
    void aCertificateIsRenewedOnce_aSecondTabIsRefused_andARevokedCertificateNotAtAll() {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(30));
        continuingEducation(today(), "14", "6");
        CertificateView renewed = certification.renew(first.id(), first.version());

        assertThatThrownBy(() -> certification.renew(first.id(), first.version()))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("already been renewed");
        assertThat(successorsOf(first.id())).isEqualTo(1);

        certification.revoke(renewed.id(), renewed.version(), "Issued in error");
        CertificateView revoked = certification.progressOf(traineeId).certificate();
        assertThat(revoked.revoked()).isTrue();
        assertThatThrownBy(() -> certification.renew(revoked.id(), revoked.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("revoked certificate cannot be renewed");
        assertThat(certification.progressOf(traineeId).next().action()).as("after a revocation only issuing is open")
                .isEqualTo(CertificateRules.Action.ISSUE);
    }

    @Test
    void continuingEducationCompletedOnTheRenewalDayCountsForThatRenewal_notAgainForTheNext() {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(700));
        continuingEducation(today(), "14", "6");
        CertificateView renewed = certification.renew(first.id(), first.version());

        RenewalProgress next = certification.progressOf(traineeId).renewal();
        assertThat(next.countsAfter()).isEqualTo(renewed.issuedOn());
        assertThat(next.continuingEducationDone()).isEqualByComparingTo("0");
        assertThat(next.ethicsDone()).isEqualByComparingTo("0");
        assertThat(certification.progressOf(traineeId).renewable()).isFalse();
    }

    @Test
    void anExpiredCertificateIsRenewedLateWithContinuingEducation_neverReplacedByIssuingAFreshOne() {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(800));
        assertThat(certification.progressOf(traineeId).status()).isEqualTo(CertificationStatus.EXPIRED);

        assertThatThrownBy(() -> certification.issue(traineeId, ICRC)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expired on").hasMessageContaining("Renew it instead");
        ProgramProgress expired = certification.progressOf(traineeId);
        assertThat(expired.next().action()).isEqualTo(CertificateRules.Action.RENEW);
        assertThat(expired.next().reason()).contains("continuing education 0 of 20 h", "ethics 0 of 6 h");
        assertThat(expired.renewal().late()).isTrue();

        continuingEducation(today().minusDays(3), "14", "6");
        CertificateView renewed = certification.renew(first.id(), first.version());

        assertThat(renewed.previousCertificateId()).isEqualTo(first.id());
        assertThat(renewed.issuedOn()).isEqualTo(today());
        assertThat(renewed.expiresOn()).as("a late renewal starts a new term on the renewal day").isEqualTo(today().plusMonths(24));
        assertThat(certification.progressOf(traineeId).status()).isEqualTo(CertificationStatus.CERTIFIED);
    }

    @Test
    void twoAdminsRenewingAtOnce_theSecondWaitsForTheFirst_andIsToldItIsAlreadyRenewed() throws Exception {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(30));
        continuingEducation(today(), "14", "6");
        String otherAdmin = fixtures.account(organization, Role.ORG_ADMIN);

        Race race = new Race();
        Future<CertificateView> winner = race.holdOpen(admin, () -> certification.renew(first.id(), first.version()));
        Future<CertificateView> second = race.then(otherAdmin, () -> certification.renew(first.id(), first.version()));

        assertThat(winner.get(30, TimeUnit.SECONDS).previousCertificateId()).isEqualTo(first.id());
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("already been renewed");
        assertThat(successorsOf(first.id())).isEqualTo(1);
    }

    @Test
    void theUniqueSuccessorIsTheBackstop_aRenewalThatRacesPastTheLockGetsAClearMessage() throws Exception {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView first = certification.issue(traineeId, ICRC);
        clock.advance(Duration.ofDays(30));
        continuingEducation(today(), "14", "6");

        // Another writer that does not take the lock has inserted a successor and not committed yet.
        Race race = new Race();
        Future<Integer> other = race.holdOpen(admin, () -> jdbc.update("insert into certificate (code, trainee_id, organization_id, "
                + "holder_name, program_id, program_version, program_title, issuer_name, issued_on, expires_on, issued_at, issued_by, "
                + "previous_certificate_id) select 'RACE-0001', trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by, id from certificate where id = ?", first.id()));
        Future<CertificateView> renewal = race.then(admin, () -> certification.renew(first.id(), first.version()));

        assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(() -> renewal.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("renewed by someone else at the same moment");
        assertThat(successorsOf(first.id())).isEqualTo(1);
    }

    @Test
    void twoAdminsIssuingAtOnce_theSecondWaitsForTheFirst_andOnlyOneCertificateIsIssued() throws Exception {
        makeEligible();
        String otherAdmin = fixtures.account(organization, Role.ORG_ADMIN);

        Race race = new Race();
        Future<CertificateView> winner = race.holdOpen(admin, () -> certification.issue(traineeId, ICRC));
        Future<CertificateView> second = race.then(otherAdmin, () -> certification.issue(traineeId, ICRC));

        assertThat(winner.get(30, TimeUnit.SECONDS).holderId()).isEqualTo(traineeId);
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ValidationException.class).hasMessageContaining("already holds a current certificate");
        assertThat(jdbc.queryForObject("select count(*) from certificate where trainee_id = ?", Integer.class, traineeId)).isEqualTo(1);
    }

    @Test
    void aCertifiedCoachWhoBecameASupervisor_keepsTheirCertificatePdfProgressAndRenewal() throws Exception {
        makeEligible();
        fixtures.signIn(admin);
        CertificateView certificate = certification.issue(traineeId, ICRC);
        staff.changeRoles(traineeId, java.util.Set.of(Role.SUPERVISOR), staff.member(traineeId).version());
        clock.advance(Duration.ofDays(30));

        fixtures.signIn(trainee);
        ProgramProgress mine = certification.myProgress().orElseThrow();
        assertThat(mine.certificate().id()).isEqualTo(certificate.id());
        assertThat(mine.renewal().continuingEducationRequired()).isEqualByComparingTo("20");
        try (var pdf = Loader.loadPDF(certification.certificatePdf(certificate.id()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(certificate.code());
        }
        var logged = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Ethics refresher", "State board",
                today(), new BigDecimal("6"), Domain.ETHICAL_RESPONSIBILITY, true, true));
        assertThat(certification.myOutsideTraining()).extracting(OutsideTrainingRecord::id).contains(logged.id());

        fixtures.signIn(supervisor);
        assertThat(certification.myProgress()).as("never enrolled, holds nothing").isEmpty();
        assertThatThrownBy(() -> certification.recordOutsideTraining(OutsideTrainingRecord.typed("Ethics refresher", "State board",
                today(), new BigDecimal("6"), Domain.ETHICAL_RESPONSIBILITY, true, true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> certification.certificatePdf(certificate.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNewProgramVersionAppliesToNewEnrolments_anEnrolledTraineeKeepsTheirs(@TempDir Path temp) throws Exception {
        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().programVersion()).isEqualTo(1);

        Path content = TestContent.copy(temp);
        Path program = content.resolve("programs/icrc-peer-recovery.yaml");
        TestContent.replace(program, "version: 1\n", "version: 2\n");
        TestContent.replace(program, "effectiveDate: 2026-01-01", "effectiveDate: 2027-01-01");
        TestContent.replace(program, "hours: 25\n", "hours: 30\n");
        TestContent.replace(program, "expiringSoonDays: 90\n", "");
        assertThat(SystemCaller.call(() -> importer.importFrom(content)).outcome()).isEqualTo(ContentImportResult.Outcome.IMPORTED);

        ProgramProgress enrolled = certification.myProgress().orElseThrow();
        assertThat(enrolled.programVersion()).isEqualTo(1);
        assertThat(supervisionRequired(enrolled)).isEqualByComparingTo("25");

        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        ProgramProgress newcomer = certification.myProgress().orElseThrow();
        assertThat(newcomer.programVersion()).isEqualTo(2);
        assertThat(supervisionRequired(newcomer)).isEqualByComparingTo("30");
        assertThat(newcomer.expiringSoonDays()).as("the default window").isEqualTo(90);
    }

    private static BigDecimal supervisionRequired(ProgramProgress progress) {
        return progress.requirements().stream().filter(r -> r.label().equals("Supervision hours")).findFirst().orElseThrow().required();
    }

    @Test
    void publicLookUpsAreLimitedPerAddressInTheService() {
        for (int i = 0; i < 20; i++) {
            assertThat(verification.verify("AAAA-AAAA-AAAA-AAAA-AAAA", "198.51.100.77")).isEmpty();
        }
        assertThatThrownBy(() -> verification.verify("AAAA-AAAA-AAAA-AAAA-AAAA", "198.51.100.77"))
                .isInstanceOf(CertificateVerification.TooManyChecks.class);
        assertThat(verification.verify("AAAA-AAAA-AAAA-AAAA-AAAA", "198.51.100.78")).as("another address").isEmpty();
    }

    /** A public look-up from an address of its own, so tests never share the per-address allowance. */
    private Optional<Verification> verify(String code) {
        return verification.verify(code, "test-" + java.util.UUID.randomUUID());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Continuing education logged by the trainee and approved by the admin (who stays signed in). */
    private void continuingEducation(LocalDate completedOn, String generalHours, String ethicsHours) {
        fixtures.signIn(trainee);
        var general = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Trauma-informed care", "State board",
                completedOn, new BigDecimal(generalHours), Domain.RECOVERY_WELLNESS_SUPPORT, false, true));
        var ethics = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Ethics refresher", "State board",
                completedOn, new BigDecimal(ethicsHours), Domain.ETHICAL_RESPONSIBILITY, true, true));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(general.id(), general.version(), true);
        certification.reviewOutsideTraining(ethics.id(), ethics.version(), true);
    }

    private int successorsOf(long certificateId) {
        return jdbc.queryForObject("select count(*) from certificate where previous_certificate_id = ?", Integer.class, certificateId);
    }

    /**
     * Two people at once, made deterministic: the first one's work runs in a transaction held open until the second
     * has had a second to get past (or be stopped by) whatever the first holds.
     */
    private class Race {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private final CountDownLatch firstDone = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        <T> Future<T> holdOpen(String who, Callable<T> work) throws InterruptedException {
            Future<T> result = pool.submit(() -> as(who, () -> new TransactionTemplate(transactions).execute(status -> {
                try {
                    T value = work.call();
                    firstDone.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    return value;
                } catch (Exception e) {
                    firstDone.countDown();
                    throw new IllegalStateException(e);
                }
            })));
            assertThat(firstDone.await(30, TimeUnit.SECONDS)).isTrue();
            return result;
        }

        <T> Future<T> then(String who, Callable<T> work) throws InterruptedException {
            Future<T> result = pool.submit(() -> as(who, work));
            Thread.sleep(1500);
            assertThat(result.isDone()).as("the second waits while the first is under way").isFalse();
            release.countDown();
            pool.shutdown();
            return result;
        }

        private <T> T as(String who, Callable<T> work) throws Exception {
            SecurityContextHolder.setContext(fixtures.contextFor(who));
            try {
                return work.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** Every requirement of the shipped program met, through the same services people use. */
    private void makeEligible() {
        eligibleTrainee.make(trainee, supervisor, admin);
    }
}
