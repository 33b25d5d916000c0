package org.peerpath.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.assessment.AttemptReview;
import org.peerpath.assessment.QuestionResult;
import org.peerpath.assessment.QuizService;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;

/** A submitted attempt, shown as the module's review setting allows. */
@Route("courses/:moduleId/quiz/review/:attemptId")
@RolesAllowed({"TRAINEE", "SUPERVISOR", "ORG_ADMIN"})
@AccessDeniedErrorRouter
public class QuizReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final CurrentUser currentUser;
    private String title = "Quiz review | Peerpath";

    QuizReviewView(QuizService quiz, CurrentUser currentUser) {
        this.quiz = quiz;
        this.currentUser = currentUser;
        addClassName("page");
        addClassName("quiz-review");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElseThrow());
            show(quiz.review(attemptId));
        } catch (NotFoundException | NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such attempt");
        } catch (ValidationException e) {
            refused(event.getRouteParameters().get("moduleId").orElseThrow(), e.getMessage());
        }
    }

    /** The trainee has an attempt in progress: the way back to it, rather than the earlier answers. */
    private void refused(String moduleId, String message) {
        removeAll();
        add(new H2("Quiz review"));
        Paragraph why = new Paragraph(message);
        why.addClassName("quiz-result");
        add(why, new RouterLink("Back to the quiz", QuizView.class, new RouteParameters("moduleId", moduleId)));
    }

    private void show(AttemptReview review) {
        title = "Review: " + review.title() + " | Peerpath";
        removeAll();
        add(backLink(review));
        add(new H2(review.title() + ": attempt " + review.number()));
        Paragraph result = new Paragraph(switch (review.passed() == null ? "pending" : review.passed() ? "passed" : "failed") {
            case "pending" -> "Submitted. The result waits for your supervisor to grade a written answer.";
            case "passed" -> "Passed with " + percent(review) + " (pass mark " + review.passPercent() + "%).";
            default -> "Not passed: " + percent(review) + " (pass mark " + review.passPercent() + "%).";
        });
        result.addClassName("quiz-result");
        add(result);
        if (review.closedByTime()) {
            add(new Paragraph("Time ran out, so the attempt was submitted with the answers saved before the deadline."));
        }
        if (review.questions().isEmpty()) {
            add(new Paragraph("This quiz shows the score only."));
            return;
        }
        for (AttemptReview.ReviewedQuestion q : review.questions()) {
            Div box = new Div();
            box.addClassName("quiz-question");
            box.add(new H3("Question " + q.position()));
            box.add(new Paragraph(q.prompt()));
            Span outcome = new Span(outcome(q.outcome()));
            outcome.addClassName("quiz-outcome-" + q.outcome().name());
            box.add(outcome);
            if (!q.yourAnswer().isEmpty()) {
                box.add(new Paragraph("Your answer: " + q.yourAnswer()));
            }
            if (!q.rightAnswer().isEmpty() && q.outcome() != QuestionResult.Outcome.CORRECT) {
                box.add(new Paragraph("Right answer: " + q.rightAnswer()));
            }
            if (!q.feedback().isEmpty()) {
                UnorderedList feedback = new UnorderedList();
                feedback.addClassName("quiz-feedback");
                q.feedback().forEach(f -> feedback.add(new ListItem(f)));
                box.add(feedback);
            }
            if (!q.explanation().isEmpty()) {
                Paragraph why = new Paragraph("Why: " + q.explanation());
                why.addClassName("quiz-explanation");
                box.add(why);
            }
            add(box);
        }
        if (currentUser.require().hasRole(Role.TRAINEE)) {
            add(new Anchor("courses", "Back to my learning"));
        }
    }

    /** Supervisors and org admins reach a trainee's review from their own pages, not from the trainee's quiz. */
    private RouterLink backLink(AttemptReview review) {
        PeerpathUser caller = currentUser.require();
        if (caller.hasRole(Role.TRAINEE)) {
            return new RouterLink("Back to the quiz", QuizView.class, new RouteParameters("moduleId", review.moduleId()));
        }
        return caller.hasRole(Role.SUPERVISOR) ? new RouterLink("Back to quiz grading", GradingView.class)
                : new RouterLink("Back to quiz accommodations", AccommodationsView.class);
    }

    private static String percent(AttemptReview review) {
        return review.scorePercent().stripTrailingZeros().toPlainString() + "%";
    }

    private static String outcome(QuestionResult.Outcome outcome) {
        return switch (outcome) {
            case CORRECT -> "Correct";
            case PARTLY_CORRECT -> "Partly correct";
            case INCORRECT -> "Incorrect";
            case UNANSWERED -> "Not answered";
            case PENDING_REVIEW -> "Waiting for your supervisor's grade";
        };
    }
}
