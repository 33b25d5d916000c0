package org.peerpath.certification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningService;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.Setting;
import org.peerpath.practice.SignatureContext;
import org.peerpath.testsupport.EligibleTrainee;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's read model follows the real events, serializes concurrent ones, and is rebuilt where rows are missing. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StandingUpdatesTest {

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
    StandingUpdates standingUpdates;
    @Autowired
    StaffDashboard dashboard;
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
    void signingPracticeCompletingAModuleAndApprovingOutsideTraining_eachMoveTheRow() {
        fixtures.signIn(trainee);
        var draft = practice.saveDraft(null, 0, new EntryDetails(today().minusDays(2), LocalTime.of(9, 0), 150,
                Domain.ADVOCACY, Activity.ONE_TO_ONE, Setting.RECOVERY_COMMUNITY, "Coaching shift at the centre."));
        practice.submit(List.of(new EntryRef(draft.id(), draft.version())));
        var session = practice.logSupervision(today().minusDays(1), 60, false, "Weekly supervision");
        assertThat(row().get("practice_hours")).as("submitted, not yet signed").isEqualTo(new BigDecimal("0.00"));

        fixtures.signIn(supervisor);
        practice.sign(practice.queue().stream().map(e -> new EntryRef(e.id(), e.version())).toList(), Fixtures.PASSWORD,
                new SignatureContext("127.0.0.1", "test"));
        assertThat(row().get("practice_hours")).isEqualTo(new BigDecimal("2.50"));
        practice.confirmSession(session.id(), session.version());
        assertThat(row().get("supervision_hours")).isEqualTo(new BigDecimal("1.00"));

        var module = content.latestModules().getFirst();
        SystemCaller.run(() -> learning.recordLessonsRead(traineeId, module.moduleId(), module.lessonIds()));
        fixtures.signIn(trainee);
        learning.recordQuizPassed(traineeId, module.moduleId(), learning.myModuleVersion(module.moduleId()));
        BigDecimal moduleHours = (BigDecimal) row().get("education_hours");
        assertThat(moduleHours).as("the module's contact hours").isPositive();

        var training = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Peer recovery core training",
                "State board", today().minusDays(10), new BigDecimal("6"), Domain.MENTORING_EDUCATION, false, false));
        assertThat(row().get("education_hours")).as("waiting for approval").isEqualTo(moduleHours);
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(training.id(), training.version(), true);
        assertThat(row().get("education_hours")).isEqualTo(moduleHours.add(new BigDecimal("6")));
        assertThat((Integer) row().get("percent_done")).isPositive();
    }

    @Test
    void issuingTheDailyCalendarJobRenewingAndRevoking_moveTheStatus() {
        makeEligible();
        assertThat(row().get("status")).isEqualTo("ELIGIBLE");

        fixtures.signIn(admin);
        CertificateView certificate = certification.issue(traineeId, ICRC);
        assertThat(row()).containsEntry("status", "CERTIFIED").containsEntry("certificate_code", certificate.code());
        assertThat(jdbc.queryForObject("select certificate_expires_on from certification_standing where trainee_id = ?",
                LocalDate.class, traineeId)).isEqualTo(certificate.expiresOn());

        // The program warns 90 days ahead; nothing but the calendar changes.
        Fixtures.signOut();
        clock.advance(Duration.ofDays(certificate.issuedOn().until(certificate.expiresOn().minusDays(90), java.time.temporal.ChronoUnit.DAYS)));
        SystemCaller.run(() -> standingUpdates.moveWithTheCalendar());
        assertThat(row().get("status")).isEqualTo("EXPIRING_SOON");
        clock.advance(Duration.ofDays(90));
        SystemCaller.run(() -> standingUpdates.moveWithTheCalendar());
        assertThat(row().get("status")).isEqualTo("EXPIRED");

        // An expired certificate is renewed late, with the program's continuing education, not issued again.
        fixtures.signIn(trainee);
        var ethics = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Ethics refresher", "State board",
                today().minusDays(3), new BigDecimal("6"), Domain.ETHICAL_RESPONSIBILITY, true, true));
        var more = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Advocacy update", "State board",
                today().minusDays(2), new BigDecimal("14"), Domain.ADVOCACY, false, true));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(ethics.id(), ethics.version(), true);
        certification.reviewOutsideTraining(more.id(), more.version(), true);
        CertificateView expired = certification.progressOf(traineeId).certificate();
        CertificateView second = certification.renew(expired.id(), expired.version());
        assertThat(row()).containsEntry("status", "CERTIFIED").containsEntry("certificate_code", second.code());
        certification.revoke(second.id(), second.version(), "Issued in error");
        assertThat(row()).containsEntry("status", "REVOKED").containsEntry("certificate_revoked", true);
    }

    /**
     * Two transactions add practice hours for one person at once. The second waits for the first's row lock; its
     * snapshot began before the first committed, so it computes the row again after its own commit. Neither fails
     * (the first round also races on the row's first insert), and no hours are lost.
     */
    @Test
    void concurrentEventsForOnePerson_neitherFailsNorDropsTheOthersChange() throws Exception {
        jdbc.update("delete from certification_standing where trainee_id = ?", traineeId);
        race(120, 180);
        assertThat(row().get("practice_hours")).isEqualTo(new BigDecimal("5.00"));

        race(60, 90);
        assertThat(row().get("practice_hours")).as("the row existed this time").isEqualTo(new BigDecimal("7.50"));
    }

    @Test
    void peopleWithoutARow_getOneAtStartUp(CapturedOutput output) {
        fixtures.signIn(trainee);
        var training = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Peer recovery core training",
                "State board", today().minusDays(10), new BigDecimal("6"), Domain.ADVOCACY, false, false));
        fixtures.signIn(admin);
        certification.reviewOutsideTraining(training.id(), training.version(), true);
        Fixtures.signOut();
        jdbc.update("delete from certification_standing");

        // What the start-up listener runs in the background.
        assertThat(SystemCaller.call(() -> standingUpdates.createMissingRows())).isEqualTo(3);

        assertThat(jdbc.queryForObject("select count(*) from certification_standing", Integer.class)).isEqualTo(3);
        assertThat(row()).containsEntry("status", "IN_TRAINING").containsEntry("education_hours", new BigDecimal("6.00"));
        assertThat(output).contains("created rows for 3 people who had none");
        fixtures.signIn(admin);
        assertThat(dashboard.count(DashboardFilter.NONE)).isEqualTo(3);
        assertThat(SystemCaller.call(() -> standingUpdates.createMissingRows())).isZero();
        assertThat(output).contains("created rows for 0 people who had none");
    }

    private void race(int firstMinutes, int secondMinutes) throws Exception {
        SecurityContext signedIn = fixtures.contextFor(admin);
        CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
        CountDownLatch secondHasReadData = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> as(signedIn, () -> transaction.executeWithoutResult(status -> {
                signedEntry(firstMinutes);
                certification.refreshStanding(traineeId);
                firstHoldsTheRow.countDown();
                await(secondHasReadData);
                pause(); // the second is now waiting for this row
            })));
            Future<?> second = threads.submit(() -> as(signedIn, () -> transaction.executeWithoutResult(status -> {
                signedEntry(secondMinutes);
                jdbc.queryForObject("select count(*) from practice_entry", Integer.class); // the snapshot begins here
                secondHasReadData.countDown();
                await(firstHoldsTheRow);
                certification.refreshStanding(traineeId);
            })));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private void signedEntry(int minutes) {
        jdbc.update("insert into practice_entry (trainee_id, organization_id, supervisor_id, entry_date, start_time, minutes, domain, "
                        + "activity, setting, note, status, submitted_at, created_at, updated_at) "
                        + "values (?, ?, ?, ?, '09:00:00', ?, 'ADVOCACY', 'ONE_TO_ONE', 'COMMUNITY', 'Coaching shift.', 'APPROVED', now(6), now(6), now(6))",
                traineeId, organization, fixtures.idOf(supervisor), today().minusDays(minutes), minutes);
    }

    private static void as(SecurityContext context, Runnable work) {
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select * from certification_standing where trainee_id = ?", traineeId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every requirement met through the services, as in {@code CertificationServiceTest}. */
    private void makeEligible() {
        eligibleTrainee.make(trainee, supervisor, admin);
    }
}
