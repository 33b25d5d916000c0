package org.peerpath.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo trainee opens the catalog, reads a lesson of every module in the browser, leaves,
 * and comes back to where they left off.
 */
class CourseReadingBrowserIT extends BrowserTest {

    @Test
    void traineeReadsALessonOfEveryModule_leaves_andResumesWhereTheyLeftOff() {
        signIn("trainee@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/courses"));
        List<String> modules = wait.until(d -> {
            List<String> titles = buttonLabels("Start: ");
            return titles.size() == 5 ? titles : null;
        });
        assertThat(modules).contains("Motivational interviewing", "The Empathy Sandwich");
        Accessibility.check(driver, "/courses");

        boolean firstLesson = true;
        for (String module : modules) {
            click(() -> button("Start: " + module));
            wait.until(d -> d.getCurrentUrl().contains("/courses/"));
            wait.until(d -> buttonWithText("Mark as read"));
            assertThat(lessonText()).hasSizeGreaterThan(500);
            if (firstLesson) {
                Accessibility.check(driver, driver.getCurrentUrl());
                firstLesson = false;
            }
            click(() -> buttonWithText("Mark as read"));
            wait.until(d -> d.getPageSource().contains("You have read this lesson."));
            driver.get(app.url("/courses"));
            wait.until(d -> d.getCurrentUrl().endsWith("/courses"));
        }

        // Every module now shows its progress and offers to continue.
        wait.until(d -> buttonLabels("Continue: ").size() == 5);
        assertThat(driver.getPageSource()).contains("1 of ");

        // Read on in the first module, leave, and come back: the reader resumes at the lesson last opened.
        String module = modules.getFirst();
        click(() -> button("Continue: " + module));
        click(() -> buttonWithText("Next"));
        wait.until(d -> buttonWithText("Mark as read") != null);
        String secondLessonUrl = driver.getCurrentUrl();
        String secondLessonTitle = lessonTitle();

        driver.get(app.url("/courses"));
        wait.until(d -> !buttonLabels("Continue: ").isEmpty());
        click(() -> button("Continue: " + module));

        wait.until(d -> d.getCurrentUrl().equals(secondLessonUrl));
        assertThat(lessonTitle()).isEqualTo(secondLessonTitle);
    }

    private List<String> buttonLabels(String prefix) {
        return driver.findElements(By.tagName("vaadin-button")).stream()
                .map(b -> b.getDomAttribute("aria-label"))
                .filter(label -> label != null && label.startsWith(prefix))
                .map(label -> label.substring(prefix.length()))
                .toList();
    }

    private WebElement button(String ariaLabel) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> ariaLabel.equals(b.getDomAttribute("aria-label"))).findFirst().orElse(null));
    }

    private String lessonTitle() {
        return wait.until(d -> {
            String title = String.valueOf(d.findElement(By.cssSelector("article.lesson h2")).getDomProperty("textContent")).strip();
            return title.isEmpty() ? null : title;
        });
    }

    private String lessonText() {
        return driver.findElement(By.cssSelector(".lesson-body")).getText();
    }
}
