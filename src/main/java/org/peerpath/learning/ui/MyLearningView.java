package org.peerpath.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.content.Domain;
import org.peerpath.identity.AccountService;
import org.peerpath.identity.StaffMember;
import org.peerpath.learning.CatalogEntry;
import org.peerpath.learning.LearningService;
import org.peerpath.learning.Progress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** The trainee's home: their supervisor, the module catalog with their progress, and credited hours. */
@Route("courses")
@PageTitle("My learning | Peerpath")
@Menu(title = "My learning", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed("TRAINEE")
@AccessDeniedErrorRouter
public class MyLearningView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final LearningService learning;

    MyLearningView(AccountService accounts, LearningService learning) {
        this.accounts = accounts;
        this.learning = learning;
        addClassName("page");
    }

    /** Built on every visit, not once: the router reuses this view when it is opened again from itself. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffMember me = accounts.myProfile();
        add(new H2("Welcome, " + me.displayName()));
        add(new Paragraph(me.supervisorName() == null
                ? "You don't have a supervisor yet. Your organization's administrator assigns one."
                : "Your supervisor is " + me.supervisorName() + "."));

        add(new H2("Modules"));
        var catalog = learning.myCatalog();
        if (catalog.isEmpty()) {
            add(new Paragraph("No modules are published yet."));
        }
        Div list = new Div();
        list.addClassName("module-list");
        catalog.forEach(entry -> list.add(card(entry)));
        add(list);

        Map<Domain, BigDecimal> hours = learning.myEducationHoursByDomain();
        add(new H2("Education hours credited"));
        add(new Paragraph(hours.entrySet().stream()
                .map(e -> e.getKey().label() + " " + Format.hours(e.getValue()))
                .collect(Collectors.joining(" · "))
                + ". Hours are credited when you have read every lesson of a module and passed its quiz."));
    }

    private static Section card(CatalogEntry entry) {
        Section card = new Section();
        card.addClassName("module-card");
        card.add(new H3(entry.title()));
        card.add(new Paragraph(entry.summary()));

        Paragraph facts = new Paragraph(Format.hours(entry.contactHours()) + " hours · "
                + entry.domainHours().entrySet().stream()
                .map(e -> e.getKey().label() + " " + Format.hours(e.getValue()))
                .collect(Collectors.joining(", ")));
        facts.addClassName("module-facts");
        card.add(facts);
        if (!entry.prerequisiteTitles().isEmpty()) {
            Paragraph before = new Paragraph("Take first: " + String.join(", ", entry.prerequisiteTitles()));
            before.addClassName("module-facts");
            card.add(before);
        }

        String progressText = entry.lessonsRead() + " of " + entry.lessonCount() + " lessons read"
                + switch (entry.status()) {
                    case COMPLETE -> " · complete";
                    case LESSONS_READ -> " · quiz pending";
                    default -> "";
                };
        ProgressBar bar = new ProgressBar(0, Math.max(1, entry.lessonCount()), entry.lessonsRead());
        bar.getElement().setAttribute("aria-label", entry.title() + ": " + progressText);
        Span label = new Span(progressText);
        label.addClassName("module-progress-label");
        card.add(bar, label);

        String action = switch (entry.status()) {
            case NOT_STARTED -> "Start";
            case IN_PROGRESS -> "Continue";
            case LESSONS_READ, COMPLETE -> "Review";
        };
        Button open = new Button(action, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LessonView.class,
                new RouteParameters("moduleId", entry.moduleId()))));
        open.getElement().setAttribute("aria-label", action + ": " + entry.title());
        if (!"Review".equals(action)) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Div actions = new Div(open);
        if (entry.status() == Progress.Status.LESSONS_READ) {
            // The quiz belongs to the assessment feature, which builds on this one: link to it by its route.
            Anchor quiz = new Anchor("courses/" + entry.moduleId() + "/quiz", "Take the quiz");
            quiz.getElement().setAttribute("aria-label", "Take the quiz: " + entry.title());
            quiz.addClassName("module-quiz-link");
            actions.add(new Span(" "), quiz);
        }
        card.add(actions);
        return card;
    }
}
