package org.peerpath.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.assessment.AttemptReview;
import org.peerpath.assessment.QuizService;
import org.peerpath.assessment.WrittenAnswer;
import org.peerpath.common.ConcurrentChangeException;
import org.peerpath.common.ValidationException;
import org.peerpath.common.ui.Notifications;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;

import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's quiz work: the queue of written answers from their own trainees, graded against the author's
 * rubric, and each trainee's attempt history. Org admins grade here the written answers of trainees who have no
 * active supervisor.
 */
@Route("review/grading")
@PageTitle("Quiz grading | Peerpath")
@Menu(title = "Quiz grading", order = 31, icon = "vaadin:edit")
@RolesAllowed({"SUPERVISOR", "ORG_ADMIN"})
@AccessDeniedErrorRouter
public class GradingView extends Div {

    private final QuizService quiz;
    private final StaffService staff;
    private final boolean supervisor;
    private final boolean orgAdmin;

    GradingView(QuizService quiz, StaffService staff, CurrentUser currentUser) {
        this.quiz = quiz;
        this.staff = staff;
        PeerpathUser caller = currentUser.require();
        this.supervisor = caller.hasRole(Role.SUPERVISOR);
        this.orgAdmin = caller.hasRole(Role.ORG_ADMIN);
        addClassName("page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2("Written answers to grade"));
        if (orgAdmin) {
            add(new Paragraph(supervisor
                    ? "Besides your own trainees' answers, you grade those of trainees in your organization who have no active supervisor."
                    : "As an org admin you grade the written answers of trainees in your organization who have no active supervisor."));
        }
        List<WrittenAnswer> queue = quiz.gradingQueue();
        if (queue.isEmpty()) {
            add(new Paragraph("Nothing waits for your grade."));
        }
        queue.forEach(answer -> add(card(answer)));
        if (supervisor) {
            add(history());
        }
    }

    private Div history() {
        Div section = new Div();
        section.addClassName("quiz-history");
        section.add(new H2("Your trainees' quiz attempts"));
        List<StaffMember> trainees = staff.myTrainees();
        if (trainees.isEmpty()) {
            section.add(new Paragraph("No trainees are assigned to you yet."));
        }
        var attempts = quiz.attemptsOfMyTrainees();
        for (StaffMember trainee : trainees) {
            section.add(new H3(trainee.displayName()), AttemptHistory.of(attempts.getOrDefault(trainee.id(), List.of())));
        }
        return section;
    }

    private Div card(WrittenAnswer answer) {
        Div card = new Div();
        card.addClassName("quiz-question");
        card.add(new H3(answer.traineeName() + " · " + answer.moduleTitle()));
        if (answer.scenario() != null && !answer.scenario().isBlank()) {
            Paragraph scenario = new Paragraph(answer.scenario().strip());
            scenario.addClassName("quiz-scenario");
            card.add(scenario);
        }
        card.add(new Paragraph(answer.prompt()));
        Paragraph given = new Paragraph(answer.answer().isBlank() ? "(No answer)" : answer.answer());
        given.addClassName("written-answer");
        card.add(new Paragraph("Answer:"), given);
        if (answer.sampleAnswer() != null) {
            card.add(new Details("The author's sample answer", new Paragraph(answer.sampleAnswer().strip())));
        }
        List<IntegerField> points = new ArrayList<>();
        for (QuestionDefinition.RubricCriterion criterion : answer.rubric()) {
            IntegerField field = new IntegerField(criterion.criterion() + " (0 to " + criterion.points() + ")");
            field.setMin(0);
            field.setMax(criterion.points());
            field.setStepButtonsVisible(true);
            field.setWidthFull();
            points.add(field);
            card.add(field);
        }
        TextArea comment = new TextArea("Comment for the trainee (optional)");
        comment.setWidthFull();
        comment.setMaxLength(QuizService.MAX_COMMENT_LENGTH);
        Button save = new Button("Save grade", e -> {
            List<Integer> awarded = new ArrayList<>();
            for (IntegerField field : points) {
                if (field.getValue() == null) {
                    field.setInvalid(true);
                    field.setErrorMessage("Award points for this criterion");
                    return;
                }
                field.setInvalid(false);
                awarded.add(field.getValue());
            }
            try {
                AttemptReview review = quiz.gradeWritten(answer.attemptId(), answer.questionId(), awarded, comment.getValue());
                Notifications.success("Grade saved for " + answer.traineeName()
                        + (review.passed() == null ? "." : review.passed() ? ": the attempt passed." : ": the attempt did not pass."));
                refresh();
            } catch (ValidationException | ConcurrentChangeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(comment, save);
        return card;
    }
}
