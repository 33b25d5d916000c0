package org.peerpath.demo;

import org.peerpath.content.ContentCatalog;
import org.peerpath.content.PublishedModule;
import org.peerpath.identity.AccountProvisioning;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Gives the second demo trainee some progress: Foundations fully read, one lesson of motivational interviewing.
 * Runs after the content import and the demo accounts; marking lessons read again changes nothing.
 */
@Component
@Order(110)
class DemoProgressLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgressLoader.class);

    private final DemoMode demoMode;
    private final AccountProvisioning provisioning;
    private final ContentCatalog content;
    private final LearningService learning;
    private final TransactionTemplate transaction;

    DemoProgressLoader(DemoMode demoMode, AccountProvisioning provisioning, ContentCatalog content,
                       LearningService learning, TransactionTemplate transaction) {
        this.demoMode = demoMode;
        this.provisioning = provisioning;
        this.content = content;
        this.learning = learning;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.isEnabled()) {
            SystemCaller.run(() -> transaction.executeWithoutResult(status -> load()));
        }
    }

    void load() {
        var trainee = provisioning.findAccountId(DemoAccounts.SECOND_TRAINEE.email());
        var foundations = content.latestModule("foundations");
        var mi = content.latestModule("motivational-interviewing");
        if (trainee.isEmpty() || foundations.isEmpty() || mi.isEmpty()) {
            log.warn("Demo progress skipped: the demo trainee or the course content is missing");
            return;
        }
        learning.recordLessonsRead(trainee.get(), "foundations", foundations.get().lessonIds());
        List<String> firstLesson = mi.get().lessons().stream().limit(1).map(PublishedModule.LessonSummary::lessonId).toList();
        learning.recordLessonsRead(trainee.get(), "motivational-interviewing", firstLesson);
    }
}
