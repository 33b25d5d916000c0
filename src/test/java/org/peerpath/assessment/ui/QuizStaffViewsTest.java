package org.peerpath.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.assessment.Answer;
import org.peerpath.assessment.AttemptSheet;
import org.peerpath.assessment.ItemAnalysis;
import org.peerpath.assessment.QuizService;
import org.peerpath.common.ui.BarChart;
import org.peerpath.content.ContentCatalog;
import org.peerpath.content.PublishedModule;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor's grading page and the platform admin's item analysis, with attempts made through the service. */
@IntegrationTest
class QuizStaffViewsTest extends ViewTestWithContent {

    static final String MODULE = "empathy-sandwich";

    @Autowired
    QuizService quiz;
    @Autowired
    ContentCatalog content;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void aSupervisorGradesAWrittenAnswerOfTheirTrainee_afterBeingToldWhichCriterionLacksPoints() {
        String me = currentUser.require().email();
        String trainee = fixtures.account(currentUser.require().organizationId(), currentUser.require().id(), Role.TRAINEE);
        fixtures.signIn(trainee);
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        String written = sheet.items().stream().filter(i -> i.question().type() == QuestionDefinition.Type.WRITTEN)
                .findFirst().orElseThrow().question().id();
        quiz.saveAnswer(sheet.attemptId(), written, new Answer.Written("Validate, challenge, then name a strength."));
        quiz.submit(sheet.attemptId());
        fixtures.signIn(me);

        navigate(GradingView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Person " + trainee.substring(0, 12) + " · The Empathy Sandwich");
        assertThat($(Paragraph.class).withClassName("written-answer").single().getText()).isEqualTo("Validate, challenge, then name a strength.");
        List<IntegerField> criteria = $(IntegerField.class).all();
        assertThat(criteria).as("one field per rubric criterion of the shipped question").hasSize(4);
        test(criteria.getFirst()).setValue(1);
        TextArea comment = $(TextArea.class).single();
        test(comment).setValue("Name the strength more specifically.");

        test($(Button.class).withText("Save grade").single()).click();
        assertThat(criteria.get(1).isInvalid()).isTrue();
        assertThat(criteria.get(1).getErrorMessage()).isEqualTo("Award points for this criterion");
        assertThat(criteria.getFirst().getValue()).isEqualTo(1);
        assertThat(comment.getValue()).as("nothing typed is lost").isEqualTo("Name the strength more specifically.");

        criteria.forEach(field -> test(field).setValue(0));
        test($(Button.class).withText("Save grade").single()).click();

        assertThat($(Paragraph.class).withText("Nothing waits for your grade.").exists()).isTrue();
        // At most partial credit: the written answer got 0 and an ordering question counts its order as shown.
        assertThat($(ListItem.class).all()).anySatisfy(item ->
                assertThat(item.getElement().getTextRecursively()).matches("The Empathy Sandwich, attempt 1: Not passed \\(\\d+(\\.\\d)?%\\).*"));
        assertThat($(RouterLink.class).withText("Review").single().getHref())
                .isEqualTo("courses/" + MODULE + "/quiz/review/" + sheet.attemptId());
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anOrgAdminFindsTheWrittenAnswersOfTraineesWithoutASupervisorOnTheGradingPage() {
        String me = currentUser.require().email();
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        fixtures.signIn(trainee);
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        String written = sheet.items().stream().filter(i -> i.question().type() == QuestionDefinition.Type.WRITTEN)
                .findFirst().orElseThrow().question().id();
        quiz.saveAnswer(sheet.attemptId(), written, new Answer.Written("Validate first."));
        quiz.submit(sheet.attemptId());
        fixtures.signIn(me);

        navigate(GradingView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("Person " + trainee.substring(0, 12) + " · The Empathy Sandwich");
        assertThat($(Paragraph.class).withClassName("written-answer").single().getText()).isEqualTo("Validate first.");
        assertThat($(Button.class).withText("Save grade").exists()).isTrue();
    }

    @Test
    @SignedInAs(Role.PLATFORM_ADMIN)
    void thePlatformAdminSeesHowEachQuestionDidOnFirstAttempts() {
        long organization = fixtures.organization();
        String admin = currentUser.require().email();
        String strong = fixtures.account(organization, Role.TRAINEE);
        String weak = fixtures.account(organization, Role.TRAINEE);
        Map<String, QuestionDefinition> key = content.questions(MODULE, content.latestModule(MODULE).orElseThrow().version())
                .stream().collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));
        fixtures.signIn(strong);
        AttemptSheet sheet = quiz.startOrResume(MODULE);
        for (AttemptSheet.Item item : sheet.items()) {
            QuestionDefinition q = key.get(item.question().id());
            if (q.type() == QuestionDefinition.Type.SCENARIO || q.type() == QuestionDefinition.Type.SINGLE_CHOICE) {
                quiz.saveAnswer(sheet.attemptId(), q.id(), new Answer.Choice(q.answer().getFirst()));
            }
        }
        quiz.submit(sheet.attemptId());
        fixtures.signIn(weak);
        quiz.submit(quiz.startOrResume(MODULE).attemptId());
        fixtures.signIn(admin);

        navigate(ItemAnalysisView.class);
        @SuppressWarnings("unchecked")
        Select<PublishedModule> module = $(Select.class).withLabel("Module").single();
        test(module).selectItem("The Empathy Sandwich");

        @SuppressWarnings("unchecked")
        Grid<ItemAnalysis.ItemStatistics> grid = $(Grid.class).single();
        List<ItemAnalysis.ItemStatistics> rows = grid.getListDataView().getItems().toList();
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .startsWith("Question", "First attempts", "Facility (mean score)");
        assertThat(rows).filteredOn(r -> r.questionId().equals("q15")).singleElement()
                .extracting(ItemAnalysis.ItemStatistics::prompt).isEqualTo(key.get("q15").prompt());
        assertThat(rows.stream().mapToInt(ItemAnalysis.ItemStatistics::attempts).sum()).isEqualTo(20);
        assertThat(rows).filteredOn(r -> r.questionId().equals("q15")).singleElement().satisfies(r -> {
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.facility()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.facility()).isPositive());
        assertThat($(BarChart.class).exists()).isTrue();
    }
}
