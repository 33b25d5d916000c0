package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Item;
import org.peerpath.content.QuestionDefinition.Option;
import org.peerpath.content.QuestionDefinition.RubricCriterion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grades one answer against its question's key. The rules, per type:
 * <ul>
 *   <li>single choice, scenario, true/false: 1 or 0;</li>
 *   <li>multiple response: the share of right options ticked minus the share of wrong options ticked, never
 *       below 0. Both shares count, not the raw numbers, so ticking every box earns 0 whatever the mix of right
 *       and wrong options (the content validator requires at least one wrong option);</li>
 *   <li>classification: the share of items put in the right category;</li>
 *   <li>ordering: the share of items in their right position; a single item put in the wrong place early shifts
 *       the others, which this rule deliberately counts: the order is what is being tested;</li>
 *   <li>written: pending until a supervisor awards rubric points, then points / maximum points.</li>
 * </ul>
 * An unanswered question scores 0, and so does an answer saved after the attempt's deadline.
 * An answer of the wrong kind for the question is a programming error.
 */
public final class Grader {

    private static final int SCALE = 4;

    private Grader() {
    }

    public static QuestionResult grade(QuestionDefinition question, Answer answer) {
        if (answer == null) {
            return new QuestionResult(question.id(), QuestionResult.Outcome.UNANSWERED, BigDecimal.ZERO, List.of());
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, SCENARIO -> choice(question, expect(answer, Answer.Choice.class));
            case MULTIPLE_RESPONSE -> multipleResponse(question, expect(answer, Answer.MultipleResponse.class));
            case TRUE_FALSE -> trueFalse(question, expect(answer, Answer.TrueFalse.class));
            case CLASSIFICATION -> classification(question, expect(answer, Answer.Classification.class));
            case ORDERING -> ordering(question, expect(answer, Answer.Ordering.class));
            case WRITTEN -> written(question, expect(answer, Answer.Written.class));
        };
    }

    /**
     * Grades what the server saved for a question under the attempt's time limit. An answer saved at or after the
     * deadline is treated as unanswered, whatever reached the server later: the limit is the server's, not the
     * browser's.
     */
    public static QuestionResult grade(QuestionDefinition question, SavedAnswer saved, TimeLimit limit) {
        boolean counts = saved != null && saved.answer() != null && saved.savedAt() != null && limit.counts(saved.savedAt());
        return grade(question, counts ? saved.answer() : null);
    }

    /** A supervisor's rubric grading of a written answer: points awarded per criterion, in rubric order. */
    public static QuestionResult gradeWritten(QuestionDefinition question, List<Integer> pointsPerCriterion, String comment) {
        List<RubricCriterion> rubric = question.rubric();
        if (pointsPerCriterion.size() != rubric.size()) {
            throw new IllegalArgumentException("Award points for each of the " + rubric.size() + " rubric criteria");
        }
        int awarded = 0;
        int maximum = 0;
        for (int i = 0; i < rubric.size(); i++) {
            int points = pointsPerCriterion.get(i);
            if (points < 0 || points > rubric.get(i).points()) {
                throw new IllegalArgumentException("'" + rubric.get(i).criterion() + "' takes 0 to " + rubric.get(i).points() + " points");
            }
            awarded += points;
            maximum += rubric.get(i).points();
        }
        BigDecimal score = fraction(awarded, maximum);
        List<String> feedback = comment == null || comment.isBlank() ? List.of() : List.of(comment.strip());
        return new QuestionResult(question.id(), outcome(score), score, feedback);
    }

    private static QuestionResult choice(QuestionDefinition q, Answer.Choice a) {
        if (a.optionId() == null) {
            return unanswered(q);
        }
        boolean right = q.answer().contains(a.optionId());
        return result(q, right ? BigDecimal.ONE : BigDecimal.ZERO, feedbackFor(q.options(), Set.of(a.optionId())));
    }

    private static QuestionResult multipleResponse(QuestionDefinition q, Answer.MultipleResponse a) {
        if (a.optionIds().isEmpty()) {
            return unanswered(q);
        }
        Set<String> key = new HashSet<>(q.answer());
        int rightOptions = key.size();
        int wrongOptions = q.options().size() - rightOptions;
        int right = (int) a.optionIds().stream().filter(key::contains).count();
        int wrong = a.optionIds().size() - right;
        // right/rightOptions − wrong/wrongOptions over a common denominator, so the score stays exact.
        BigDecimal score = wrongOptions <= 0 ? fraction(right, rightOptions)
                : fraction(Math.max(0, right * wrongOptions - wrong * rightOptions), rightOptions * wrongOptions);
        return result(q, score, feedbackFor(q.options(), a.optionIds()));
    }

    private static QuestionResult trueFalse(QuestionDefinition q, Answer.TrueFalse a) {
        boolean right = q.answerTrue() != null && q.answerTrue() == a.value();
        return result(q, right ? BigDecimal.ONE : BigDecimal.ZERO, List.of());
    }

    private static QuestionResult classification(QuestionDefinition q, Answer.Classification a) {
        if (a.placements().isEmpty()) {
            return unanswered(q);
        }
        int right = 0;
        List<String> feedback = new ArrayList<>();
        for (Item item : q.items()) {
            if (item.category().equals(a.placements().get(item.id()))) {
                right++;
            } else if (item.feedback() != null) {
                feedback.add(item.feedback());
            }
        }
        return result(q, fraction(right, q.items().size()), feedback);
    }

    private static QuestionResult ordering(QuestionDefinition q, Answer.Ordering a) {
        if (a.itemIds().isEmpty()) {
            return unanswered(q);
        }
        List<Item> correct = q.items();
        int right = 0;
        for (int i = 0; i < correct.size() && i < a.itemIds().size(); i++) {
            if (correct.get(i).id().equals(a.itemIds().get(i))) {
                right++;
            }
        }
        return result(q, fraction(right, correct.size()), List.of());
    }

    private static QuestionResult written(QuestionDefinition q, Answer.Written a) {
        if (a.text() == null || a.text().isBlank()) {
            return unanswered(q);
        }
        return new QuestionResult(q.id(), QuestionResult.Outcome.PENDING_REVIEW, BigDecimal.ZERO, List.of());
    }

    private static List<String> feedbackFor(List<Option> options, Set<String> chosen) {
        return options.stream().filter(o -> chosen.contains(o.id()) && o.feedback() != null).map(Option::feedback).toList();
    }

    private static QuestionResult result(QuestionDefinition q, BigDecimal score, List<String> feedback) {
        return new QuestionResult(q.id(), outcome(score), score, feedback);
    }

    private static QuestionResult unanswered(QuestionDefinition q) {
        return new QuestionResult(q.id(), QuestionResult.Outcome.UNANSWERED, BigDecimal.ZERO, List.of());
    }

    private static QuestionResult.Outcome outcome(BigDecimal score) {
        if (score.compareTo(BigDecimal.ONE) == 0) {
            return QuestionResult.Outcome.CORRECT;
        }
        return score.signum() == 0 ? QuestionResult.Outcome.INCORRECT : QuestionResult.Outcome.PARTLY_CORRECT;
    }

    private static BigDecimal fraction(int numerator, int denominator) {
        if (denominator == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
        return value.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : value.stripTrailingZeros();
    }

    private static <T extends Answer> T expect(Answer answer, Class<T> kind) {
        if (!kind.isInstance(answer)) {
            throw new IllegalArgumentException("Expected a " + kind.getSimpleName() + " answer, got " + answer.getClass().getSimpleName());
        }
        return kind.cast(answer);
    }

}
