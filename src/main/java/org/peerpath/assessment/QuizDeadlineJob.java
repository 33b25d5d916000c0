package org.peerpath.assessment;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.peerpath.identity.SystemCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Grades attempts whose time ran out while their trainee was away. Trainees who come back find theirs closed
 * anyway (the service closes overdue attempts on every access); this makes results, grading queues and item
 * statistics complete without waiting for them. ShedLock keeps two app instances from sweeping at once, and the
 * row lock in the service keeps each attempt graded once even if they did.
 */
@Component
public class QuizDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(QuizDeadlineJob.class);

    private final QuizService quiz;

    QuizDeadlineJob(QuizService quiz) {
        this.quiz = quiz;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "quiz-deadlines", lockAtMostFor = "PT5M")
    public void closeOverdueAttempts() {
        int closed = SystemCaller.call(quiz::closeOverdueAttempts);
        if (closed > 0) {
            log.info("Closed {} quiz attempts whose time ran out", closed);
        }
    }
}
