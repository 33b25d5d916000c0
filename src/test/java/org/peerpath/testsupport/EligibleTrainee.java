package org.peerpath.testsupport;

import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.Domain;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningService;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.Setting;
import org.peerpath.practice.SignatureContext;
import org.springframework.boot.test.context.TestComponent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a trainee who meets every requirement of the IC&RC-aligned program through the real services, as the
 * people involved would in the browser: lessons read and quizzes passed, 64 hours of approved outside training,
 * 504 signed practice hours, 25 confirmed supervision hours and the ethics affirmation. Needs the shipped content.
 */
@TestComponent
public class EligibleTrainee {

    public static final String PROGRAM = "icrc-peer-recovery";

    private final ContentCatalog content;
    private final LearningService learning;
    private final CertificationService certification;
    private final PracticeService practice;
    private final Fixtures fixtures;
    private final Clock clock;

    EligibleTrainee(ContentCatalog content, LearningService learning, CertificationService certification,
                    PracticeService practice, Fixtures fixtures, Clock clock) {
        this.content = content;
        this.learning = learning;
        this.certification = certification;
        this.practice = practice;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    /** Leaves {@code admin} signed in. */
    public void make(String trainee, String supervisor, String admin) {
        long traineeId = fixtures.idOf(trainee);
        SystemCaller.run(() -> content.latestModules().forEach(m -> learning.recordLessonsRead(traineeId, m.moduleId(), m.lessonIds())));
        fixtures.signIn(trainee);
        for (var m : content.latestModules()) {
            learning.recordQuizPassed(traineeId, m.moduleId(), learning.myModuleVersion(m.moduleId()));
        }
        LocalDate today = LocalDate.now(clock);
        List<OutsideTrainingRecord> training = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            training.add(certification.recordOutsideTraining(OutsideTrainingRecord.typed("Peer recovery core training", "State board",
                    today.minusDays(30), new BigDecimal("16"), domain, domain == Domain.ETHICAL_RESPONSIBILITY, false)));
        }
        List<EntryRef> refs = new ArrayList<>();
        for (int day = 1; day <= 63; day++) { // 63 days of 8 hours: 504 hours
            var entry = practice.saveDraft(null, 0, new EntryDetails(today.minusDays(day), LocalTime.of(8, 0), 8 * 60,
                    Domain.values()[day % 4], Activity.ONE_TO_ONE, Setting.RECOVERY_COMMUNITY, "Coaching shift at the centre."));
            refs.add(new EntryRef(entry.id(), entry.version()));
        }
        practice.submit(refs);
        for (int i = 0; i < 25; i++) {
            practice.logSupervision(today.minusDays(i + 1), 60, false, "Weekly supervision");
        }
        certification.attestEthics(PROGRAM);
        fixtures.signIn(supervisor);
        practice.sign(practice.queue().stream().map(e -> new EntryRef(e.id(), e.version())).toList(), Fixtures.PASSWORD,
                new SignatureContext("127.0.0.1", "test"));
        practice.sessionsToConfirm().forEach(s -> practice.confirmSession(s.id(), s.version()));
        fixtures.signIn(admin);
        training.forEach(t -> certification.reviewOutsideTraining(t.id(), t.version(), true));
    }
}
