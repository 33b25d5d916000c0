package org.peerpath.e2e;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Headless Chromium through the system's chromedriver, so Selenium Manager never downloads anything.
 * A missing browser fails the tests with instructions instead of skipping them.
 */
final class Browser {

    private Browser() {
    }

    static WebDriver start() {
        File chromium = new File(env("PEERPATH_CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(env("PEERPATH_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: on Debian/Ubuntu "
                    + "'apt-get install chromium chromium-driver' (or set PEERPATH_CHROMIUM and PEERPATH_CHROMEDRIVER). "
                    + "Looked for " + chromium + " and " + driver + ".");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900",
                    // A fresh profile per browser, under target/ so that 'clean' removes it.
                    "--user-data-dir=" + Files.createTempDirectory(
                            Files.createDirectories(java.nio.file.Path.of("target", "chromium-profiles")), "profile"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return chrome;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
