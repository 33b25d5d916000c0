package org.peerpath.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts from a coded conversation or role-play and the two MITI 4.2.1 behaviour-count measures a coach can
 * compute from them, against the MITI thresholds: reflection-to-question ratio (fair 1:1, good 2:1) and
 * share of complex reflections (fair 40%, good 50%).
 */
public record MiSkills(int openQuestions, int closedQuestions, int simpleReflections, int complexReflections,
                       int affirmations) {

    public enum Level { BELOW_FAIR, FAIR, GOOD }

    public MiSkills {
        if (openQuestions < 0 || closedQuestions < 0 || simpleReflections < 0 || complexReflections < 0 || affirmations < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    public int questions() {
        return openQuestions + closedQuestions;
    }

    public int reflections() {
        return simpleReflections + complexReflections;
    }

    /** Reflections per question; null when no questions were asked. */
    public BigDecimal reflectionToQuestionRatio() {
        return questions() == 0 ? null : BigDecimal.valueOf(reflections()).divide(BigDecimal.valueOf(questions()), 2, RoundingMode.HALF_UP);
    }

    /** Complex reflections as a percentage of all reflections; null when there were none. */
    public BigDecimal percentComplexReflections() {
        return reflections() == 0 ? null : BigDecimal.valueOf(complexReflections * 100L).divide(BigDecimal.valueOf(reflections()), 1, RoundingMode.HALF_UP);
    }

    public Level ratioLevel() {
        BigDecimal ratio = reflectionToQuestionRatio();
        if (ratio == null) {
            return reflections() > 0 ? Level.GOOD : Level.BELOW_FAIR;
        }
        return ratio.compareTo(BigDecimal.valueOf(2)) >= 0 ? Level.GOOD : ratio.compareTo(BigDecimal.ONE) >= 0 ? Level.FAIR : Level.BELOW_FAIR;
    }

    public Level complexReflectionLevel() {
        BigDecimal percent = percentComplexReflections();
        if (percent == null) {
            return Level.BELOW_FAIR;
        }
        return percent.compareTo(BigDecimal.valueOf(50)) >= 0 ? Level.GOOD : percent.compareTo(BigDecimal.valueOf(40)) >= 0 ? Level.FAIR : Level.BELOW_FAIR;
    }
}
