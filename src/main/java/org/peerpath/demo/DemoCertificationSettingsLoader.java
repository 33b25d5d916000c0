package org.peerpath.demo;

import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.content.Domain;
import org.peerpath.identity.AccountProvisioning;
import org.peerpath.identity.SystemCaller;
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

/**
 * The demo organization lets supervisors issue certificates to their own trainees, and the trainee with some
 * progress has outside training: one record approved by the supervisor, one waiting for review, so both the
 * trainee's list and the reviewers' queue have something to show. Runs once; later starts change nothing.
 */
@Component
@Order(130)
class DemoCertificationSettingsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificationSettingsLoader.class);

    private final DemoMode demoMode;
    private final AccountProvisioning provisioning;
    private final CertificationService certification;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCertificationSettingsLoader(DemoMode demoMode, AccountProvisioning provisioning, CertificationService certification,
                                    TransactionTemplate transaction, Clock clock) {
        this.demoMode = demoMode;
        this.provisioning = provisioning;
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
        if (provisioning.findAccountId(DemoAccounts.ORG_ADMIN.email()).isEmpty()
                || provisioning.findAccountId(DemoAccounts.SECOND_TRAINEE.email()).isEmpty()) {
            return;
        }
        provisioning.runAs(DemoAccounts.ORG_ADMIN.email(), () -> {
            if (!certification.supervisorsMayIssue()) {
                certification.letSupervisorsIssue(true);
            }
        });
        LocalDate today = LocalDate.now(clock);
        OutsideTrainingRecord[] approved = {null};
        provisioning.runAs(DemoAccounts.SECOND_TRAINEE.email(), () -> {
            if (!certification.myOutsideTraining().isEmpty()) {
                return;
            }
            approved[0] = certification.recordOutsideTraining(OutsideTrainingRecord.typed("Advocacy in recovery communities",
                    "Regional recovery coalition", today.minusMonths(2), new BigDecimal("6"), Domain.ADVOCACY, false, false,
                    "Two-day workshop with a certificate of attendance."));
            certification.recordOutsideTraining(OutsideTrainingRecord.typed("Harm reduction basics", "County health department",
                    today.minusWeeks(2), new BigDecimal("4"), Domain.RECOVERY_WELLNESS_SUPPORT, false, false,
                    "Online course with a final quiz."));
        });
        if (approved[0] != null) {
            provisioning.runAs(DemoAccounts.SUPERVISOR.email(), () ->
                    certification.reviewOutsideTraining(approved[0].id(), approved[0].version(), true));
            log.info("Demo mode: supervisors may issue certificates; {} has outside training to review",
                    DemoAccounts.SECOND_TRAINEE.email());
        }
    }
}
