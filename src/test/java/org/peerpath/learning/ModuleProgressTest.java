package org.peerpath.learning;

import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleProgressTest {

    static final List<String> LESSONS = List.of("one", "two", "three", "four");

    @Test
    void completeOnlyWithEveryLessonReadAndTheQuizPassed() {
        assertThat(new ModuleProgress(LESSONS, Set.of("one", "two", "three"), true).isComplete()).isFalse();
        assertThat(new ModuleProgress(LESSONS, Set.copyOf(LESSONS), false).isComplete()).isFalse();
        assertThat(new ModuleProgress(LESSONS, Set.copyOf(LESSONS), false).status()).isEqualTo(Progress.Status.LESSONS_READ);
        assertThat(new ModuleProgress(LESSONS, Set.copyOf(LESSONS), true).isComplete()).isTrue();
        assertThat(new ModuleProgress(LESSONS, Set.copyOf(LESSONS), true).status()).isEqualTo(Progress.Status.COMPLETE);
    }

    @Test
    void lessonsThatAreNoLongerInTheModuleDoNotCount() {
        ModuleProgress progress = new ModuleProgress(LESSONS, Set.of("one", "retired"), false);

        assertThat(progress.lessonsRead()).isEqualTo(1);
        assertThat(progress.status()).isEqualTo(Progress.Status.IN_PROGRESS);
    }

    @Test
    void resumesAtTheLastLessonOpenedElseTheFirstUnread() {
        ModuleProgress progress = new ModuleProgress(LESSONS, Set.of("one", "two"), false);

        assertThat(progress.resumeLesson("four")).isEqualTo("four");
        assertThat(progress.resumeLesson(null)).isEqualTo("three");
        assertThat(progress.resumeLesson("gone")).isEqualTo("three");
        assertThat(new ModuleProgress(LESSONS, Set.copyOf(LESSONS), false).resumeLesson(null)).isEqualTo("one");
    }

    @Test
    void previousAndNextFollowTheReadingOrder() {
        ModuleProgress progress = new ModuleProgress(LESSONS, Set.of(), false);

        assertThat(progress.previous("one")).isEmpty();
        assertThat(progress.next("one")).contains("two");
        assertThat(progress.previous("four")).contains("three");
        assertThat(progress.next("four")).isEmpty();
    }

    @Test
    void completionCreditsTheModulesHoursPerDomain() {
        Map<Domain, BigDecimal> credits = EducationCredits.forCompletedModule(Map.of(
                Domain.ADVOCACY, new BigDecimal("1.5"), Domain.ETHICAL_RESPONSIBILITY, new BigDecimal("0.5"),
                Domain.MENTORING_EDUCATION, BigDecimal.ZERO));

        assertThat(credits).containsOnly(Map.entry(Domain.ADVOCACY, new BigDecimal("1.5")),
                Map.entry(Domain.ETHICAL_RESPONSIBILITY, new BigDecimal("0.5")));
    }

    @Test
    void totalsListEveryDomain() {
        Map<Domain, BigDecimal> totals = EducationCredits.totalByDomain(List.of(
                new EducationCredit(1, "a", 1, "ADVOCACY", new BigDecimal("1.5"), null),
                new EducationCredit(1, "b", 1, "ADVOCACY", new BigDecimal("0.5"), null)));

        assertThat(totals).hasSize(4);
        assertThat(totals.get(Domain.ADVOCACY)).isEqualByComparingTo("2");
        assertThat(totals.get(Domain.ETHICAL_RESPONSIBILITY)).isEqualByComparingTo("0");
    }
}
