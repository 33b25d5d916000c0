package org.peerpath.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An attempt in progress, as sent to the browser: key-free questions in their drawn order and the answers saved
 * so far, and the attempt's time limit (the server's; the browser only shows it).
 */
public record AttemptSheet(long attemptId, String moduleId, String title, int number, TimeLimit timeLimit,
                           List<Item> items) {

    /** Null for untimed quizzes. */
    public Instant deadline() {
        return timeLimit.deadline().orElse(null);
    }

    public record Item(PresentedQuestion question, Answer saved) {
    }
}
