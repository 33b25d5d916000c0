package org.peerpath.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo trainee logs three entries (the PHI guard catches a phone number first) and submits them; the demo
 * supervisor returns one with a comment and signs the other two with their password; the trainee sees the
 * return and the locked entries, and the PDF hours report lists the signed entries.
 */
class PracticeBrowserIT extends BrowserTest {

    static final String COMMENT = "This was group time; please change the activity.";

    @Test
    void logSubmitReturnSignAndExport() throws Exception {
        signIn("trainee@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/courses"));
        driver.get(app.url("/practice"));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-time-picker")).isEmpty());
        Accessibility.check(driver, "/practice");

        fillEntry("06:00", "Advocacy", "One-to-one coaching", "Emergency department",
                "Met a participant in the ED and left my number; asked them to call 555-201-3344 tomorrow.");
        click(() -> buttonWithText("Save draft"));
        wait.until(d -> d.findElements(By.cssSelector(".phi-warning mark")).stream()
                .anyMatch(m -> m.getText().contains("555-201-3344")));
        assertThat(noteField().getDomProperty("value")).contains("555-201-3344");
        Accessibility.check(driver, "/practice with the PHI warning");
        setNote("Met a participant in the ED after an overdose and agreed on a follow-up call through the hospital team.");
        click(() -> buttonWithText("Save draft"));
        wait.until(d -> gridText().contains("Emergency") || gridText().contains("Advocacy"));

        fillEntry("08:00", "Mentoring/Education", "One-to-one coaching", "Recovery community organization",
                "Co-facilitated the evening recovery group and practised open questions.");
        click(() -> buttonWithText("Save draft"));
        wait.until(d -> gridRows() == 2);
        fillEntry("10:00", "Recovery/Wellness Support", "Resource linking and navigation", "Community or street",
                "Helped a participant find a food pantry and a peer-run drop-in centre.");
        click(() -> buttonWithText("Save draft"));
        wait.until(d -> gridRows() == 3);

        click(() -> driver.findElement(By.cssSelector("vaadin-grid")).findElements(By.cssSelector("vaadin-checkbox")).stream()
                .filter(c -> c.getDomAttribute("aria-label") != null && c.getDomAttribute("aria-label").contains("Select All")).findFirst()
                .orElse(driver.findElement(By.cssSelector("vaadin-grid vaadin-checkbox"))));
        click(() -> buttonWithText("Submit selected drafts for sign-off"));
        wait.until(d -> gridText().split("Waiting for sign-off", -1).length - 1 == 3);

        switchTo("supervisor@demo.peerpath.org", "/review");
        wait.until(d -> d.findElements(By.cssSelector(".review-entry")).size() == 3);
        Accessibility.check(driver, "/review");
        click(() -> driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getDomAttribute("aria-label") != null && b.getDomAttribute("aria-label").contains("08:00")).findFirst().orElse(null));
        WebElement comment = wait.until(d -> d.findElements(By.cssSelector(".review-entry vaadin-text-area textarea")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        comment.sendKeys(COMMENT);
        click(() -> buttonWithText("Return to trainee"));
        wait.until(d -> d.findElements(By.cssSelector(".review-entry")).size() == 2);
        for (WebElement box : driver.findElements(By.cssSelector(".review-entry vaadin-checkbox input"))) {
            click(() -> box);
        }
        click(() -> buttonWithText("Sign selected entries…"));
        WebElement password = wait.until(d -> d.findElements(By.cssSelector("vaadin-password-field input")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        Accessibility.check(driver, "/review sign dialog");
        // Enter signs, as in any password form.
        password.sendKeys(DEMO_PASSWORD, Keys.ENTER);
        wait.until(d -> d.getPageSource().contains("Nothing is waiting for your sign-off."));

        switchTo("trainee@demo.peerpath.org", "/practice");
        wait.until(d -> gridText().contains("Returned: " + COMMENT));
        assertThat(gridText().split("Signed by Sam Okafor", -1).length - 1).isEqualTo(2);
        // Exactly the two signed entries are locked; only the returned one (08:00) can still be edited, and none deleted.
        assertThat(driver.findElements(By.cssSelector("vaadin-grid .locked"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("vaadin-grid vaadin-button")).stream()
                .map(b -> b.getDomAttribute("aria-label")).filter(Objects::nonNull)
                .filter(label -> label.startsWith("Edit ") || label.startsWith("Delete ")).toList())
                .singleElement().satisfies(label -> assertThat(label).startsWith("Edit the entry of").endsWith(" 08:00"));

        String href = wait.until(d -> d.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().strip().equals("Hours report (PDF)")).map(a -> a.getDomProperty("href")).findFirst().orElse(null));
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Taylor Brooks", "Signed entries", "Sam Okafor", "follow-up call", "food pantry")
                    .doesNotContain("555-201-3344")
                    .as("the returned entry is not signed, so the board's report does not list it")
                    .doesNotContain("open questions");
            assertThat(text.replaceAll("\\s+", " ")).contains("food pantry").doesNotContain("practised open questions");
        }
    }

    private void fillEntry(String start, String domain, String activity, String setting, String note) {
        WebElement time = driver.findElement(By.cssSelector("vaadin-time-picker input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), start, Keys.ENTER);
        choose("IC&RC domain", domain);
        choose("Activity", activity);
        choose("Setting", setting);
        setNote(note);
    }

    private void choose(String label, String item) {
        click(() -> driver.findElements(By.tagName("vaadin-select")).stream()
                .filter(s -> label.equals(s.getDomProperty("label"))).findFirst().orElse(null));
        click(() -> driver.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed).filter(i -> i.getText().strip().equals(item)).findFirst().orElse(null));
        wait.until(d -> d.findElements(By.tagName("vaadin-select")).stream()
                .filter(s -> label.equals(s.getDomProperty("label")))
                .anyMatch(s -> !Boolean.parseBoolean(s.getDomProperty("opened"))));
    }

    private WebElement noteField() {
        return driver.findElements(By.cssSelector("vaadin-text-area")).stream()
                .filter(t -> "Reflection (de-identified)".equals(t.getDomProperty("label"))).findFirst().orElseThrow()
                .findElement(By.tagName("textarea"));
    }

    private void setNote(String text) {
        WebElement note = noteField();
        note.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        note.sendKeys(text, Keys.TAB);
    }

    private String gridText() {
        return driver.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                .map(c -> c.getDomProperty("textContent")).collect(Collectors.joining(" | "));
    }

    private int gridRows() {
        List<WebElement> cells = driver.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content"));
        return (int) cells.stream().map(c -> c.getDomProperty("textContent").strip()).filter(t -> t.equals("Draft")).count();
    }
}
