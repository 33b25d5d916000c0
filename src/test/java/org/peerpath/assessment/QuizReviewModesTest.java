package org.peerpath.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.QuizSettings;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The review a trainee gets follows the module's setting; a copy of the content sets two modules differently. */
@IntegrationTest
class QuizReviewModesTest {

    @Autowired
    QuizService quiz;
    @Autowired
    ContentImporter importer;
    @Autowired
    Fixtures fixtures;

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() throws IOException {
        Path copy = TestContent.copy(temp);
        TestContent.replace(copy.resolve("modules/foundations/module.yaml"), "review: FULL_FEEDBACK", "review: WHICH_WRONG");
        TestContent.replace(copy.resolve("modules/ethical-boundaries/module.yaml"), "review: FULL_FEEDBACK", "review: SCORE_ONLY");
        SystemCaller.run(() -> importer.importFrom(copy));
        long organization = fixtures.organization();
        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void whichWrongShowsEachQuestionsOutcome_butNoAnswersFeedbackOrExplanations() {
        AttemptReview review = quiz.submit(quiz.startOrResume("foundations").attemptId());

        assertThat(review.mode()).isEqualTo(QuizSettings.Review.WHICH_WRONG);
        assertThat(review.questions()).hasSize(10).allSatisfy(q -> {
            // Nothing answered (an ordering question counts its order as shown, never the right one).
            assertThat(q.outcome()).isIn(QuestionResult.Outcome.UNANSWERED, QuestionResult.Outcome.INCORRECT,
                    QuestionResult.Outcome.PARTLY_CORRECT);
            assertThat(q.prompt()).isNotBlank();
            assertThat(q.rightAnswer()).isEmpty();
            assertThat(q.yourAnswer()).isEmpty();
            assertThat(q.feedback()).isEmpty();
            assertThat(q.explanation()).isEmpty();
        });
    }

    @Test
    void scoreOnlyShowsTheScoreAndNothingAboutTheQuestions() {
        AttemptReview review = quiz.submit(quiz.startOrResume("ethical-boundaries").attemptId());

        assertThat(review.mode()).isEqualTo(QuizSettings.Review.SCORE_ONLY);
        assertThat(review.passed()).isFalse();
        assertThat(review.scorePercent()).isLessThan(java.math.BigDecimal.valueOf(review.passPercent()));
        assertThat(review.questions()).isEmpty();
    }
}
