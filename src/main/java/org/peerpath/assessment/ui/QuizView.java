package org.peerpath.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.assessment.Answer;
import org.peerpath.assessment.AttemptSheet;
import org.peerpath.assessment.AttemptSummary;
import org.peerpath.assessment.PresentedQuestion;
import org.peerpath.assessment.QuizOverview;
import org.peerpath.assessment.QuizService;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.common.ui.Notifications;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A module's quiz: its rules and the trainee's attempts, then the attempt itself. Every answer is saved on the
 * server as it is given, so a refresh or a dropped connection resumes where the trainee was. The page only
 * ever holds key-free {@link PresentedQuestion}s.
 */
@Route("courses/:moduleId/quiz")
@RolesAllowed("TRAINEE")
@AccessDeniedErrorRouter
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private final Clock clock;
    private String moduleId;
    private String title = "Quiz | Peerpath";
    private AttemptSheet sheet;
    /** Questions with an answer saved in this attempt, to warn before submitting with some left blank. */
    private final java.util.Set<String> answered = new java.util.HashSet<>();
    private final Span clockText = new Span();
    private Registration pollRegistration;

    QuizView(QuizService quiz, Clock clock) {
        this.quiz = quiz;
        this.clock = clock;
        addClassName("page");
        addClassName("quiz-page");
        clockText.addClassName("quiz-clock");
        clockText.getElement().setAttribute("role", "timer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = event.getRouteParameters().get("moduleId").orElseThrow();
        try {
            showOverview();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The server closes an attempt at its deadline; polling keeps the trainee's clock honest meanwhile.
        pollRegistration = attachEvent.getUI().addPollListener(e -> tick());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // The UI outlives this page: a listener left behind would tick a stale attempt during the next one.
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
    }

    private void showOverview() {
        sheet = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        QuizOverview overview = quiz.overview(moduleId);
        title = "Quiz: " + overview.title() + " | Peerpath";
        removeAll();
        add(new Anchor("courses/" + moduleId, "Back to the module"));
        add(new H2("Quiz: " + overview.title()));
        add(new Paragraph(rules(overview)));
        Span status = new Span(statusText(overview));
        status.addClassName("quiz-status");
        add(status);
        switch (overview.availability()) {
            case CAN_START -> add(primary("Start attempt " + (overview.attempts().size() + 1), e -> start()));
            case IN_PROGRESS -> add(primary("Resume your attempt", e -> start()));
            default -> { }
        }
        if (!overview.attempts().isEmpty()) {
            add(new H3("Your attempts"));
            UnorderedList list = new UnorderedList();
            list.addClassName("quiz-attempts");
            for (AttemptSummary a : overview.attempts()) {
                ListItem item = new ListItem(new Span("Attempt " + a.number() + ": " + a.status()
                        + (a.scorePercent() == null ? "" : ", " + a.scorePercent().stripTrailingZeros().toPlainString() + "%")
                        + (a.closedByTime() ? " (closed when time ran out)" : "")));
                if (a.submittedAt() != null && overview.availability() != QuizOverview.Availability.IN_PROGRESS) {
                    item.add(new Span(" "), new RouterLink("Review attempt " + a.number(), QuizReviewView.class,
                            new RouteParameters(Map.of("moduleId", moduleId, "attemptId", Long.toString(a.id())))));
                }
                list.add(item);
            }
            add(list);
            if (overview.availability() == QuizOverview.Availability.IN_PROGRESS && overview.attempts().size() > 1) {
                add(new Paragraph("The reviews of your earlier attempts open again once you submit this one."));
            }
        }
    }

    private static String rules(QuizOverview o) {
        return o.questions() + " questions drawn for each attempt. Pass mark " + o.passPercent() + "%. "
                + (o.allowedAttempts() == 0 ? "Unlimited attempts. " : o.allowedAttempts() + " attempts. ")
                + (o.timeLimitMinutes() == null ? "No time limit. " : "Time limit " + o.timeLimitMinutes() + " minutes. ")
                + (o.waitMinutes() > 0 ? "After an attempt that does not pass, wait " + o.waitMinutes() + " minutes before the next. " : "")
                + "Your answers are saved as you go.";
    }

    private String statusText(QuizOverview o) {
        return switch (o.availability()) {
            case CAN_START -> o.attempts().isEmpty() ? "Ready when you are." : "You can start another attempt.";
            case IN_PROGRESS -> "You have an attempt in progress.";
            case PASSED -> "You passed this quiz.";
            case AWAITING_GRADING -> "Your last attempt waits for your supervisor to grade a written answer.";
            case NO_ATTEMPTS_LEFT -> "You have used all your attempts. Your org admin can grant another.";
            case WAIT -> "You can start your next attempt in " + minutesUntil(o.availableAt()) + " minutes ("
                    + Links.time(o.availableAt()) + " UTC).";
        };
    }

    private long minutesUntil(Instant at) {
        return Math.max(1, (Duration.between(clock.instant(), at).toSeconds() + 59) / 60);
    }

    private void start() {
        try {
            sheet = quiz.startOrResume(moduleId);
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
            showOverview();
            return;
        } catch (DataIntegrityViolationException e) {
            // Another tab started the same attempt at the same moment; that one won, so resume it.
            sheet = quiz.startOrResume(moduleId);
        }
        showAttempt();
    }

    private void showAttempt() {
        removeAll();
        add(new H2(sheet.title() + ": attempt " + sheet.number()));
        if (sheet.deadline() != null) {
            updateClock();
            add(clockText);
            getUI().ifPresent(ui -> ui.setPollInterval(15_000));
        }
        int n = 1;
        answered.clear();
        for (AttemptSheet.Item item : sheet.items()) {
            if (item.saved() != null) {
                answered.add(item.question().id());
            }
            add(question(n++, sheet.items().size(), item));
        }
        Button submit = primary("Submit answers", e -> submitOrAskFirst(e.getSource()));
        submit.setDisableOnClick(true);
        add(new Paragraph("You can leave and come back: your answers are kept until you submit."), submit);
    }

    private void tick() {
        if (sheet == null) {
            return;
        }
        if (!sheet.timeLimit().isOpen(clock)) {
            Notifications.error("Time is up. Your attempt was submitted with the answers you saved.");
            submit();
            return;
        }
        updateClock();
    }

    private void updateClock() {
        long seconds = sheet.timeLimit().remaining(clock).orElseThrow().toSeconds();
        clockText.setText("Time left: " + (seconds + 59) / 60 + " min (until " + Links.time(sheet.deadline()) + " UTC)");
    }

    /** An attempt counts toward the limit: submitting with questions left blank, by a slip of the mouse, is asked about. */
    private void submitOrAskFirst(Button submit) {
        if (sheet == null) {
            return;
        }
        long unanswered = sheet.items().stream().filter(i -> !answered.contains(i.question().id())).count();
        if (unanswered == 0) {
            submit();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog("Submit with " + unanswered + (unanswered == 1 ? " question" : " questions")
                + " unanswered?", "Questions without an answer score nothing, and this attempt counts toward your "
                + "attempts. Your answers so far are saved, so you can also come back later.", "Submit anyway", e -> submit());
        ask.setCancelable(true);
        ask.setCancelText("Keep answering");
        ask.addCancelListener(e -> submit.setEnabled(true));
        ask.open();
    }

    private void submit() {
        if (sheet == null) {
            return;
        }
        long attemptId = sheet.attemptId();
        sheet = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        quiz.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(QuizReviewView.class,
                new RouteParameters(Map.of("moduleId", moduleId, "attemptId", Long.toString(attemptId)))));
    }

    private Component question(int number, int total, AttemptSheet.Item item) {
        PresentedQuestion q = item.question();
        Div box = new Div();
        box.addClassName("quiz-question");
        box.setId("question-" + q.id());
        box.add(new H3("Question " + number + " of " + total));
        if (q.scenario() != null && !q.scenario().isBlank()) {
            Paragraph scenario = new Paragraph(q.scenario().strip());
            scenario.addClassName("quiz-scenario");
            box.add(scenario);
        }
        Span saved = new Span(item.saved() == null ? "" : "Saved");
        saved.addClassName("quiz-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        box.add(input(q, item.saved(), answer -> save(q.id(), answer, saved)), saved);
        return box;
    }

    private void save(String questionId, Answer answer, Span saved) {
        if (sheet == null) {
            return;
        }
        try {
            quiz.saveAnswer(sheet.attemptId(), questionId, answer);
            answered.add(questionId);
            saved.setText("Saved");
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
            long attemptId = sheet.attemptId();
            if (Long.valueOf(attemptId).equals(quiz.overview(moduleId).attemptInProgress())) {
                return; // only this answer was refused; the attempt goes on
            }
            sheet = null;
            getUI().ifPresent(ui -> ui.navigate(QuizReviewView.class,
                    new RouteParameters(Map.of("moduleId", moduleId, "attemptId", Long.toString(attemptId)))));
        }
    }

    private Component input(PresentedQuestion q, Answer saved, java.util.function.Consumer<Answer> onAnswer) {
        return switch (q.type()) {
            case SINGLE_CHOICE, SCENARIO -> {
                RadioButtonGroup<PresentedQuestion.Choice> group = new RadioButtonGroup<>(q.prompt());
                group.setItems(q.options());
                group.setItemLabelGenerator(PresentedQuestion.Choice::text);
                if (saved instanceof Answer.Choice(String id)) {
                    q.options().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(group::setValue);
                }
                group.addValueChangeListener(e -> onAnswer.accept(new Answer.Choice(e.getValue() == null ? null : e.getValue().id())));
                yield group;
            }
            case TRUE_FALSE -> {
                RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(q.prompt());
                group.setItems(true, false);
                group.setItemLabelGenerator(b -> b ? "True" : "False");
                if (saved instanceof Answer.TrueFalse(boolean value)) {
                    group.setValue(value);
                }
                group.addValueChangeListener(e -> onAnswer.accept(new Answer.TrueFalse(e.getValue())));
                yield group;
            }
            case MULTIPLE_RESPONSE -> {
                CheckboxGroup<PresentedQuestion.Choice> group = new CheckboxGroup<>(q.prompt());
                group.setItems(q.options());
                group.setItemLabelGenerator(PresentedQuestion.Choice::text);
                if (saved instanceof Answer.MultipleResponse(Set<String> ids)) {
                    group.setValue(q.options().stream().filter(o -> ids.contains(o.id())).collect(Collectors.toSet()));
                }
                group.addValueChangeListener(e -> onAnswer.accept(new Answer.MultipleResponse(
                        e.getValue().stream().map(PresentedQuestion.Choice::id).collect(Collectors.toSet()))));
                yield group;
            }
            case CLASSIFICATION -> classification(q, saved, onAnswer);
            case ORDERING -> new OrderingInput(q, saved, onAnswer);
            case WRITTEN -> {
                TextArea text = new TextArea(q.prompt());
                text.setWidthFull();
                text.setMinHeight("8em");
                text.setMaxLength(PresentedQuestion.MAX_WRITTEN_LENGTH);
                text.setHelperText(q.maxRubricPoints() > 0 ? "Graded by your supervisor (" + q.maxRubricPoints() + " points)." : "");
                if (saved instanceof Answer.Written(String value)) {
                    text.setValue(value);
                }
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(1500);
                text.addValueChangeListener(e -> onAnswer.accept(new Answer.Written(e.getValue())));
                yield text;
            }
        };
    }

    private Component classification(PresentedQuestion q, Answer saved, java.util.function.Consumer<Answer> onAnswer) {
        Div box = new Div();
        // The selects belong together: screen readers announce the prompt when entering the group.
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", q.prompt());
        box.add(new Paragraph(q.prompt()));
        Map<String, String> placements = new HashMap<>();
        if (saved instanceof Answer.Classification(Map<String, String> p)) {
            placements.putAll(p);
        }
        for (PresentedQuestion.Choice item : q.items()) {
            Select<PresentedQuestion.Choice> select = new Select<>();
            select.setLabel(item.text());
            select.setItems(q.categories());
            select.setItemLabelGenerator(PresentedQuestion.Choice::text);
            select.setPlaceholder("Choose a category");
            select.setWidthFull();
            q.categories().stream().filter(c -> c.id().equals(placements.get(item.id()))).findFirst().ifPresent(select::setValue);
            select.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    placements.remove(item.id());
                } else {
                    placements.put(item.id(), e.getValue().id());
                }
                onAnswer.accept(new Answer.Classification(placements));
            });
            box.add(select);
        }
        return box;
    }

    private static Button primary(String text, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
