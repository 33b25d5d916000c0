package org.peerpath.learning.ui;

import org.peerpath.testsupport.ViewTestWithContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentCatalog;
import org.peerpath.identity.Role;
import org.peerpath.learning.LearningService;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LearningViewsTest extends ViewTestWithContent {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalog content;

    @Test
    @SignedInAs(Role.TRAINEE)
    void catalogShowsEveryModuleWithProgressAndStartsAModule() {
        navigate(MyLearningView.class);

        assertThat($(ProgressBar.class).all()).hasSize(5).allSatisfy(bar ->
                assertThat(bar.getElement().getAttribute("aria-label")).endsWith("0 of " + (int) bar.getMax() + " lessons read"));
        assertThat($(Button.class).withText("Start").all()).hasSize(5);
        assertThat($(Span.class).withText("0 of 6 lessons read").exists()).isTrue();

        test($(Button.class).withAriaLabel("Start: Foundations of peer recovery coaching").single()).click();

        assertThat(getCurrentView()).isInstanceOf(LessonView.class);
        assertThat($(H2.class).withText("The peer recovery coach role").exists()).isTrue();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void readerMarksLessonsReadMovesOnAndResumes() {
        navigate(LessonView.class, Map.of("moduleId", "foundations"));

        RouterLink current = $(RouterLink.class).withAttribute("aria-current", "page").single();
        assertThat(current.getHref()).isEqualTo("courses/foundations/the-coach-role");
        Div body = $(Div.class).withClassName("lesson-body").single();
        assertThat(body.getElement().getProperty("innerHTML")).contains("<h3>").contains("class=\"callout");
        assertThat($(Anchor.class).withText("Take the quiz").single().getHref()).isEqualTo("courses/foundations/quiz");
        assertThat($(Button.class).withText("Previous").exists()).isFalse();

        test($(Button.class).withText("Mark as read").single()).click();
        assertThat($(Button.class).withText("Mark as read").exists()).isFalse();
        assertThat($(Span.class).withText(" (read)").all()).hasSize(1);

        test($(Button.class).withText("Next").single()).click();
        assertThat($(RouterLink.class).withAttribute("aria-current", "page").single().getHref())
                .isEqualTo("courses/foundations/lived-experience");

        navigate(MyLearningView.class);
        assertThat($(Button.class).withAriaLabel("Continue: Foundations of peer recovery coaching").exists()).isTrue();
        assertThat($(Span.class).withText("1 of 5 lessons read").exists()).isTrue();

        navigate(LessonView.class, Map.of("moduleId", "foundations"));
        assertThat($(RouterLink.class).withAttribute("aria-current", "page").single().getHref())
                .isEqualTo("courses/foundations/lived-experience");
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void onceEveryLessonIsReadTheCatalogOffersTheQuiz() {
        navigate(MyLearningView.class);
        assertThat($(Anchor.class).withClassName("module-quiz-link").exists()).isFalse();

        content.latestModule("foundations").orElseThrow().lessonIds().forEach(id -> learning.markRead("foundations", id));
        navigate(MyLearningView.class);

        Anchor quiz = $(Anchor.class).withClassName("module-quiz-link").single();
        assertThat(quiz.getHref()).isEqualTo("courses/foundations/quiz");
        assertThat(quiz.getElement().getAttribute("aria-label")).isEqualTo("Take the quiz: Foundations of peer recovery coaching");
    }
}
