package org.peerpath.demo;

import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.Domain;
import org.peerpath.content.PublishedModule;
import org.peerpath.identity.AccountProvisioning;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningService;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.Setting;
import org.peerpath.practice.SignatureContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the ready demo trainee a complete record, built through the same services and checks people use in the
 * browser: modules completed, outside training approved by the org admin, 504 practice hours signed by the demo
 * supervisor, 25 confirmed supervision hours and the ethics affirmation. The org admin can then issue a certificate.
 */
@Component
@Order(120)
class DemoCertificationLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificationLoader.class);
    private static final String[] NOTES = {
            "Coaching shift at the recovery centre: goal setting with two participants.",
            "Emergency department on-call: engaged a participant after an overdose and linked them to outpatient care.",
            "Co-facilitated the evening all-recovery group; practised reflections.",
            "Helped a participant apply for recovery housing and prepare for the interview."};

    private final DemoMode demoMode;
    private final AccountProvisioning provisioning;
    private final ContentCatalog content;
    private final LearningService learning;
    private final PracticeService practice;
    private final CertificationService certification;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCertificationLoader(DemoMode demoMode, AccountProvisioning provisioning, ContentCatalog content, LearningService learning,
                            PracticeService practice, CertificationService certification, TransactionTemplate transaction, Clock clock) {
        this.demoMode = demoMode;
        this.provisioning = provisioning;
        this.content = content;
        this.learning = learning;
        this.practice = practice;
        this.certification = certification;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.isEnabled()) {
            SystemCaller.run(() -> transaction.executeWithoutResult(status -> load()));
        }
    }

    void load() {
        var ready = provisioning.findAccountId(DemoAccounts.READY_TRAINEE.email());
        if (ready.isEmpty() || content.latestModules().isEmpty()) {
            return;
        }
        long trainee = ready.get();
        List<EntryRef> entries = new ArrayList<>();
        List<OutsideTrainingRecord> training = new ArrayList<>();
        boolean[] alreadyDone = {false};
        provisioning.runAs(DemoAccounts.READY_TRAINEE.email(), () -> {
            if (!practice.myEntries().isEmpty()) {
                alreadyDone[0] = true;
                return;
            }
            for (PublishedModule module : content.latestModules()) {
                learning.myModuleVersion(module.moduleId());
            }
        });
        if (alreadyDone[0]) {
            return;
        }
        for (PublishedModule module : content.latestModules()) {
            learning.recordLessonsRead(trainee, module.moduleId(), module.lessonIds());
        }
        LocalDate today = LocalDate.now(clock);
        provisioning.runAs(DemoAccounts.READY_TRAINEE.email(), () -> {
            for (PublishedModule module : content.latestModules()) {
                learning.recordQuizPassed(trainee, module.moduleId(), learning.myModuleVersion(module.moduleId()));
            }
            for (Domain domain : Domain.values()) {
                training.add(certification.recordOutsideTraining(OutsideTrainingRecord.typed("Peer recovery coach core training: "
                        + domain.label(), "State certification board", today.minusMonths(8), new BigDecimal("16"), domain,
                        domain == Domain.ETHICAL_RESPONSIBILITY, false)));
            }
            // 504 hours over the last seven months: eight-hour shifts, four domains in turn.
            for (int day = 1; day <= 63; day++) {
                var entry = practice.saveDraft(null, 0, new EntryDetails(today.minusDays(day * 3L), LocalTime.of(9, 0), 8 * 60,
                        Domain.values()[day % 4], day % 3 == 0 ? Activity.GROUP : Activity.ONE_TO_ONE,
                        day % 2 == 0 ? Setting.RECOVERY_COMMUNITY : Setting.EMERGENCY_DEPARTMENT, NOTES[day % NOTES.length]));
                entries.add(new EntryRef(entry.id(), entry.version()));
            }
            practice.submit(entries);
            for (int week = 1; week <= 25; week++) {
                practice.logSupervision(today.minusWeeks(week), 60, week % 4 == 0, "Weekly supervision: caseload, boundaries and self-care");
            }
            certification.attestEthics(certification.myProgress().orElseThrow().programId());
        });
        provisioning.runAs(DemoAccounts.SUPERVISOR.email(), () -> {
            practice.sign(practice.queue().stream().filter(e -> e.traineeId() == trainee).map(e -> new EntryRef(e.id(), e.version())).toList(),
                    DemoAccounts.PASSWORD, new SignatureContext("127.0.0.1", "Peerpath demo data"));
            practice.sessionsToConfirm().stream().filter(s -> s.traineeId() == trainee)
                    .forEach(s -> practice.confirmSession(s.id(), s.version()));
        });
        provisioning.runAs(DemoAccounts.ORG_ADMIN.email(), () ->
                training.forEach(t -> certification.reviewOutsideTraining(t.id(), t.version(), true)));
        log.info("Demo mode: {} has met every requirement and can be certified", DemoAccounts.READY_TRAINEE.email());
    }
}
