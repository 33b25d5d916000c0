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
}
