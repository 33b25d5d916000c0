package org.peerpath.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An attempt in progress, as sent to the browser: key-free questions in their drawn order and the answers saved
 * so far. {@code deadline} is null for untimed quizzes.
 */
public record AttemptSheet(long attemptId, String moduleId, String title, int number, Instant deadline,
                           List<Item> items) {

    public record Item(PresentedQuestion question, Answer saved) {
    }
}
