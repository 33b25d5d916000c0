package org.peerpath.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo account signs in to the packaged application in a real browser, lands on its role's home with
 * that role's navigation, and signs out. Every page visited is checked with axe-core.
 */
class SignInBrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} lands on /{1}")
    @CsvSource({
            "trainee@demo.peerpath.org,    courses,   My learning,   Staff",
            "supervisor@demo.peerpath.org, review,    Review,        Organizations",
            "orgadmin@demo.peerpath.org,   org/staff, Staff,         My learning",
            "admin@demo.peerpath.org,      admin,     Organizations, Staff",
    })
    void eachDemoAccountSeesItsHomeAndNavigation_thenSignsOut(String email, String home, String offered, String notOffered) {
        driver.get(app.url("/login"));
        waitForLoginForm();
        assertThat(driver.getPageSource()).contains("Demo accounts").contains(email);
        Accessibility.check(driver, "/login");

        signIn(email, DEMO_PASSWORD);

        wait.until(d -> d.getCurrentUrl().endsWith("/" + home));
        List<String> navigation = wait.until(d -> {
            List<String> labels = d.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return labels.isEmpty() ? null : labels;
        });
        assertThat(navigation).contains(offered).doesNotContain(notOffered);
        Accessibility.check(driver, "/" + home + " as " + email);

        driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().contains("Sign out")).findFirst().orElseThrow().click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        driver.get(app.url("/" + home));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void homesShowTheDemoOrganizationsPeople() {
        signIn("orgadmin@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getPageSource().contains("Taylor Brooks") && d.getPageSource().contains("Sam Okafor"));

        driver.manage().deleteAllCookies();
        signIn("supervisor@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/review"));
        wait.until(d -> d.getPageSource().contains("Taylor Brooks") && d.getPageSource().contains("Jordan Rivera"));

        driver.manage().deleteAllCookies();
        signIn("admin@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getPageSource().contains("Demo Recovery Community Center"));
    }

    @Test
    void aWrongPasswordShowsAnErrorThatDoesNotRevealWhetherTheAccountExists() {
        signIn("trainee@demo.peerpath.org", "not the password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        String knownMessage = loginErrorMessage();

        signIn("nobody@demo.peerpath.org", "not the password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        String unknownMessage = loginErrorMessage();

        assertThat(knownMessage).contains("e-mail address or password is not right");
        assertThat(unknownMessage).isEqualTo(knownMessage);
        Accessibility.check(driver, "/login?error");
    }

    @Test
    void repeatedFailuresPauseSignInForThatAddress_withAClearMessage() {
        // An address without an account behaves exactly like one with an account.
        String address = "lockout-check@demo.peerpath.org";
        for (int i = 0; i < 5; i++) {
            signIn(address, "wrong guess " + i);
            wait.until(d -> d.getCurrentUrl().contains("error"));
        }
        signIn(address, "another guess");
        wait.until(d -> d.getCurrentUrl().contains("error"));

        assertThat(loginErrorMessage()).contains("Too many failed attempts").contains("15 minutes");
    }

    @Test
    void aTraineeOpeningAnAdminPageIsRefused() {
        signIn("trainee@demo.peerpath.org", DEMO_PASSWORD);
        wait.until(d -> d.getCurrentUrl().endsWith("/courses"));

        driver.get(app.url("/admin"));

        wait.until(d -> d.getPageSource().contains("You don't have access to this page"));
        assertThat(driver.getPageSource()).doesNotContain("Demo Recovery Community Center");
        Accessibility.check(driver, "/admin as trainee");
    }

    @Test
    void pagesAreServedWithAContentSecurityPolicyThatForbidsFramingAndForeignScripts() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/login"))).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());

        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // The policy must not break the app: this class's other tests sign in and navigate under it.
    }

    private void waitForLoginForm() {
        wait.until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty()
                && d.findElement(By.cssSelector("input[name='username']")).isDisplayed());
    }

    private String loginErrorMessage() {
        WebElement form = wait.until(d -> d.findElements(By.tagName("vaadin-login-form")).stream()
                .filter(f -> f.getDomAttribute("error") != null).findFirst().orElse(null));
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].i18n.errorMessage.message", form));
    }
}
