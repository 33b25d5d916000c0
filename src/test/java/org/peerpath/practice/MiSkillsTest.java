package org.peerpath.practice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MiSkillsTest {

    @Test
    void ratioAndComplexShareAgainstTheMitiThresholds() {
        var fair = new MiSkills(6, 4, 6, 4, 2);
        assertThat(fair.reflectionToQuestionRatio()).isEqualByComparingTo("1.00");
        assertThat(fair.percentComplexReflections()).isEqualByComparingTo("40.0");
        assertThat(fair.ratioLevel()).isEqualTo(MiSkills.Level.FAIR);
        assertThat(fair.complexReflectionLevel()).isEqualTo(MiSkills.Level.FAIR);

        var good = new MiSkills(4, 1, 5, 5, 3);
        assertThat(good.reflectionToQuestionRatio()).isEqualByComparingTo("2.00");
        assertThat(good.ratioLevel()).isEqualTo(MiSkills.Level.GOOD);
        assertThat(good.complexReflectionLevel()).isEqualTo(MiSkills.Level.GOOD);

        var questionHeavy = new MiSkills(8, 6, 5, 1, 0);
        assertThat(questionHeavy.ratioLevel()).isEqualTo(MiSkills.Level.BELOW_FAIR);
        assertThat(questionHeavy.complexReflectionLevel()).isEqualTo(MiSkills.Level.BELOW_FAIR);
    }

    @Test
    void noQuestionsOrNoReflectionsAreHandled() {
        assertThat(new MiSkills(0, 0, 3, 2, 0).reflectionToQuestionRatio()).isNull();
        assertThat(new MiSkills(0, 0, 3, 2, 0).ratioLevel()).isEqualTo(MiSkills.Level.GOOD);
        assertThat(new MiSkills(3, 0, 0, 0, 0).percentComplexReflections()).isNull();
        assertThatThrownBy(() -> new MiSkills(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
