package org.peerpath.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.peerpath.content.ContentValidator;
import org.peerpath.content.QuestionDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second demo trainee fails an Empathy Sandwich quiz attempt, is told to wait, is allowed a retake by the org admin,
 * answers every question right (the written one is graded by the demo supervisor in the browser), passes and reads
 * the review. Before submitting, neither the page nor any server message the browser received holds the key.
 */
class QuizBrowserIT extends BrowserTest {

    static final String MODULE = "empathy-sandwich";
    static final Map<String, QuestionDefinition> KEY = ContentValidator.check(Path.of("course-content")).content()
            .module(MODULE).orElseThrow().questions().stream()
            .collect(Collectors.toMap(QuestionDefinition::id, Function.identity()));

    @Test
    void failWaitRetakePassAfterTheSupervisorGradesTheWrittenAnswer_withNoKeyInTheBrowserBeforeSubmission() {
        signIn("trainee2@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/courses"));
        driver.get(app.url("/courses/" + MODULE + "/quiz"));
        click(() -> buttonWithText("Start attempt 1"));
        wait.until(d -> !questionBoxes().isEmpty());
        Accessibility.check(driver, "quiz attempt");
        click(() -> buttonWithText("Submit answers"));
        click(() -> buttonWithText("Submit anyway"));  // every question is blank: the trainee is asked first
        wait.until(d -> text(By.className("quiz-result")).startsWith("Not passed"));
        Accessibility.check(driver, "quiz review");

        driver.get(app.url("/courses/" + MODULE + "/quiz"));
        wait.until(d -> text(By.className("quiz-status")).contains("You can start your next attempt in"));
        assertThat(buttonWithText("Start attempt 2")).isNull();

