package org.peerpath.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A colleague's account from start to end, in two browsers: the org admin invites them, they join through the
 * link, forget their password and set a new one with a reset link from the admin, and when the admin deactivates
 * them, the browser they are still signed in with is sent to the sign-in page at their next click.
 */
class AccountLifecycleBrowserIT extends BrowserTest {

    private WebDriver colleague;
    private WebDriverWait colleagueWait;

    @AfterEach
    void closeSecondBrowser() {
        if (colleague != null) {
            colleague.quit();
        }
    }

    @Test
    void inviteJoinResetPasswordAndDeactivate() {
        String name = "Robin Vale";
        String email = "robin.vale-" + System.nanoTime() + "@example.org";
        colleague = Browser.start();
        colleagueWait = new WebDriverWait(colleague, Duration.ofSeconds(30));
        colleagueWait.ignoring(StaleElementReferenceException.class);

        // The org admin invites the colleague and passes the link on.
        signIn("orgadmin@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get(app.url("/org/staff/manage"));
        click(() -> buttonWithText("Invite staff"));
        type(driver, wait, "Name", name);
        type(driver, wait, "E-mail address", email);
        click(() -> buttonWithText("Create invitation"));
        String invitation = oneTimeLink();
        assertThat(invitation).contains("/invitation/");
        Accessibility.check(driver, "/org/staff/manage with an invitation link");

        // The colleague joins and signs in.
        colleague.get(invitation);
        colleagueWait.until(d -> d.getPageSource().contains("Join Peerpath"));
        type(colleague, colleagueWait, "Choose a password", "first long passphrase");
        type(colleague, colleagueWait, "Repeat the password", "first long passphrase");
        clickButton(colleague, colleagueWait, "Create my account");
        colleagueWait.until(d -> d.getPageSource().contains("Your account is ready"));
        signIn(colleague, colleagueWait, email, "first long passphrase");
        colleagueWait.until(d -> d.getCurrentUrl().endsWith("/courses"));

        // They forget it; the admin creates a reset link.
        closeDialog();
        openManageDialog(name);
        click(() -> buttonWithText("Create a password reset link"));
        String reset = oneTimeLink();
        assertThat(reset).contains("/reset-password/");

        colleague.get(reset);
        colleagueWait.until(d -> d.getPageSource().contains("Choose a new password"));
        Accessibility.check(colleague, "/reset-password");
        type(colleague, colleagueWait, "New password", "second long passphrase");
        type(colleague, colleagueWait, "Repeat the new password", "second long passphrase");
        clickButton(colleague, colleagueWait, "Save my new password");
        colleagueWait.until(d -> d.getPageSource().contains("Password changed"));
        signIn(colleague, colleagueWait, email, "first long passphrase");
        colleagueWait.until(d -> d.getCurrentUrl().contains("error"));
        signIn(colleague, colleagueWait, email, "second long passphrase");
        colleagueWait.until(d -> d.getCurrentUrl().endsWith("/courses"));

        // The admin deactivates the account while the colleague is signed in.
        closeDialog();
        driver.navigate().refresh();
        openManageDialog(name);
        click(() -> buttonWithText("Deactivate account"));
        wait.until(d -> d.getPageSource().contains("can no longer sign in"));

        colleague.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .filter(i -> i.getText().contains("Practice log")).findFirst().orElseThrow().click();
        colleagueWait.until(d -> d.getCurrentUrl().contains("/login"));
        colleague.get(app.url("/practice"));
        colleagueWait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    private void openManageDialog(String name) {
        WebElement search = wait.until(d -> d.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(f -> "Search by name or e-mail".equals(f.getDomProperty("placeholder"))).findFirst().orElse(null));
        WebElement input = search.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.ENTER);
        // The lazy grid re-renders when the search changes: click again until the dialog is open.
        wait.until(d -> {
            if (buttonWithText("Create a password reset link") != null) {
                return true;
            }
            d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> ("Manage " + name).equals(b.getDomAttribute("aria-label"))).findFirst()
                    .ifPresent(b -> {
                        try {
                            b.click();
                        } catch (org.openqa.selenium.WebDriverException e) {
                            // re-rendered or covered meanwhile; the next round tries again
                        }
                    });
            return false;
        });
    }

    private void closeDialog() {
        click(() -> buttonWithText("Close"));
        wait.until(d -> d.findElements(By.tagName("vaadin-dialog-overlay")).stream().noneMatch(WebElement::isDisplayed));
    }

    private String oneTimeLink() {
        return wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field.one-time-url")).stream()
                .map(f -> f.getDomProperty("value")).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null));
    }

    private static void type(WebDriver browser, WebDriverWait until, String label, String text) {
        WebElement field = until.until(d -> d.findElements(By.cssSelector(
                        "vaadin-text-field, vaadin-email-field, vaadin-password-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed()).findFirst().orElse(null));
        WebElement input = field.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void clickButton(WebDriver browser, WebDriverWait until, String text) {
        until.until(d -> {
            WebElement button = d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().strip().equals(text)).findFirst().orElse(null);
            if (button == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            return true;
        });
    }
}
