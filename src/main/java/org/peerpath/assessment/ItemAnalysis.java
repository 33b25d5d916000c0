package org.peerpath.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item statistics over first attempts (later attempts are skewed by practice and by having seen the review), all
 * at one module version: question ids of other versions may name other questions.
 * Facility: the mean score on the question (0 to 1). Discrimination: among the attempts that asked the
 * question, the mean score of the top third (by attempt score) minus that of the bottom third; a good question
 * is answered better by stronger trainees (above about 0.3), one near zero or negative needs a look.
 */
public final class ItemAnalysis {

    /** Below this many attempts the figures are shown but not flagged: too few to judge. */
    public static final int MIN_ATTEMPTS_TO_FLAG = 10;

    private ItemAnalysis() {
    }

    /** One graded first attempt: its percent and the score (0 to 1) of each question it asked. */
    public record ScoredAttempt(BigDecimal percent, Map<String, BigDecimal> questionScores) {
    }

    public enum Flag { NOBODY_RIGHT, EVERYBODY_RIGHT, DOES_NOT_DISCRIMINATE }

    /** @param prompt the question's prompt, for authors to recognise it (the id when it is not known) */
    public record ItemStatistics(String questionId, String prompt, int attempts, BigDecimal facility,
                                 BigDecimal discrimination, List<Flag> flags) {
    }

    /** @param prompts question id → prompt, from the one module version the attempts were made on */
    public static List<ItemStatistics> analyse(List<ScoredAttempt> attempts, Map<String, String> prompts) {
        Map<String, List<ScoredAttempt>> byQuestion = new LinkedHashMap<>();
        for (ScoredAttempt attempt : attempts) {
            attempt.questionScores().keySet().forEach(q -> byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(attempt));
        }
        List<ItemStatistics> result = new ArrayList<>();
        byQuestion.forEach((questionId, asked) -> result.add(statistics(questionId, prompts.getOrDefault(questionId, questionId), asked)));
        result.sort(Comparator.comparing(ItemStatistics::questionId));
        return result;
    }

    private static ItemStatistics statistics(String questionId, String prompt, List<ScoredAttempt> asked) {
        int n = asked.size();
        BigDecimal facility = mean(asked, questionId);
        List<ScoredAttempt> ranked = new ArrayList<>(asked);
        ranked.sort(Comparator.comparing(ScoredAttempt::percent).reversed());
        BigDecimal discrimination = null;
        int third = n / 3;
        if (third > 0) {
            discrimination = mean(ranked.subList(0, third), questionId)
                    .subtract(mean(ranked.subList(n - third, n), questionId));
        }
        List<Flag> flags = new ArrayList<>();
        if (n >= MIN_ATTEMPTS_TO_FLAG) {
            if (facility.signum() == 0) {
                flags.add(Flag.NOBODY_RIGHT);
            } else if (facility.compareTo(BigDecimal.ONE) == 0) {
                flags.add(Flag.EVERYBODY_RIGHT);
            }
            if (discrimination != null && facility.signum() > 0 && facility.compareTo(BigDecimal.ONE) < 0
                    && discrimination.compareTo(new BigDecimal("0.1")) < 0) {
                flags.add(Flag.DOES_NOT_DISCRIMINATE);
            }
        }
        return new ItemStatistics(questionId, prompt, n, facility, discrimination, flags);
    }

    private static BigDecimal mean(List<ScoredAttempt> attempts, String questionId) {
        BigDecimal sum = attempts.stream().map(a -> a.questionScores().get(questionId)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(attempts.size()), 2, RoundingMode.HALF_UP);
    }
}
