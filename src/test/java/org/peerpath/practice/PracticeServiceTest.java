package org.peerpath.practice;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffService;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class PracticeServiceTest {

    static final SignatureContext FROM = new SignatureContext("203.0.113.7", "Test browser");

    @Autowired
    PracticeService practice;
    @Autowired
    PracticeEvidence evidence;
    @Autowired
    StaffService staff;
    @Autowired
    ContentImporter importer;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long organization;
    String supervisor;
    long supervisorId;
    String trainee;
    long traineeId;
    LocalDate yesterday;

    @BeforeEach
    void setUp() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        organization = fixtures.organization();
        supervisor = fixtures.account(organization, Role.SUPERVISOR);
        supervisorId = fixtures.idOf(supervisor);
        trainee = fixtures.account(organization, supervisorId, Role.TRAINEE);
        traineeId = fixtures.idOf(trainee);
        yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        fixtures.signIn(trainee);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    EntryDetails details(int hour, int minutes, String note) {
        return new EntryDetails(yesterday, LocalTime.of(hour, 0), minutes, Domain.MENTORING_EDUCATION, Activity.ONE_TO_ONE,
                Setting.RECOVERY_COMMUNITY, note);
    }

    List<EntryView> logAndSubmit(int... hours) {
        List<EntryRef> refs = new ArrayList<>();
        for (int hour : hours) {
            EntryView draft = practice.saveDraft(null, 0, details(hour, 60, "Talked through a relapse-prevention plan with a participant."));
            refs.add(new EntryRef(draft.id(), draft.version()));
        }
        return practice.submit(refs);
    }

    static List<EntryRef> refs(List<EntryView> views) {
        return views.stream().map(v -> new EntryRef(v.id(), v.version())).toList();
    }

    @Test
    void signedEntriesAreLockedAndCountAsEvidence_draftsAndPendingOnesDoNot() {
        List<EntryView> submitted = logAndSubmit(9, 11);
        practice.saveDraft(null, 0, details(14, 45, "Prepared materials for the recovery group."));
        assertThat(evidence.signedHours(traineeId).practice()).isEqualByComparingTo("0");

        fixtures.signIn(supervisor);
        assertThat(practice.queue()).hasSize(2);
        assertThatThrownBy(() -> practice.sign(refs(submitted), "not my password", FROM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Nothing was signed");
        assertThat(practice.queue()).hasSize(2);
        List<EntryView> signed = practice.sign(refs(submitted), Fixtures.PASSWORD, FROM);

        assertThat(signed).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EntryStatus.APPROVED);
            assertThat(e.signedBy()).isNotBlank();
        });
        assertThat(jdbc.queryForList("select content_hash from practice_sign_off", String.class))
                .hasSize(2).allSatisfy(h -> assertThat(h).hasSize(64));
        assertThat(jdbc.queryForList("select client_address from practice_sign_off", String.class)).containsOnly("203.0.113.7");
        assertThat(evidence.signedHours(traineeId).practiceIn(Domain.MENTORING_EDUCATION)).isEqualByComparingTo("2");
        assertThat(events.stream(PracticeRecordChanged.class)).contains(new PracticeRecordChanged(traineeId));

        fixtures.signIn(trainee);
        EntryView locked = signed.getFirst();
        assertThatThrownBy(() -> practice.saveDraft(locked.id(), locked.version(), details(9, 30, "Changed afterwards.")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("can no longer be changed");
        PracticeTotals totals = practice.myTotals();
        assertThat(totals.total(EntryStatus.APPROVED)).isEqualByComparingTo("2");
        assertThat(totals.total(EntryStatus.DRAFT)).isEqualByComparingTo("0.75");
        assertThat(totals.requiredPractice()).isEqualByComparingTo("500");
    }

    @Test
    void aNoteThatIdentifiesSomeoneIsRefusedWithWhatWasFound_andNothingIsSaved() {
        assertThatThrownBy(() -> practice.saveDraft(null, 0, details(9, 60, "Called Maria back on 555-201-3344 about housing.")))
                .isInstanceOfSatisfying(PhiFoundException.class, e -> {
                    assertThat(e.findings()).extracting(PhiDetector.Finding::kind).contains(PhiDetector.Kind.PHONE);
                    assertThat(e.fieldErrors()).containsKey("note");
                });
        assertThat(practice.myEntries()).isEmpty();
    }

    @Test
    void overlappingOrFutureEntriesAreRefusedWithAClearMessage() {
        practice.saveDraft(null, 0, details(9, 120, "Morning outreach shift."));
        assertThatThrownBy(() -> practice.saveDraft(null, 0, details(10, 60, "Overlapping entry.")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("start")).contains("overlaps"));
        EntryDetails future = new EntryDetails(yesterday.plusDays(2), LocalTime.NOON, 60, Domain.ADVOCACY, Activity.ADVOCACY,
                Setting.COMMUNITY, "Planned advocacy.");
        assertThatThrownBy(() -> practice.saveDraft(null, 0, future)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("future");
        EntryDetails wholeDayFromNoon = new EntryDetails(yesterday.minusDays(1), LocalTime.NOON, 24 * 60, Domain.ADVOCACY,
                Activity.ADVOCACY, Setting.COMMUNITY, "A very long shift.");
        assertThatThrownBy(() -> practice.saveDraft(null, 0, wholeDayFromNoon))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("minutes")).contains("next day"));
        assertThat(practice.myEntries()).hasSize(1);
    }

    @Test
    void aReturnedEntryGoesBackAloneWithItsComment_theTraineeCorrectsAndResubmits() {
        List<EntryView> submitted = logAndSubmit(9, 11, 13);
        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> practice.reject(refs(submitted).get(1), " ")).isInstanceOf(ValidationException.class);
        practice.reject(refs(submitted).get(1), "This was group time, not one-to-one. Please correct the activity.");

        assertThat(practice.queue()).extracting(EntryView::id).containsExactly(submitted.get(0).id(), submitted.get(2).id());
        fixtures.signIn(trainee);
        EntryView returned = practice.myEntries().stream().filter(e -> e.id() == submitted.get(1).id()).findFirst().orElseThrow();
        assertThat(returned.status()).isEqualTo(EntryStatus.REJECTED);
        assertThat(returned.reviewComment()).contains("group time");
        EntryDetails corrected = new EntryDetails(returned.date(), returned.start(), 60, returned.domain(), Activity.GROUP,
                returned.setting(), returned.note());
        EntryView draft = practice.saveDraft(returned.id(), returned.version(), corrected);
        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        practice.submit(List.of(new EntryRef(draft.id(), draft.version())));
        assertThat(practice.history(draft.id())).extracting(HistoryLine::action)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "CHANGED", "SUBMITTED");
    }

    @Test
    void twoTabsSigningTheSameEntry_oneWinsAndTheOtherIsTold() throws Exception {
        List<EntryView> submitted = logAndSubmit(9);
        SecurityContext context = fixtures.contextFor(supervisor);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<EntryView>>> results = new ArrayList<>();
        Callable<List<EntryView>> signing = () -> {
            SecurityContextHolder.setContext(context);
            try {
                start.await();
                return practice.sign(refs(submitted), Fixtures.PASSWORD, FROM);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        results.add(pool.submit(signing));
        results.add(pool.submit(signing));
        start.countDown();
        int won = 0;
        List<Throwable> lost = new ArrayList<>();
        for (Future<List<EntryView>> result : results) {
            try {
                result.get();
                won++;
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(lost).singleElement().isInstanceOfAny(ConcurrentChangeException.class, OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select count(*) from practice_sign_off", Integer.class)).isEqualTo(1);
    }

    @Test
    void reopeningNeedsAnOrgAdminAndAReason_andKeepsTheOldSignatureInTheHistory() {
        List<EntryView> submitted = logAndSubmit(9);
        fixtures.signIn(supervisor);
        EntryView signed = practice.sign(refs(submitted), Fixtures.PASSWORD, FROM).getFirst();

        fixtures.signIn(trainee);
        assertThatThrownBy(() -> practice.reopen(new EntryRef(signed.id(), signed.version()), "mistake"))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThatThrownBy(() -> practice.reopen(new EntryRef(signed.id(), signed.version()), "mistake"))
                .isInstanceOf(NotFoundException.class);

        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThatThrownBy(() -> practice.reopen(new EntryRef(signed.id(), signed.version()), ""))
                .isInstanceOf(ValidationException.class);
        EntryView reopened = practice.reopen(new EntryRef(signed.id(), signed.version()), "Wrong date entered; the trainee will correct it.");

        assertThat(reopened.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(reopened.signedBy()).isNull();
        assertThat(evidence.signedHours(traineeId).practice()).isEqualByComparingTo("0");
        assertThat(jdbc.queryForMap("select revoked_at, revoke_reason from practice_sign_off where entry_id = ?", signed.id()))
                .containsEntry("revoke_reason", "Wrong date entered; the trainee will correct it.")
                .extractingByKey("revoked_at").isNotNull();
        List<HistoryLine> history = practice.history(signed.id());
        assertThat(history).extracting(HistoryLine::action).containsExactly("CREATED", "SUBMITTED", "SIGNED", "REOPENED");
        assertThat(history.get(2).detail()).startsWith("SHA-256 ");
        assertThat(history.get(3).before()).contains("\"status\":\"APPROVED\"");
        assertThat(history.get(3).after()).contains("\"status\":\"DRAFT\"");
    }

    @Test
    void recordsAreReadableByTheTrainee_theirSupervisorAndTheirOrgAdminsOnly() throws Exception {
        List<EntryView> submitted = logAndSubmit(9);
        fixtures.signIn(supervisor);
        practice.sign(refs(submitted), Fixtures.PASSWORD, FROM);

        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> practice.entriesOf(traineeId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.history(submitted.getFirst().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.hoursReportPdf(traineeId)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> practice.entriesOf(traineeId)).isInstanceOf(NotFoundException.class);
        assertThat(practice.queue()).isEmpty();

        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        fixtures.signIn(admin);
        // A new supervisor takes over; what the old one signed stays theirs.
        String newSupervisor = fixtures.account(organization, Role.SUPERVISOR);
        var member = staff.member(traineeId);
        staff.assignSupervisor(traineeId, fixtures.idOf(newSupervisor), member.version());
        assertThat(practice.entriesOf(traineeId)).singleElement()
                .satisfies(e -> assertThat(e.signedBy()).isEqualTo(staff.member(supervisorId).displayName()));

        // What was submitted to the old supervisor and not yet signed moves to the new one's queue.
        fixtures.signIn(trainee);
        EntryView waiting = practice.saveDraft(null, 0, details(14, 60, "Afternoon drop-in shift."));
        fixtures.signIn(admin);
        staff.assignSupervisor(traineeId, supervisorId, staff.member(traineeId).version());
        fixtures.signIn(trainee);
        practice.submit(List.of(new EntryRef(waiting.id(), waiting.version())));
        fixtures.signIn(admin);
        staff.assignSupervisor(traineeId, fixtures.idOf(newSupervisor), staff.member(traineeId).version());
        fixtures.signIn(supervisor);
        assertThat(practice.queue()).isEmpty();
        fixtures.signIn(newSupervisor);
        assertThat(practice.queue()).extracting(EntryView::id).containsExactly(waiting.id());
        fixtures.signIn(admin);

        byte[] pdf = practice.hoursReportPdf(traineeId);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Supervised practice hours report", "Signed entries", "relapse-prevention",
                    staff.member(supervisorId).displayName(), "Signature page");
        }
        assertThat(new String(practice.hoursCsv(traineeId))).startsWith("date,start,minutes").contains("Signed");
    }

    // ---- Free text: lengths and identifying details -------------------------------------------------------------

    @Test
    void textLongerThanItsFieldIsRefusedWithAMessage_notADatabaseError() {
        String tooLongNote = "A participant and I practised open questions. ".repeat(50);
        assertThatThrownBy(() -> practice.saveDraft(null, 0, details(9, 60, tooLongNote)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("note")).contains("2000"));
        assertThatThrownBy(() -> practice.logSupervision(yesterday, 60, false, "Boundaries and self-care. ".repeat(100)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("topics")).contains("2000"));
        EntryView submitted = logAndSubmit(9).getFirst();

        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> practice.reject(new EntryRef(submitted.id(), submitted.version()), "Please correct the activity. ".repeat(80)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("comment")).contains("2000"));
        EntryView signed = practice.sign(List.of(new EntryRef(submitted.id(), submitted.version())), Fixtures.PASSWORD, FROM).getFirst();

        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThatThrownBy(() -> practice.reopen(new EntryRef(signed.id(), signed.version()), "The date was wrong. ".repeat(60)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("reason")).contains("1000"));
        assertThat(practice.entriesOf(traineeId)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.APPROVED));
        assertThat(jdbc.queryForObject("select count(*) from supervision_session", Integer.class)).isZero();
    }

    @Test
    void aReturnCommentOrAReopenReasonThatIdentifiesSomeoneIsRefused_andNothingChanges() {
        EntryView submitted = logAndSubmit(9).getFirst();
        fixtures.signIn(supervisor);
        EntryRef ref = new EntryRef(submitted.id(), submitted.version());
        assertThatThrownBy(() -> practice.reject(ref, "Please leave out that you drove Maria Lopez home."))
                .isInstanceOfSatisfying(PhiFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("comment");
                    assertThat(e.fieldErrors()).containsKey("comment");
                    assertThat(e.findings()).extracting(PhiDetector.Finding::text).contains("Maria Lopez");
                });
        assertThat(practice.queue()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.SUBMITTED));
        EntryView signed = practice.sign(List.of(ref), Fixtures.PASSWORD, FROM).getFirst();

        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThatThrownBy(() -> practice.reopen(new EntryRef(signed.id(), signed.version()), "The peer called from 555-201-3344 to correct it."))
                .isInstanceOfSatisfying(PhiFoundException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(practice.entriesOf(traineeId)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.APPROVED));
        assertThat(jdbc.queryForObject("select count(*) from practice_sign_off where revoked_at is null", Integer.class)).isEqualTo(1);
    }

    @Test
    void sessionTopicsThatIdentifySomeoneAreRefusedWithWhatWasFound() {
        assertThatThrownBy(() -> practice.logSupervision(yesterday, 60, false, "How to keep boundaries with Jamal Carter."))
                .isInstanceOfSatisfying(PhiFoundException.class, e -> {
                    assertThat(e.field()).isEqualTo("topics");
                    assertThat(e.fieldErrors()).containsKey("topics");
                    assertThat(e.findings()).extracting(PhiDetector.Finding::text).contains("Jamal Carter");
                });
        assertThat(practice.mySessions()).isEmpty();
    }

    // ---- Supervision sessions -------------------------------------------------------------------------------------

    @Test
    void noSupervisorAndAFutureDateAreBothReported() {
        fixtures.signIn(fixtures.account(fixtures.organization(), Role.TRAINEE));
        assertThatThrownBy(() -> practice.logSupervision(yesterday.plusDays(3), 60, false, "Boundaries"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKeys("supervisor", "date"));
    }

    @Test
    void theTraineeNamesTheSupervisorWhoHeldTheSession_onlyThatSupervisorConfirmsIt() {
        String other = fixtures.account(organization, Role.SUPERVISOR);
        long otherId = fixtures.idOf(other);
        String elsewhere = fixtures.account(fixtures.organization(), Role.SUPERVISOR);
        assertThat(practice.sessionSupervisors()).extracting(SupervisorOption::id).containsExactly(supervisorId, otherId);
        assertThat(practice.sessionSupervisors().getFirst().assigned()).isTrue();
        assertThatThrownBy(() -> practice.saveSession(null, 0, new SessionDetails(yesterday, 60, true, fixtures.idOf(elsewhere), "Group ethics")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("supervisor"));

        SessionView logged = practice.saveSession(null, 0, new SessionDetails(yesterday, 60, true, otherId, "Group ethics: dual relationships"));
        assertThat(logged.supervisorId()).isEqualTo(otherId);
        assertThat(logged.status()).isEqualTo(SessionStatus.WAITING);

        fixtures.signIn(supervisor);
        assertThat(practice.sessionsToConfirm()).isEmpty();
        assertThatThrownBy(() -> practice.confirmSession(logged.id(), logged.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.declineSession(logged.id(), logged.version(), "Not mine")).isInstanceOf(NotFoundException.class);

        fixtures.signIn(other);
        assertThat(practice.sessionsToConfirm()).extracting(SessionView::id).containsExactly(logged.id());
        SessionView confirmed = practice.confirmSession(logged.id(), logged.version());
        assertThat(confirmed.confirmed()).isTrue();
        assertThat(evidence.signedHours(traineeId).supervision()).isEqualByComparingTo("1");

        fixtures.signIn(trainee);
        assertThatThrownBy(() -> practice.saveSession(confirmed.id(), confirmed.version(), confirmed.details()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("confirmed");
        assertThatThrownBy(() -> practice.deleteSession(confirmed.id(), confirmed.version())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSupervisorDeclinesASessionTheyDidNotHold_theTraineeCorrectsOrDeletesIt() {
        SessionView logged = practice.logSupervision(yesterday, 90, false, "Self-care after a hard outreach shift");

        fixtures.signIn(supervisor);
        assertThatThrownBy(() -> practice.declineSession(logged.id(), logged.version(), " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> practice.declineSession(logged.id(), logged.version(), "We met with Marcus instead, not you."))
                .isInstanceOfSatisfying(PhiFoundException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        SessionView declined = practice.declineSession(logged.id(), logged.version(), "That session lasted 60 minutes, not 90.");
        assertThat(declined.status()).isEqualTo(SessionStatus.DECLINED);
        assertThat(practice.sessionsToConfirm()).isEmpty();
        assertThatThrownBy(() -> practice.confirmSession(declined.id(), declined.version())).isInstanceOf(ConcurrentChangeException.class);

        fixtures.signIn(trainee);
        SessionView mine = practice.mySessions().getFirst();
        assertThat(mine.declineComment()).isEqualTo("That session lasted 60 minutes, not 90.");
        assertThat(practice.myTotals().supervisionPending()).as("a declined session is not pending").isEqualByComparingTo("0");
        SessionView corrected = practice.saveSession(mine.id(), mine.version(), new SessionDetails(yesterday, 60, false, null, mine.topics()));
        assertThat(corrected.status()).isEqualTo(SessionStatus.WAITING);
        assertThat(corrected.declineComment()).isNull();
        assertThatThrownBy(() -> practice.saveSession(mine.id(), mine.version(), mine.details()))
                .as("the version the trainee saw is gone").isInstanceOf(ConcurrentChangeException.class);

        fixtures.signIn(supervisor);
        assertThat(practice.sessionsToConfirm()).singleElement().satisfies(s -> assertThat(s.minutes()).isEqualTo(60));

        fixtures.signIn(trainee);
        practice.deleteSession(corrected.id(), corrected.version());
        assertThat(practice.mySessions()).isEmpty();
        assertThat(jdbc.queryForList("select action from practice_audit where session_id = ? order by id", String.class, logged.id()))
                .containsExactly("SESSION_LOGGED", "SESSION_DECLINED", "SESSION_CHANGED", "SESSION_DELETED");
    }

    // ---- Audit trail and history ----------------------------------------------------------------------------------

    @Test
    void sessionsAndMiPracticeAreAuditedWithTheValuesBeforeAndAfter() {
        SessionView logged = practice.logSupervision(yesterday, 60, false, "Caseload and boundaries");
        practice.recordMiPractice(yesterday, new MiSkills(6, 4, 5, 5, 3));

        fixtures.signIn(supervisor);
        practice.confirmSession(logged.id(), logged.version());
        List<HistoryLine> history = practice.sessionHistory(logged.id());

        assertThat(history).extracting(HistoryLine::action).containsExactly("SESSION_LOGGED", "SESSION_CONFIRMED");
        assertThat(history.getFirst().before()).isNull();
        assertThat(history.getFirst().after()).contains("\"topics\":\"Caseload and boundaries\"", "\"status\":\"WAITING\"");
        assertThat(history.get(1).before()).contains("\"status\":\"WAITING\"");
        assertThat(history.get(1).after()).contains("\"status\":\"CONFIRMED\"");
        assertThat(history.get(1).changes()).containsExactly(new HistoryLine.Change("Status", "Waiting for confirmation", "Confirmed"));
        assertThat(jdbc.queryForMap("select action, trainee_id, after_state from practice_audit where mi_practice_id is not null"))
                .containsEntry("action", "MI_RECORDED").containsEntry("trainee_id", traineeId)
                .extractingByKey("after_state").asString().contains("\"openQuestions\":6", "\"complexReflections\":5");
    }

    @Test
    void theTraineeAndTheirSupervisorSeeAnEntrysHistory_includingARevokedSignature() {
        EntryView submitted = logAndSubmit(9).getFirst();
        fixtures.signIn(supervisor);
        EntryView signed = practice.sign(List.of(new EntryRef(submitted.id(), submitted.version())), Fixtures.PASSWORD, FROM).getFirst();
        String hash = jdbc.queryForObject("select content_hash from practice_sign_off", String.class);
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        practice.reopen(new EntryRef(signed.id(), signed.version()), "Wrong date entered.");

        for (String reader : List.of(trainee, supervisor)) {
            fixtures.signIn(reader);
            List<HistoryLine> history = practice.history(signed.id());
            assertThat(history).extracting(HistoryLine::action).containsExactly("CREATED", "SUBMITTED", "SIGNED", "REOPENED");
            assertThat(history.get(2).changes()).contains(new HistoryLine.Change("Status", "Waiting for sign-off", "Signed"));
            HistoryLine reopened = history.get(3);
            assertThat(reopened.detail()).contains("Revoked the signature of " + signed.signedBy(), hash.substring(0, 12),
                    "Reason: Wrong date entered.");
            assertThat(reopened.changes()).contains(new HistoryLine.Change("Status", "Signed", "Draft"));
        }
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> practice.history(signed.id())).isInstanceOf(NotFoundException.class);
    }

    // ---- Who may write what ---------------------------------------------------------------------------------------

    @Test
    void anotherTraineeGuessingAnEntryIdCannotChangeSubmitOrDeleteIt() {
        EntryView draft = practice.saveDraft(null, 0, details(9, 60, "Outreach at the drop-in centre."));
        fixtures.signIn(fixtures.account(organization, supervisorId, Role.TRAINEE));
        EntryRef ref = new EntryRef(draft.id(), draft.version());

        assertThatThrownBy(() -> practice.saveDraft(draft.id(), draft.version(), details(9, 30, "Overwritten.")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.submit(List.of(ref))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.deleteDraft(draft.id(), draft.version())).isInstanceOf(NotFoundException.class);

        fixtures.signIn(trainee);
        assertThat(practice.myEntries()).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("Outreach at the drop-in centre.");
            assertThat(e.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(e.version()).isEqualTo(draft.version());
        });
    }

    @Test
    void aSupervisorCannotSignOrReturnAnEntryOfSomeoneWhoIsNotTheirTrainee() {
        EntryView submitted = logAndSubmit(9).getFirst();
        EntryRef ref = new EntryRef(submitted.id(), submitted.version());
        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));

        assertThatThrownBy(() -> practice.sign(List.of(ref), Fixtures.PASSWORD, FROM)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.reject(ref, "Please correct this.")).isInstanceOf(NotFoundException.class);

        assertThat(jdbc.queryForObject("select status from practice_entry where id = ?", String.class, submitted.id())).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from practice_sign_off", Integer.class)).isZero();
    }

    @Test
    void submittedAndSignedEntriesCannotBeDeleted_norOnesThatWereSignedBefore() {
        EntryView submitted = logAndSubmit(9, 11).getFirst();
        assertThatThrownBy(() -> practice.deleteDraft(submitted.id(), submitted.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("waiting for sign-off");

        fixtures.signIn(supervisor);
        EntryView signed = practice.sign(List.of(new EntryRef(submitted.id(), submitted.version())), Fixtures.PASSWORD, FROM).getFirst();
        fixtures.signIn(trainee);
        assertThatThrownBy(() -> practice.deleteDraft(signed.id(), signed.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("signed");

        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        EntryView reopened = practice.reopen(new EntryRef(signed.id(), signed.version()), "Wrong date entered.");
        fixtures.signIn(trainee);
        assertThatThrownBy(() -> practice.deleteDraft(reopened.id(), reopened.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("signed before");
        assertThat(practice.myEntries()).hasSize(2);
    }

    // ---- Concurrency ----------------------------------------------------------------------------------------------

    /** Runs both actions at the same moment; returns what each one threw, or null when it succeeded. */
    private List<Throwable> race(SecurityContext first, Callable<?> a, SecurityContext second, Callable<?> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> results = new ArrayList<>();
            for (var run : List.of(Map.entry(first, a), Map.entry(second, b))) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(run.getKey());
                    try {
                        start.await();
                        run.getValue().call();
                        return null;
                    } catch (Exception e) {
                        return e;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void signingAndReturningTheSameEntryAtOnce_oneWinsAndTheOtherIsTold() throws Exception {
        EntryView submitted = logAndSubmit(9).getFirst();
        List<EntryRef> refs = List.of(new EntryRef(submitted.id(), submitted.version()));
        SecurityContext context = fixtures.contextFor(supervisor);

        List<Throwable> outcomes = race(context, () -> practice.sign(refs, Fixtures.PASSWORD, FROM),
                context, () -> practice.reject(refs.getFirst(), "Please change the activity."));

        assertThat(outcomes).filteredOn(java.util.Objects::isNull).hasSize(1);
        assertThat(outcomes).filteredOn(java.util.Objects::nonNull).singleElement()
                .isInstanceOfAny(ConcurrentChangeException.class, OptimisticLockingFailureException.class);
        String status = jdbc.queryForObject("select status from practice_entry where id = ?", String.class, submitted.id());
        int signatures = jdbc.queryForObject("select count(*) from practice_sign_off", Integer.class);
        assertThat(status + "/" + signatures).isIn("APPROVED/1", "REJECTED/0");
    }

    @Test
    void twoTabsSavingOverlappingEntriesAtOnce_oneIsSavedAndTheOtherIsToldItOverlaps() throws Exception {
        SecurityContext context = fixtures.contextFor(trainee);

        List<Throwable> outcomes = race(context, () -> practice.saveDraft(null, 0, details(9, 120, "Morning outreach shift.")),
                context, () -> practice.saveDraft(null, 0, details(10, 120, "Outreach shift logged in another tab.")));

        assertThat(outcomes).filteredOn(java.util.Objects::isNull).hasSize(1);
        assertThat(outcomes).filteredOn(java.util.Objects::nonNull).singleElement()
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("start")).contains("overlaps"));
        assertThat(jdbc.queryForObject("select count(*) from practice_entry", Integer.class)).isEqualTo(1);
    }

    // ---- Signing ----------------------------------------------------------------------------------------------------

    @Test
    void wrongSignaturePasswordsCountTowardTheLockout_thenEvenTheRightOneIsRefused() {
        List<EntryRef> refs = refs(logAndSubmit(9));
        fixtures.signIn(supervisor);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> practice.sign(refs, "guess", FROM)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Nothing was signed");
        }
        assertThatThrownBy(() -> practice.sign(refs, Fixtures.PASSWORD, FROM))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("password")).contains("paused"));
        assertThat(jdbc.queryForObject("select count(*) from practice_sign_off", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select locked_until from login_throttle where email = ?", java.sql.Timestamp.class, supervisor))
                .as("signing in is paused too").isNotNull();
    }

    // ---- Exports ----------------------------------------------------------------------------------------------------

    @Test
    void theCsvHasOneRowPerEntryWithItsValues_andThePdfShowsEachSignature() throws Exception {
        EntryView signedOne = logAndSubmit(9).getFirst();
        practice.saveDraft(null, 0, new EntryDetails(yesterday, LocalTime.of(14, 30), 45, Domain.ADVOCACY, Activity.ADVOCACY,
                Setting.PHONE_VIDEO, "=SUM(A1)\nwent with a participant to a \"benefits\" office"));
        fixtures.signIn(supervisor);
        String signer = practice.sign(List.of(new EntryRef(signedOne.id(), signedOne.version())), Fixtures.PASSWORD, FROM)
                .getFirst().signedBy();
        String hash = jdbc.queryForObject("select content_hash from practice_sign_off", String.class);

        String csv = new String(practice.hoursCsv(traineeId), java.nio.charset.StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,start,minutes,domain,activity,setting,status,note,signed_by,signed_at,signature_sha256");
        assertThat(lines.get(1)).startsWith(yesterday + ",09:00,60,Mentoring/Education,One-to-one coaching,Recovery community organization,Signed,"
                + "\"Talked through a relapse-prevention plan with a participant.\",\"" + signer + "\",").endsWith("," + hash);
        assertThat(csv).contains(yesterday + ",14:30,45,Advocacy,Advocacy,Phone or video,Draft,"
                + "\"'=SUM(A1)\nwent with a participant to a \"\"benefits\"\" office\",,,\n");

        try (var document = Loader.loadPDF(practice.hoursReportPdf(traineeId))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SHA-256", hash.substring(0, 12)).doesNotContain("benefits");
        }
    }
}
