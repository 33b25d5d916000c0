package org.peerpath.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/** A fresh headless browser per test against the one packaged application of this test run. */
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "peerpath-demo";

    final PackagedApplication app = PackagedApplication.get();
    WebDriver driver;
    WebDriverWait wait;

    /** When a test fails, what the browser showed is kept in target/e2e-failures (before the browser closes). */
    @RegisterExtension
    final AfterTestExecutionCallback keepEvidence = context -> {
        if (context.getExecutionException().isPresent() && driver instanceof TakesScreenshot camera) {
            Path dir = Files.createDirectories(Path.of("target", "e2e-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Files.write(dir.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
        }
    };

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
        // Vaadin re-renders parts of the page after each action; a reference may go stale between look-up and use.
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    void signIn(String email, String password) {
        signIn(driver, wait, email, password);
    }

    /** Signs in with another browser than the test's own (tests with two people at once). */
    void signIn(WebDriver browser, WebDriverWait until, String email, String password) {
        browser.get(app.url("/login"));
        until.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty()
                && d.findElement(By.cssSelector("input[name='username']")).isDisplayed());
        WebElement username = browser.findElement(By.cssSelector("input[name='username']"));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("input[name='password']"));
        passwordField.clear();
        passwordField.sendKeys(password, Keys.ENTER);
    }

    /** Looks the element up and clicks it, retrying while the page re-renders; scrolls it clear of the sticky header first. */
    void click(Supplier<WebElement> element) {
        wait.until(d -> {
            WebElement target = element.get();
            if (target == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
            target.click();
            return true;
        });
    }

    WebElement buttonWithText(String text) {
        return driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(text)).findFirst().orElse(null);
    }

    /** Signs the current person out (by dropping the session) and signs {@code email} in, then opens {@code path}. */
    void switchTo(String email, String path) {
        driver.manage().deleteAllCookies();
        signIn(email, DEMO_PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(app.url(path));
    }
}
