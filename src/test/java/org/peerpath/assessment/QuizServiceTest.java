package org.peerpath.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.LearningEvidence;
import org.peerpath.learning.LearningService;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Attempts against real MariaDB. The foundations quiz is changed (in a copy of the content) to ask every
 * question of its bank, so each attempt includes the written question.
 */
@IntegrationTest
class QuizServiceTest {

    static final String MODULE = "foundations";

    @Autowired
    QuizService quiz;
    @Autowired
    ContentImporter importer;
    @Autowired
    ContentCatalog content;
    @Autowired
    LearningService learning;
    @Autowired
    LearningEvidence evidence;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    long organization;
    String supervisor;
    String trainee;
    long traineeId;
    Map<String, QuestionDefinition> bank;

    @BeforeEach
    void setUp() throws IOException {
        Path copy = TestContent.copy(temp);
        Path module = copy.resolve("modules/foundations/module.yaml");
        TestContent.replace(module, "questionsPerAttempt: 10", "questionsPerAttempt: 18");
        SystemCaller.run(() -> importer.importFrom(copy));
        bank = SystemCaller.call(() -> content.questions(MODULE, 1)).stream()
                .collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));
        organization = fixtures.organization();
        supervisor = fixtures.account(organization, Role.SUPERVISOR);
        trainee = fixtures.account(organization, fixtures.idOf(supervisor), Role.TRAINEE);
        traineeId = fixtures.idOf(trainee);
        fixtures.signIn(trainee);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aRefreshResumesTheSameAttemptWithItsSavedAnswers_andTheSheetHoldsNoAnswerKey() {
        AttemptSheet first = quiz.startOrResume(MODULE);
        AttemptSheet.Item item = first.items().getFirst();
        quiz.saveAnswer(first.attemptId(), item.question().id(), correct(bank.get(item.question().id())));

        AttemptSheet again = quiz.startOrResume(MODULE);

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.items()).extracting(i -> i.question().id()).containsExactlyElementsOf(
                first.items().stream().map(i -> i.question().id()).toList());
        assertThat(again.items().getFirst().question().options()).isEqualTo(item.question().options());
        assertThat(again.items().getFirst().saved()).isEqualTo(correct(bank.get(item.question().id())));
        assertThat(again.items()).hasSize(bank.size());

        String json = JsonMapper.builder().build().writeValueAsString(again.items().stream().map(AttemptSheet.Item::question).toList());
        for (QuestionDefinition q : bank.values()) {
            if (q.explanation() != null) {
                assertThat(json).doesNotContain(q.explanation());
            }
            q.options().stream().filter(o -> o.feedback() != null).forEach(o -> assertThat(json).doesNotContain(o.feedback()));
            if (q.sampleAnswer() != null) {
                assertThat(json).doesNotContain(q.sampleAnswer().strip());
            }
        }
        assertThat(json).doesNotContain("answerTrue", "\"answer\"", "\"category\"", "rubric\"", "feedback");
    }

    @Test
    void aFailedAttemptMeansWaiting_untilTheWaitIsOverOrAnAdminAllowsARetake() {
        AttemptSheet first = quiz.startOrResume(MODULE);
        AttemptReview failed = quiz.submit(first.attemptId());
        assertThat(failed.passed()).isFalse();

        assertThat(quiz.overview(MODULE).availability()).isEqualTo(QuizOverview.Availability.WAIT);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> quiz.startOrResume(MODULE)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("after the waiting time, in 20 minutes (at ")
                .hasMessageMatching(".*\\(at \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} UTC\\)\\.");

        clock.advance(Duration.ofMinutes(21));

        AttemptSheet second = quiz.startOrResume(MODULE);
        assertThat(second.number()).isEqualTo(2);
        quiz.submit(second.attemptId());

        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        fixtures.signIn(admin);
        quiz.allowRetakeNow(traineeId);
        fixtures.signIn(trainee);
        AttemptSheet third = quiz.startOrResume(MODULE);
        assertThat(third.number()).isEqualTo(3);
        quiz.submit(third.attemptId());

        clock.advance(Duration.ofHours(1));
        assertThat(quiz.overview(MODULE).availability()).isEqualTo(QuizOverview.Availability.NO_ATTEMPTS_LEFT);
        fixtures.signIn(admin);
        AccommodationTerms terms = quiz.accommodations("", 0, 1000).stream().filter(t -> t.traineeId() == traineeId).findFirst().orElseThrow();
        assertThat(terms.retakeAllowed()).as("the retake permission was used by attempt 3").isFalse();
        quiz.grant(traineeId, 15, 1, terms.version());
        fixtures.signIn(trainee);
        QuizOverview overview = quiz.overview(MODULE);
        assertThat(overview.availability()).isEqualTo(QuizOverview.Availability.CAN_START);
        assertThat(overview.allowedAttempts()).isEqualTo(4);
        assertThat(overview.timeLimitMinutes()).isEqualTo(25 + 15);
    }

    @Test
    void aWrittenAnswerHoldsTheResultUntilTheSupervisorGradesIt_thenAPassCompletesTheQuiz() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        answerAllCorrectly(sheet);
        AttemptReview submitted = quiz.submit(sheet.attemptId());
        assertThat(submitted.passed()).isNull();
        assertThat(submitted.status()).contains("supervisor");
        assertThat(quiz.overview(MODULE).availability()).isEqualTo(QuizOverview.Availability.AWAITING_GRADING);

        fixtures.signIn(supervisor);
        List<WrittenAnswer> queue = quiz.gradingQueue();
        assertThat(queue).hasSize(1);
        WrittenAnswer written = queue.getFirst();
        assertThat(written.answer()).isEqualTo("It sounds like you are torn.");
        assertThatThrownBy(() -> quiz.gradeWritten(sheet.attemptId(), written.questionId(), List.of(99), ""))
                .isInstanceOf(ValidationException.class);
        List<Integer> full = written.rubric().stream().map(QuestionDefinition.RubricCriterion::points).toList();
        assertThatThrownBy(() -> quiz.gradeWritten(sheet.attemptId(), written.questionId(), full, "x".repeat(2001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 2000 characters");
        assertThat(quiz.gradingQueue()).as("still waiting for a grade").hasSize(1);
        AttemptReview graded = quiz.gradeWritten(sheet.attemptId(), written.questionId(), full, "Warm and accurate.");

        assertThat(graded.passed()).isTrue();
        assertThat(graded.scorePercent()).isEqualByComparingTo("100");
        assertThat(quiz.gradingQueue()).isEmpty();
        assertThatThrownBy(() -> quiz.gradeWritten(sheet.attemptId(), written.questionId(), full, ""))
                .isInstanceOf(ConcurrentChangeException.class);

        fixtures.signIn(trainee);
        assertThat(quiz.overview(MODULE).availability()).isEqualTo(QuizOverview.Availability.PASSED);
        AttemptReview review = quiz.review(sheet.attemptId());
        // Full feedback: every question with the trainee's answer and the key in words.
        Map<String, QuestionDefinition> byPrompt = bank.values().stream()
                .collect(Collectors.toMap(QuestionDefinition::prompt, Function.identity()));
        assertThat(review.questions()).hasSize(bank.size()).allSatisfy(q -> {
            QuestionDefinition def = byPrompt.get(q.prompt());
            switch (def.type()) {
                case SINGLE_CHOICE, SCENARIO -> assertThat(q.rightAnswer()).isEqualTo(def.options().stream()
                        .filter(o -> o.id().equals(def.answer().getFirst())).findFirst().orElseThrow().text());
                case WRITTEN -> assertThat(q.rightAnswer()).contains(def.sampleAnswer().strip().lines().findFirst().orElseThrow());
                case ORDERING -> assertThat(q.rightAnswer()).isEqualTo(def.items().stream()
                        .map(QuestionDefinition.Item::text).collect(Collectors.joining(" → ")));
                default -> assertThat(q.rightAnswer()).isNotBlank();
            }
            assertThat(q.yourAnswer()).isNotBlank();
            assertThat(q.explanation()).isEqualTo(def.explanation());
        });
        assertThat(review.questions()).anySatisfy(q -> assertThat(q.feedback()).contains("Warm and accurate."));
        // Passing the quiz completes the module once its lessons are read.
        learning.myCatalog();
        SystemCaller.run(() -> learning.recordLessonsRead(traineeId, MODULE,
                content.latestModule(MODULE).orElseThrow().lessonIds()));
        assertThat(evidence.completedModules(traineeId)).containsExactly(MODULE);
    }

    @Test
    void twoConcurrentSubmissionsGradeTheAttemptOnce() throws Exception {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        SecurityContext context = fixtures.contextFor(trainee);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AttemptReview>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                try {
                    start.await();
                    return quiz.submit(sheet.attemptId());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        AttemptReview a = results.get(0).get();
        AttemptReview b = results.get(1).get();
        pool.shutdown();

        assertThat(a).isEqualTo(b);
        // Grading writes the attempt once: its optimistic version moved from 0 to 1, not 2.
        assertThat(jdbc.queryForObject("select version from quiz_attempt where id = ?", Long.class, sheet.attemptId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where trainee_id = ?", Integer.class, traineeId)).isEqualTo(1);
    }

    @Test
    void whenTimeRunsOutOnlyAnswersSavedBeforeTheDeadlineCount_andTheAttemptClosesItself() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        assertThat(sheet.deadline()).isNotNull();
        AttemptSheet.Item first = sheet.items().getFirst();
        quiz.saveAnswer(sheet.attemptId(), first.question().id(), correct(bank.get(first.question().id())));

        clock.advance(Duration.ofMinutes(26));
        // Not an ordering question: its order as shown was saved in time.
        int late = sheet.items().indexOf(sheet.items().stream().skip(1)
                .filter(i -> i.question().type() != QuestionDefinition.Type.ORDERING).findFirst().orElseThrow());
        AttemptSheet.Item second = sheet.items().get(late);
        assertThatThrownBy(() -> quiz.saveAnswer(sheet.attemptId(), second.question().id(), correct(bank.get(second.question().id()))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Time is up");

        AttemptReview review = quiz.review(sheet.attemptId());
        assertThat(review.closedByTime()).isTrue();
        assertThat(review.questions().getFirst().outcome()).isIn(QuestionResult.Outcome.CORRECT, QuestionResult.Outcome.PENDING_REVIEW);
        assertThat(review.questions().get(late).outcome()).isEqualTo(QuestionResult.Outcome.UNANSWERED);
        assertThatThrownBy(() -> quiz.attempt(sheet.attemptId())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aSubmittedAttemptIsImmutable_andSubmittingAgainReturnsTheSameResult() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        AttemptSheet.Item first = choiceItem(sheet);
        QuestionDefinition def = bank.get(first.question().id());
        String wrong = def.options().stream().map(QuestionDefinition.Option::id)
                .filter(id -> !def.answer().contains(id)).findFirst().orElseThrow();
        quiz.saveAnswer(sheet.attemptId(), first.question().id(), new Answer.Choice(wrong));
        AttemptReview submitted = quiz.submit(sheet.attemptId());
        Long version = jdbc.queryForObject("select version from quiz_attempt where id = ?", Long.class, sheet.attemptId());

        assertThatThrownBy(() -> quiz.saveAnswer(sheet.attemptId(), first.question().id(), correct(def)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already been submitted");
        assertThatThrownBy(() -> quiz.attempt(sheet.attemptId())).isInstanceOf(ValidationException.class);

        assertThat(quiz.submit(sheet.attemptId())).isEqualTo(submitted);
        assertThat(quiz.review(sheet.attemptId())).isEqualTo(submitted);
        assertThat(jdbc.queryForObject("select answer from quiz_attempt_question where attempt_id = ? and question_id = ?",
                String.class, sheet.attemptId(), first.question().id())).contains("\"" + wrong + "\"");
        assertThat(jdbc.queryForObject("select version from quiz_attempt where id = ?", Long.class, sheet.attemptId())).isEqualTo(version);
    }

    @Test
    void anAttemptWhoseTraineeNeverComesBackIsClosedAndGradedByTheDeadlineJob_once() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        AttemptSheet.Item first = choiceItem(sheet);
        quiz.saveAnswer(sheet.attemptId(), first.question().id(), correct(bank.get(first.question().id())));
        Fixtures.signOut();

        clock.advance(Duration.ofMinutes(24));
        assertThat(SystemCaller.call(quiz::closeOverdueAttempts)).as("still within the time limit").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(SystemCaller.call(quiz::closeOverdueAttempts)).isEqualTo(1);
        assertThat(SystemCaller.call(quiz::closeOverdueAttempts)).as("graded once").isZero();

        fixtures.signIn(trainee);
        AttemptReview review = quiz.review(sheet.attemptId());
        assertThat(review.closedByTime()).isTrue();
        assertThat(review.passed()).isFalse();
        // The one answer saved, and ordering questions' orders as shown (partial credit at most).
        BigDecimal orderingScore = sheet.items().stream().filter(i -> i.question().type() == QuestionDefinition.Type.ORDERING)
                .map(i -> Grader.grade(bank.get(i.question().id()), i.saved()).score()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(review.scorePercent()).isEqualByComparingTo(BigDecimal.ONE.add(orderingScore).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(bank.size()), 1, RoundingMode.HALF_UP));
        assertThat(review.questions()).filteredOn(q -> q.outcome() == QuestionResult.Outcome.CORRECT).hasSize(1);
        assertThat(quiz.overview(MODULE).availability()).isEqualTo(QuizOverview.Availability.WAIT);
        // The deadline, not the moment the job ran, is when the attempt ended: the wait counts from it.
        assertThat(quiz.overview(MODULE).availableAt())
                .isCloseTo(sheet.deadline().plus(Duration.ofMinutes(30)), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void earlierAttemptsCannotBeReviewedWhileAnAttemptIsInProgress_butTheirSupervisorStillSeesThem() {
        AttemptSheet first = quiz.startOrResume(MODULE);
        quiz.submit(first.attemptId());
        assertThat(quiz.review(first.attemptId()).questions()).isNotEmpty();
        clock.advance(Duration.ofMinutes(31));
        AttemptSheet second = quiz.startOrResume(MODULE);

        assertThatThrownBy(() -> quiz.review(first.attemptId())).isInstanceOf(ValidationException.class)
                .hasMessage("Finish or submit your current attempt before reviewing earlier ones.");
        fixtures.signIn(supervisor);
        assertThat(quiz.review(first.attemptId()).questions()).isNotEmpty();

        fixtures.signIn(trainee);
        quiz.submit(second.attemptId());
        assertThat(quiz.review(first.attemptId()).questions()).as("open again once submitted").isNotEmpty();
    }

    @Test
    void anOrderingQuestionLeftAsShownIsGradedOnTheShownOrder_notAsUnanswered() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        AttemptSheet.Item ordering = sheet.items().stream()
                .filter(i -> i.question().type() == QuestionDefinition.Type.ORDERING).findFirst().orElseThrow();
        List<String> shown = ordering.question().items().stream().map(PresentedQuestion.Choice::id).toList();
        assertThat(ordering.saved()).isEqualTo(new Answer.Ordering(shown));

        AttemptReview review = quiz.submit(sheet.attemptId());

        QuestionDefinition def = bank.get(ordering.question().id());
        assertThat(review.questions()).filteredOn(q -> q.prompt().equals(def.prompt())).singleElement().satisfies(q -> {
            assertThat(q.outcome()).isNotEqualTo(QuestionResult.Outcome.UNANSWERED);
            assertThat(q.yourAnswer()).isEqualTo(ordering.question().items().stream()
                    .map(PresentedQuestion.Choice::text).collect(Collectors.joining(" → ")));
        });
    }

    @Test
    void theWrittenAnswerOfATraineeWithoutASupervisorIsGradedByAnOrgAdminOfTheirOrganization() {
        String unsupervised = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(unsupervised);
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        answerAllCorrectly(sheet);
        quiz.submit(sheet.attemptId());
        fixtures.signIn(trainee); // supervised: stays with their supervisor
        AttemptSheet supervised = quiz.startOrResume(MODULE);
        answerAllCorrectly(supervised);
        quiz.submit(supervised.attemptId());

        fixtures.signIn(fixtures.account(fixtures.organization(), Role.ORG_ADMIN));
        assertThat(quiz.gradingQueue()).as("another organization's admin").isEmpty();
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThat(quiz.gradingQueue()).singleElement().satisfies(w -> assertThat(w.attemptId()).isEqualTo(sheet.attemptId()));
        WrittenAnswer pending = quiz.gradingQueue().getFirst();
        assertThatThrownBy(() -> quiz.gradeWritten(supervised.attemptId(), pending.questionId(), List.of(), ""))
                .as("a supervised trainee's answer is their supervisor's").isInstanceOf(NotFoundException.class);
        List<Integer> full = pending.rubric().stream().map(QuestionDefinition.RubricCriterion::points).toList();
        assertThat(quiz.gradeWritten(sheet.attemptId(), pending.questionId(), full, "Clear and kind.").passed()).isTrue();
        assertThat(quiz.gradingQueue()).isEmpty();

        fixtures.signIn(supervisor);
        assertThat(quiz.gradingQueue()).singleElement().satisfies(w -> assertThat(w.attemptId()).isEqualTo(supervised.attemptId()));
    }

    @Test
    void anAnswerThatDoesNotFitItsQuestionIsRefusedWithAReason_andTheAttemptCanStillBeSubmitted() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        AttemptSheet.Item choice = choiceItem(sheet);
        String id = choice.question().id();

        assertThatThrownBy(() -> quiz.saveAnswer(sheet.attemptId(), id, new Answer.Written("b")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not fit the question");
        assertThatThrownBy(() -> quiz.saveAnswer(sheet.attemptId(), id, new Answer.Choice("z")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not offer");
        assertThat(jdbc.queryForObject("select answer from quiz_attempt_question where attempt_id = ? and question_id = ?",
                String.class, sheet.attemptId(), id)).as("nothing saved").isNull();

        assertThat(quiz.submit(sheet.attemptId()).passed()).isFalse();
    }

    @Test
    void theDeadlineJobClosesEveryOtherOverdueAttempt_whenOneCannotBeGraded() {
        AttemptSheet broken = quiz.startOrResume(MODULE);
        String id = choiceItem(broken).question().id();
        quiz.saveAnswer(broken.attemptId(), id, correct(bank.get(id)));
        // As saved before answers were checked: a written answer to a choice question, which grading refuses.
        jdbc.update("update quiz_attempt_question set answer = ? where attempt_id = ? and question_id = ?",
                "{\"kind\":\"written\",\"text\":\"b\"}", broken.attemptId(), id);
        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        AttemptSheet other = quiz.startOrResume(MODULE);
        Fixtures.signOut();

        clock.advance(Duration.ofMinutes(26));
        assertThat(SystemCaller.call(quiz::closeOverdueAttempts)).isEqualTo(1);

        assertThat(jdbc.queryForObject("select status from quiz_attempt where id = ?", String.class, other.attemptId())).isEqualTo("GRADED");
        assertThat(jdbc.queryForObject("select status from quiz_attempt where id = ?", String.class, broken.attemptId())).isEqualTo("IN_PROGRESS");
    }

    @Test
    void itemAnalysisCountsTheFirstAttemptsAtOneModuleVersion_andNamesQuestionsByTheirPrompt() {
        quiz.submit(quiz.startOrResume(MODULE).attemptId());
        String other = fixtures.account(organization, Role.TRAINEE);
        fixtures.signIn(other);
        AttemptSheet atAnotherVersion = quiz.startOrResume(MODULE);
        quiz.submit(atAnotherVersion.attemptId());
        // As if made on version 2, whose questions may differ under the same ids.
        jdbc.update("update quiz_attempt set module_version = 2 where id = ?", atAnotherVersion.attemptId());

        fixtures.signIn(fixtures.account(organization, Role.PLATFORM_ADMIN));
        List<ItemAnalysis.ItemStatistics> stats = quiz.itemAnalysis(MODULE, 1);

        assertThat(stats).hasSize(bank.size()).allSatisfy(s -> {
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.prompt()).isEqualTo(bank.get(s.questionId()).prompt());
        });
    }

    @Test
    void theDeadlineJobIsNotForTrainees() {
        assertThatThrownBy(() -> quiz.closeOverdueAttempts())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void attemptsAreVisibleOnlyToTheirTrainee_theirSupervisor_andTheirOrgAdmins() {
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        quiz.submit(sheet.attemptId());

        fixtures.signIn(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> quiz.attempt(sheet.attemptId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quiz.review(sheet.attemptId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quiz.submit(sheet.attemptId())).isInstanceOf(NotFoundException.class);

        fixtures.signIn(fixtures.account(organization, Role.SUPERVISOR));
        assertThatThrownBy(() -> quiz.review(sheet.attemptId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quiz.attemptsOf(traineeId)).isInstanceOf(NotFoundException.class);

        long otherOrganization = fixtures.organization();
        fixtures.signIn(fixtures.account(otherOrganization, Role.ORG_ADMIN));
        assertThatThrownBy(() -> quiz.attemptsOf(traineeId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> quiz.grant(traineeId, 10, 0, 0)).isInstanceOf(NotFoundException.class);

        fixtures.signIn(supervisor);
        assertThat(quiz.attemptsOf(traineeId)).hasSize(1);
        assertThat(quiz.review(sheet.attemptId()).passed()).isFalse();
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThat(quiz.attemptsOf(traineeId)).extracting(AttemptSummary::status).containsExactly("Not passed");
    }

    @Test
    void twoAdminsEditingAccommodationsCannotOverwriteEachOther() {
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        AccommodationTerms granted = quiz.grant(traineeId, 10, 0, AccommodationTerms.NOT_GRANTED);
        quiz.grant(traineeId, 20, 1, granted.version());
        assertThatThrownBy(() -> quiz.grant(traineeId, 30, 0, granted.version())).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> quiz.grant(traineeId, -5, 0, granted.version() + 1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void anAdminWhoSawNoAccommodationsCannotOverwriteTheFirstGrantAnotherAdminJustMade() {
        String first = fixtures.account(organization, Role.ORG_ADMIN);
        String second = fixtures.account(organization, Role.ORG_ADMIN);
        fixtures.signIn(first);
        AccommodationTerms seen = terms(traineeId);
        assertThat(seen.version()).isEqualTo(AccommodationTerms.NOT_GRANTED);
        fixtures.signIn(second);
        quiz.grant(traineeId, 30, 2, terms(traineeId).version());

        fixtures.signIn(first);
        assertThatThrownBy(() -> quiz.grant(traineeId, 5, 0, seen.version())).isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("Someone else changed this trainee's accommodations. Reload to see them.");
        assertThat(terms(traineeId)).extracting(AccommodationTerms::extraMinutes, AccommodationTerms::extraAttempts).containsExactly(30, 2);
        // The other way round: a version for a trainee who has nothing on record is just as stale.
        long other = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        assertThatThrownBy(() -> quiz.grant(other, 5, 0, 0)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void twoAdminsGrantingATraineesFirstAccommodationsAtOnce_oneWinsAndTheOtherIsToldToReload() throws Exception {
        SecurityContext[] admins = {fixtures.contextFor(fixtures.account(organization, Role.ORG_ADMIN)),
                fixtures.contextFor(fixtures.account(organization, Role.ORG_ADMIN))};
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AccommodationTerms>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            SecurityContext admin = admins[i];
            int minutes = 10 * (i + 1);
            results.add(pool.submit(() -> {
                SecurityContextHolder.setContext(admin);
                try {
                    start.await();
                    return quiz.grant(traineeId, minutes, 0, AccommodationTerms.NOT_GRANTED);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<AccommodationTerms> granted = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<AccommodationTerms> result : results) {
            try {
                granted.add(result.get());
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(granted).hasSize(1);
        assertThat(refused).singleElement().isInstanceOf(ConcurrentChangeException.class)
                .hasFieldOrPropertyWithValue("message", "Someone else changed this trainee's accommodations. Reload to see them.");
        fixtures.signIn(fixtures.account(organization, Role.ORG_ADMIN));
        assertThat(terms(traineeId).extraMinutes()).isEqualTo(granted.getFirst().extraMinutes());
    }

    private AccommodationTerms terms(long trainee) {
        return quiz.accommodations("", 0, 1000).stream().filter(t -> t.traineeId() == trainee).findFirst().orElseThrow();
    }

    private AttemptSheet.Item choiceItem(AttemptSheet sheet) {
        return sheet.items().stream().filter(i -> i.question().type() == QuestionDefinition.Type.SCENARIO)
                .findFirst().orElseThrow();
    }

    private void answerAllCorrectly(AttemptSheet sheet) {
        for (AttemptSheet.Item item : sheet.items()) {
            quiz.saveAnswer(sheet.attemptId(), item.question().id(), correct(bank.get(item.question().id())));
        }
    }

    static Answer correct(QuestionDefinition q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, SCENARIO -> new Answer.Choice(q.answer().getFirst());
            case MULTIPLE_RESPONSE -> new Answer.MultipleResponse(Set.copyOf(q.answer()));
            case TRUE_FALSE -> new Answer.TrueFalse(q.answerTrue());
            case CLASSIFICATION -> new Answer.Classification(q.items().stream()
                    .collect(Collectors.toMap(QuestionDefinition.Item::id, QuestionDefinition.Item::category)));
            case ORDERING -> new Answer.Ordering(q.items().stream().map(QuestionDefinition.Item::id).toList());
            case WRITTEN -> new Answer.Written("It sounds like you are torn.");
        };
    }
}
