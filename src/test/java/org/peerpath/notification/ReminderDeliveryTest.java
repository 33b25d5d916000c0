package org.peerpath.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerpath.common.NotFoundException;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders reach people exactly once, by e-mail through a real SMTP server (GreenMail) and in their
 * notification list, even when two schedulers race.
 */
@IntegrationTest
@Import(ReminderDeliveryTest.Due.class)
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class ReminderDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Stands in for a feature's source: whatever the test puts in {@code due} is due now. */
    @TestConfiguration
    static class Due {
        static final List<Reminder> due = new CopyOnWriteArrayList<>();

        @Bean
        ReminderSource testReminders() {
            return now -> List.copyOf(due);
        }
    }

    @Autowired
    ReminderJob job;
    @Autowired
    ReminderRound round;
    @Autowired
    NotificationService notifications;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.peerpath.practice.PracticeService practice;
    @Autowired
    org.peerpath.content.ContentImporter importer;
    @Autowired
    org.peerpath.testsupport.MutableClock clock;
    @Autowired
    org.peerpath.identity.StaffService staff;

    long organization;

    @BeforeEach
    void setUp() {
        organization = fixtures.organization();
    }

    @AfterEach
    void tearDown() {
        Due.due.clear();
        Fixtures.signOut();
    }

    @Test
    void aDueReminderIsMailedAndListedOnceHoweverOftenTheJobRuns() throws Exception {
        String email = fixtures.account(organization, Role.TRAINEE);
        long trainee = fixtures.idOf(email);
        Due.due.add(new Reminder(trainee, "expiry-30:certificate-1", "Your certificate expires in 30 days",
                "Your Peer Recovery certificate expires on 22 December 2026.", "certifications"));

        assertThat(SystemCaller.call(round::run)).isEqualTo(1);
        assertThat(SystemCaller.call(round::run)).isZero();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mails[0].getSubject()).isEqualTo("Your certificate expires in 30 days");
        assertThat(GreenMailUtil.getBody(mails[0])).contains("22 December 2026").contains("/certifications");

        fixtures.signIn(email);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationItem item = notifications.mine().getFirst();
        assertThat(item.subject()).isEqualTo("Your certificate expires in 30 days");
        assertThat(item.emailed()).isTrue();
        notifications.markRead(item.id());
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void anEmailThatFailedIsRetriedByALaterRound_andOneThatWentIsNeverSentAgain() throws Exception {
        String email = fixtures.account(organization, Role.TRAINEE);
        long trainee = fixtures.idOf(email);
        Due.due.add(new Reminder(trainee, "expiry-7:certificate-9", "Your certificate expires in 7 days",
                "Your Peer Recovery certificate expires on 22 December 2026.", "certifications"));

        smtp.stop();
        assertThat(SystemCaller.call(round::run)).as("listed in the app even though the mail failed").isEqualTo(1);
        assertThat(mailState(trainee)).isEqualTo("attempts=1 emailed=false");

        smtp.start();
        SystemCaller.call(round::run);
        assertThat(smtp.getReceivedMessages()).as("not retried before the retry delay").isEmpty();

        clock.advance(ReminderDelivery.RETRY_AFTER.plusMinutes(1));
        assertThat(SystemCaller.call(round::run)).as("nothing new is delivered, the old one is mailed").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Your certificate expires in 7 days");
        assertThat(mailState(trainee)).isEqualTo("attempts=2 emailed=true");

        clock.advance(ReminderDelivery.RETRY_AFTER.multipliedBy(4));
        SystemCaller.call(round::run);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Integer.class, trainee)).isEqualTo(1);
    }

    @Test
    void failedEmailIsRetriedOnlyABoundedNumberOfTimes() {
        long trainee = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        Due.due.add(new Reminder(trainee, "sign-off:42", "2 entries wait for your sign-off", "Entries have waited.", "review"));

        smtp.stop();
        for (int round = 0; round < ReminderDelivery.MAX_MAIL_ATTEMPTS + 3; round++) {
            SystemCaller.call(this.round::run);
            clock.advance(ReminderDelivery.RETRY_AFTER.plusMinutes(1));
        }
        smtp.start();
        SystemCaller.call(round::run);

        assertThat(mailState(trainee)).isEqualTo("attempts=" + ReminderDelivery.MAX_MAIL_ATTEMPTS + " emailed=false");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private String mailState(long recipient) {
        return jdbc.queryForObject("select concat('attempts=', email_attempts, ' emailed=', if(emailed_at is null, 'false', 'true')) "
                + "from notification where recipient_id = ?", String.class, recipient);
    }

    @Test
    void twoSchedulersRacingDeliverEachReminderExactlyOnce() throws Exception {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(fixtures.idOf(fixtures.account(organization, Role.TRAINEE)));
        }
        for (long person : people) {
            for (int days : new int[]{90, 30, 7}) {
                Due.due.add(new Reminder(person, "expiry-" + days + ":certificate-" + person,
                        "Expires in " + days + " days", "Renew soon.", null));
            }
        }

        // Two instances' job entry points (the ShedLock-protected one) and two unlocked rounds all at once.
        List<Callable<Integer>> racers = List.of(
                () -> { job.sendDueReminders(); return 0; },
                () -> { job.sendDueReminders(); return 0; },
                () -> SystemCaller.call(round::run),
                () -> SystemCaller.call(round::run));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> racer : racers) {
            results.add(pool.submit(() -> {
                start.await();
                return racer.call();
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(smtp.getReceivedMessages()).hasSize(12);
        assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'reminders'", Integer.class))
                .as("the scheduled entry point takes the database lock").isEqualTo(1);
    }

    @Test
    void supervisorsAreRemindedOnceOfEntriesWaitingLongerThanAWeek() throws Exception {
        String supervisor = fixtures.account(organization, Role.SUPERVISOR);
        String trainee = fixtures.account(organization, fixtures.idOf(supervisor), Role.TRAINEE);
        SystemCaller.run(() -> importer.importFrom(org.peerpath.testsupport.TestContent.SHIPPED));
        fixtures.signIn(trainee);
        var draft = practice.saveDraft(null, 0, new org.peerpath.practice.EntryDetails(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1),
                java.time.LocalTime.of(9, 0), 60, org.peerpath.content.Domain.ADVOCACY, org.peerpath.practice.Activity.ADVOCACY,
                org.peerpath.practice.Setting.COMMUNITY, "Went with a participant to a housing appointment."));
        practice.submit(List.of(new org.peerpath.practice.EntryRef(draft.id(), draft.version())));
        Fixtures.signOut();

        clock.advance(java.time.Duration.ofDays(6));
        assertThat(SystemCaller.call(round::run)).isZero();
        clock.advance(java.time.Duration.ofDays(2));
        assertThat(SystemCaller.call(round::run)).isEqualTo(1);
        assertThat(SystemCaller.call(round::run)).isZero();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("1 entry from ").endsWith("wait for your sign-off");
        assertThat(GreenMailUtil.getBody(mail)).contains("/review");
    }

    @Test
    void afterAReassignmentTheBacklogIsRemindedToTheNewSupervisor() {
        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        String before = fixtures.account(organization, Role.SUPERVISOR);
        String after = fixtures.account(organization, Role.SUPERVISOR);
        String trainee = fixtures.account(organization, fixtures.idOf(before), Role.TRAINEE);
        SystemCaller.run(() -> importer.importFrom(org.peerpath.testsupport.TestContent.SHIPPED));
        fixtures.signIn(trainee);
        var draft = practice.saveDraft(null, 0, new org.peerpath.practice.EntryDetails(java.time.LocalDate.now(clock).minusDays(1),
                java.time.LocalTime.of(9, 0), 60, org.peerpath.content.Domain.ADVOCACY, org.peerpath.practice.Activity.ADVOCACY,
                org.peerpath.practice.Setting.COMMUNITY, "Covered the evening peer support line."));
        practice.submit(List.of(new org.peerpath.practice.EntryRef(draft.id(), draft.version())));
        fixtures.signIn(admin);
        long traineeId = fixtures.idOf(trainee);
        staff.assignSupervisor(traineeId, fixtures.idOf(after), staff.member(traineeId).version());
        Fixtures.signOut();

        clock.advance(java.time.Duration.ofDays(8));
        assertThat(SystemCaller.call(round::run)).isEqualTo(1);

        fixtures.signIn(after);
        assertThat(notifications.mine()).singleElement()
                .satisfies(n -> assertThat(n.subject()).endsWith("wait for your sign-off"));
        fixtures.signIn(before);
        assertThat(notifications.mine()).as("the old supervisor no longer holds these entries").isEmpty();
    }

    @Test
    void aReminderIsListedForItsRecipientOnly_andNobodyReadsAnothersNotifications() {
        String mine = fixtures.account(organization, Role.SUPERVISOR);
        String other = fixtures.account(organization, Role.SUPERVISOR);
        Due.due.add(new Reminder(fixtures.idOf(other), "sign-off:1", "3 entries wait for your sign-off",
                "Entries have waited more than 7 days.", "review"));
        SystemCaller.call(round::run);

        fixtures.signIn(other);
        long theirs = notifications.mine().getFirst().id();
        fixtures.signIn(mine);
        assertThat(notifications.mine()).isEmpty();
        assertThatThrownBy(() -> notifications.markRead(theirs)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(other);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }
}
