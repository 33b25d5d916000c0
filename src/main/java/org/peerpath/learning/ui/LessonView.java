package org.peerpath.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.learning.LearningService;
import org.peerpath.learning.LessonPage;
import org.peerpath.learning.Progress;

import java.util.Optional;

/**
 * The lesson reader. {@code /courses/<module>} resumes where the trainee left off; {@code /courses/<module>/<lesson>}
 * opens that lesson of the module version the trainee is enrolled in.
 */
@Route("courses/:moduleId/:lessonId?")
@RolesAllowed("TRAINEE")
@AccessDeniedErrorRouter
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {


    private final LearningService learning;
    private String title = "Lesson | Peerpath";

    LessonView(LearningService learning) {
        this.learning = learning;
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElseThrow();
        Optional<String> lessonId = event.getRouteParameters().get("lessonId");
        try {
            if (lessonId.isEmpty()) {
                event.forwardTo(LessonView.class, parameters(moduleId, learning.resumeLesson(moduleId)));
                return;
            }
            show(learning.openLesson(moduleId, lessonId.get()));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(LessonPage page) {
        removeAll();
        // The module is the page heading (level 1, in the top bar), the lesson title is level 2 below it.
        title = page.moduleTitle() + " | Peerpath";
        add(contents(page), lesson(page));
    }

    private Nav contents(LessonPage page) {
        Nav nav = new Nav();
        nav.addClassName("lesson-contents");
        nav.getElement().setAttribute("aria-label", "Lessons in " + page.moduleTitle());
        RouterLink back = new RouterLink("All modules", MyLearningView.class);
        back.addClassName("lesson-back");
        Paragraph module = new Paragraph(page.moduleTitle());
        module.addClassName("lesson-contents-title");
        Paragraph progress = new Paragraph(page.lessonsRead() + " of " + page.lessonCount() + " lessons read");
        progress.addClassName("module-facts");

        UnorderedList list = new UnorderedList();
        for (LessonPage.Entry entry : page.contents()) {
            RouterLink link = new RouterLink(entry.title(), LessonView.class, parameters(page.moduleId(), entry.lessonId()));
            if (entry.lessonId().equals(page.lessonId())) {
                link.getElement().setAttribute("aria-current", "page");
            }
            ListItem item = new ListItem(link);
            if (entry.read()) {
                Span read = new Span(" (read)");
                read.addClassName("lesson-read-mark");
                item.add(read);
            }
            list.add(item);
        }
        // The quiz belongs to the assessment feature, which builds on this one: link to it by its route.
        Anchor quiz = new Anchor("courses/" + page.moduleId() + "/quiz", page.quizPassed() ? "Quiz: passed" : "Take the quiz");
        quiz.addClassName("lesson-quiz-step");
        list.add(new ListItem(quiz));
        nav.add(back, module, progress, list);
        return nav;
    }

    private Article lesson(LessonPage page) {
        Article article = new Article();
        article.addClassName("lesson");
        Paragraph where = new Paragraph("Lesson " + page.position() + " of " + page.lessonCount() + " · about "
                + page.minutes() + " minutes");
        where.addClassName("module-facts");

        Div body = new Div();
        body.addClassName("lesson-body");
        // Rendered at import with raw HTML escaped and URLs sanitised, so it is safe to insert as it is.
        body.getElement().setProperty("innerHTML", page.html());

        Div status = new Div();
        status.addClassName("lesson-status");
        if (page.read()) {
            status.add(new Paragraph(VaadinIcon.CHECK.create(), new Span(" You have read this lesson.")));
        } else {
            Button markRead = new Button("Mark as read", e -> {
                // Another tab may have changed the same progress record; say so instead of failing.
                if (FormErrors.of(java.util.Map.of()).attempt(() -> show(learning.markRead(page.moduleId(), page.lessonId())))) {
                    Notifications.success("Lesson marked as read.");
                }
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            status.add(markRead);
        }
        if (page.status() == Progress.Status.LESSONS_READ) {
            status.add(new Paragraph("You have read every lesson. Pass the quiz to complete the module."),
                    new Anchor("courses/" + page.moduleId() + "/quiz", "Go to the quiz"));
        } else if (page.status() == Progress.Status.COMPLETE) {
            status.add(new Paragraph("You have completed this module."));
        }

        Div pager = new Div();
        pager.addClassName("lesson-pager");
        if (page.previousLessonId() != null) {
            Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> go(page.moduleId(), page.previousLessonId()));
            previous.getElement().setAttribute("aria-label", "Previous: " + page.titleOf(page.previousLessonId()));
            pager.add(previous);
        }
        if (page.nextLessonId() != null) {
            Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> go(page.moduleId(), page.nextLessonId()));
            next.setIconAfterText(true);
            next.getElement().setAttribute("aria-label", "Next: " + page.titleOf(page.nextLessonId()));
            pager.add(next);
        }
        article.add(new H2(page.title()), where, body, status, pager);
        return article;
    }

    private void go(String moduleId, String lessonId) {
        getUI().ifPresent(ui -> ui.navigate(LessonView.class, parameters(moduleId, lessonId)));
    }

    private static RouteParameters parameters(String moduleId, String lessonId) {
        return new RouteParameters(java.util.Map.of("moduleId", moduleId, "lessonId", lessonId));
    }
}