        switchTo("orgadmin@demo.peerpath.org", "/org/accommodations");
        click(() -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().strip().equals("Jordan Rivera")).findFirst().orElse(null));
        click(() -> buttonWithText("Allow a retake now"));
        wait.until(d -> d.getPageSource().contains("may start their next attempt without waiting"));
        Accessibility.check(driver, "/org/accommodations");

        switchTo("trainee2@demo.peerpath.org", "/courses/" + MODULE + "/quiz");
        recordServerMessages();
        click(() -> buttonWithText("Start attempt 2"));
        wait.until(d -> !questionBoxes().isEmpty());
        assertThat(text(By.cssSelector("[role='timer']"))).as("the trainee's clock").startsWith("Time left: ");
        List<String> asked = questionBoxes().stream().map(b -> b.getDomAttribute("id").substring("question-".length())).toList();
        assertThat(asked).hasSize(10).contains("q15");
        for (String id : asked) {
            answer(id, KEY.get(id));
        }
        assertNoKeyIn(driver.getPageSource() + String.join("\n", serverMessages()), asked);
        click(() -> buttonWithText("Submit answers"));
        wait.until(d -> text(By.className("quiz-result")).contains("waits for your supervisor"));

        switchTo("supervisor@demo.peerpath.org", "/review/grading");
        wait.until(d -> d.getPageSource().contains("Jordan Rivera · The Empathy Sandwich"));
        Accessibility.check(driver, "/review/grading");
        for (WebElement field : driver.findElements(By.cssSelector("vaadin-integer-field"))) {
            String label = field.getDomProperty("label");
            String max = label.replaceAll(".*\\(0 to (\\d+)\\)$", "$1");
            WebElement input = field.findElement(By.tagName("input"));
            input.sendKeys(max, Keys.TAB);
        }
        driver.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("All three layers, in your own warm words.");
        click(() -> buttonWithText("Save grade"));
        try {
            wait.until(d -> d.getPageSource().contains("Nothing waits for your grade."));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Grading did not finish; the page says: "
                    + driver.findElement(By.tagName("body")).getDomProperty("innerText"), e);
        }

        switchTo("trainee2@demo.peerpath.org", "/courses/" + MODULE + "/quiz");
        wait.until(d -> text(By.className("quiz-status")).equals("You passed this quiz."));
        click(() -> driver.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().strip().equals("Review attempt 2")).findFirst().orElse(null));
        wait.until(d -> text(By.className("quiz-result")).startsWith("Passed with 100%"));
        assertThat(driver.getPageSource()).contains("All three layers, in your own warm words.")
                .contains(KEY.get("q15").explanation());
    }

    private void answer(String id, QuestionDefinition q) {
        WebElement box = driver.findElement(By.id("question-" + id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        Map<String, String> options = q.options().stream().collect(Collectors.toMap(QuestionDefinition.Option::id, QuestionDefinition.Option::text));
        switch (q.type()) {
            case SINGLE_CHOICE, SCENARIO -> choose(id, "vaadin-radio-button", options.get(q.answer().getFirst()));
            case MULTIPLE_RESPONSE -> q.answer().forEach(a -> choose(id, "vaadin-checkbox", options.get(a)));
            case TRUE_FALSE -> choose(id, "vaadin-radio-button", q.answerTrue() ? "True" : "False");
            case WRITTEN -> box.findElement(By.tagName("textarea")).sendKeys(
                    "Validation: it makes sense you feel discouraged. Challenge: was there a time it went differently? "
                            + "Strengths: you kept going to meetings when it was hard.");
            case CLASSIFICATION -> {
                Map<String, String> labels = q.categories().stream()
                        .collect(Collectors.toMap(QuestionDefinition.Category::id, QuestionDefinition.Category::label));
                for (QuestionDefinition.Item item : q.items()) {
                    click(() -> driver.findElement(By.id("question-" + id)).findElements(By.tagName("vaadin-select")).stream()
                            .filter(s -> item.text().equals(s.getDomProperty("label"))).findFirst().orElse(null));
                    // Items of the open overlay's list, not the copy of the chosen item shown inside each select.
                    click(() -> driver.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                            .filter(WebElement::isDisplayed)
                            .filter(i -> i.getText().strip().equals(labels.get(item.category()))).findFirst().orElse(null));
                    wait.until(d -> d.findElement(By.id("question-" + id)).findElements(By.tagName("vaadin-select")).stream()
                            .filter(s -> item.text().equals(s.getDomProperty("label")))
                            .anyMatch(s -> s.getDomProperty("value") != null && !s.getDomProperty("value").isEmpty()
                                    && !Boolean.parseBoolean(s.getDomProperty("opened"))));
                }
            }
            case ORDERING -> {
                List<String> right = q.items().stream().map(QuestionDefinition.Item::text).toList();
                for (int target = 0; target < right.size(); target++) {
                    String text = right.get(target);
                    while (orderingTexts(id).indexOf(text) > target) {
                        int before = orderingTexts(id).indexOf(text);
                        click(() -> driver.findElement(By.id("question-" + id)).findElements(By.tagName("vaadin-button")).stream()
                                .filter(b -> ("Move up: " + text).equals(b.getDomAttribute("aria-label"))).findFirst().orElse(null));
                        wait.until(d -> orderingTexts(id).indexOf(text) == before - 1);
                        // The keyboard stays on the moved item (its Up button, or Down once it is at the top).
                        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                                "return document.activeElement && document.activeElement.getAttribute('aria-label')"))
                                .endsWith(": " + text));
                    }
                }
            }
        }
        wait.until(d -> "Saved".equals(d.findElement(By.id("question-" + id)).findElement(By.className("quiz-saved"))
                .getDomProperty("textContent")));
    }

    private void choose(String questionId, String tag, String label) {
        click(() -> driver.findElement(By.id("question-" + questionId)).findElements(By.tagName(tag)).stream()
                .filter(r -> label.equals(r.getDomProperty("label")) || label.equals(r.getDomProperty("textContent").strip()))
                .findFirst().orElse(null));
    }

    private List<String> orderingTexts(String questionId) {
        return driver.findElement(By.id("question-" + questionId)).findElements(By.cssSelector("li.ordering-item > span")).stream()
                .map(s -> s.getDomProperty("textContent").strip()).toList();
    }

    private List<WebElement> questionBoxes() {
        return driver.findElements(By.cssSelector("div.quiz-question[id^='question-']"));
    }

    private String text(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.isEmpty() ? "" : found.getFirst().getDomProperty("textContent").strip();
    }

    /** Keeps every response the Vaadin client receives from now on, until the page is left. */
    private void recordServerMessages() {
        ((JavascriptExecutor) driver).executeScript("""
                window.__serverMessages = [];
                const open = XMLHttpRequest.prototype.open;
                XMLHttpRequest.prototype.open = function() {
                    this.addEventListener('load', () => window.__serverMessages.push(this.responseText));
                    return open.apply(this, arguments);
                };
                const fetch0 = window.fetch;
                window.fetch = async function() {
                    const response = await fetch0.apply(this, arguments);
                    response.clone().text().then(t => window.__serverMessages.push(t));
                    return response;
                };
                """);
    }

    @SuppressWarnings("unchecked")
    private List<String> serverMessages() {
        List<String> messages = (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__serverMessages;");
        assertThat(messages).as("the recorder saw the attempt being loaded and answered").hasSizeGreaterThan(10);
        return new ArrayList<>(messages);
    }

    /** No explanation, per-option or per-item feedback, sample answer or key field of an asked question. */
    private static void assertNoKeyIn(String browserData, List<String> asked) {
        String data = browserData.replace("\\\"", "\"").replace("\\n", "\n");
        for (String id : asked) {
            QuestionDefinition q = KEY.get(id);
            if (q.explanation() != null) {
                assertThat(data).as("explanation of %s", id).doesNotContain(q.explanation());
            }
            q.options().stream().filter(o -> o.feedback() != null)
                    .forEach(o -> assertThat(data).as("feedback of %s/%s", id, o.id()).doesNotContain(o.feedback()));
            q.items().stream().filter(i -> i.feedback() != null)
                    .forEach(i -> assertThat(data).as("item feedback of %s/%s", id, i.id()).doesNotContain(i.feedback()));
            if (q.sampleAnswer() != null) {
                q.sampleAnswer().lines().map(String::strip).filter(l -> l.length() > 20)
                        .forEach(line -> assertThat(data).as("sample answer of %s", id).doesNotContain(line));
            }
        }
        assertThat(data).doesNotContain("answerTrue", "\"answer\":", "\"category\":", "sampleAnswer", "explanation\"");
    }
}
