package org.peerpath.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo org admin reviews the ready demo trainee's evidence and issues a certificate, downloads its PDF, and the
 * public verification page shows it valid without signing in; after revocation it shows it revoked.
 */
class CertificationBrowserIT extends BrowserTest {

    @Test
    void issueDownloadVerifyRevokeVerify() throws Exception {
        // The dashboard: charts drawn as bars, the eligible trainee found by name, her record one click away.
        switchTo("orgadmin@demo.peerpath.org", "/org/staff");
        wait.until(d -> cellTexts().contains("Casey Nguyen") && cellTexts().contains("Eligible for review"));
        Object barLayout = ((JavascriptExecutor) driver).executeScript(
                "const r = document.querySelector('.bar-row'); return r && getComputedStyle(r).display;");
        assertThat(barLayout).as("the stylesheet lays chart rows out as label, bar, value").isEqualTo("grid");
        Accessibility.check(driver, "/org/staff");
        WebElement search = driver.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(f -> "Search by name".equals(f.getDomProperty("label"))).findFirst().orElseThrow();
        search.findElement(By.tagName("input")).sendKeys("Casey");
        wait.until(d -> Long.valueOf(1).equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-grid').size;")));
        click(() -> driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(WebElement::isDisplayed).filter(a -> a.getText().strip().equals("Open")).findFirst().orElse(null));
        wait.until(d -> d.getCurrentUrl().contains("/org/certifications/"));
        wait.until(d -> text(".certification-status").startsWith("Casey Nguyen: Eligible for review · 100%"));
        Accessibility.check(driver, "/org/certifications");
        click(() -> buttonWithText("Issue certificate"));
        wait.until(d -> d.getPageSource().contains("Certificate issued to Casey Nguyen"));
        String code = wait.until(d -> d.findElements(By.tagName("p")).stream().map(p -> p.getDomProperty("textContent"))
                .filter(t -> t.startsWith("Code ")).map(t -> t.substring(5, 29)).findFirst().orElse(null));
        assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}");

        String href = driver.findElements(By.tagName("a")).stream().filter(a -> a.getText().strip().equals("Certificate (PDF)"))
                .map(a -> a.getDomProperty("href")).findFirst().orElseThrow();
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Casey Nguyen", code, "/verify/" + code,
                    "Demo Recovery Community Center");
        }

        driver.manage().deleteAllCookies();
        driver.get(app.url("/verify/" + code));
        wait.until(d -> text(".verify-state").equals("Valid"));
        assertThat(driver.getPageSource()).contains("Holder: Casey Nguyen");
        Accessibility.check(driver, "/verify/{code}");
        driver.get(app.url("/verify/AAAA-BBBB-CCCC-DDDD-EEEE"));
        wait.until(d -> d.getPageSource().contains("No certificate has this code."));
        assertThat(driver.getPageSource()).doesNotContain("Casey Nguyen");

        // The trainee picker pages from the server as one types; the keyboard picks the one match.
        switchTo("orgadmin@demo.peerpath.org", "/org/certifications");
        WebElement picker = wait.until(d -> d.findElements(By.tagName("vaadin-combo-box")).stream()
                .filter(f -> "Trainee".equals(f.getDomProperty("label"))).findFirst().orElse(null));
        picker.findElement(By.tagName("input")).sendKeys("Casey Nguyen");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].opened && !arguments[0].loading && arguments[0].filteredItems.length === 1;", picker)));
        picker.findElement(By.tagName("input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> text(".certification-status").startsWith("Casey Nguyen: Certified"));
        WebElement reason = wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field")).stream()
                .filter(f -> "Reason for revoking".equals(f.getDomProperty("label"))).findFirst().orElse(null));
        reason.findElement(By.tagName("input")).sendKeys("Issued to the wrong person in this demo");
        click(() -> buttonWithText("Revoke certificate"));
        click(() -> buttonWithText("Revoke"));  // the confirmation dialog
        wait.until(d -> d.getPageSource().contains("Certificate revoked."));

        driver.manage().deleteAllCookies();
        driver.get(app.url("/verify/" + code));
        wait.until(d -> text(".verify-state").startsWith("Revoked on "));
    }

    private String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomProperty("textContent").strip()).findFirst().orElse("");
    }

    private java.util.List<String> cellTexts() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(c -> c.getDomProperty("textContent").strip())
                .toList();
    }
}
