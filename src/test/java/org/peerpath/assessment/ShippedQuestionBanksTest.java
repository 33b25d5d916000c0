package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentCheck;
import org.peerpath.content.ContentValidator;
import org.peerpath.content.ModuleDefinition;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Item;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every question shipped in course-content/ can be answered perfectly, and a perfect sheet scores 100%. */
class ShippedQuestionBanksTest {

    @Test
    void aPerfectAnswerSheetScoresFullMarksOnEveryModule() {
        ContentCheck check = ContentValidator.check(Path.of("course-content"));
        assertThat(check.isValid()).as(check.report()).isTrue();

        for (ModuleDefinition module : check.content().modules()) {
            List<QuestionResult> results = module.questions().stream()
                    .filter(q -> q.type() != QuestionDefinition.Type.WRITTEN)
                    .map(q -> Grader.grade(q, perfect(q)))
                    .toList();
            assertThat(results).as(module.id()).isNotEmpty();
            AttemptScore score = AttemptScore.of(results, module.quiz().passPercent());
            assertThat(score.percent()).as(module.id()).isEqualByComparingTo("100.0");
            assertThat(score.passed()).isTrue();
        }
    }

    private static Answer perfect(QuestionDefinition q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, SCENARIO -> new Answer.Choice(q.answer().getFirst());
            case MULTIPLE_RESPONSE -> new Answer.MultipleResponse(new HashSet<>(q.answer()));
            case TRUE_FALSE -> new Answer.TrueFalse(q.answerTrue());
            case CLASSIFICATION -> new Answer.Classification(q.items().stream().collect(Collectors.toMap(Item::id, Item::category)));
            case ORDERING -> new Answer.Ordering(q.items().stream().map(Item::id).toList());
            case WRITTEN -> throw new IllegalStateException("graded by a supervisor");
        };
    }

}
