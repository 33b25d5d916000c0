package org.peerpath.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (WCAG 2.1 A/AA rules) on the current page; serious and critical findings fail the test. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void check(WebDriver driver, String page) {
        // Legacy mode runs axe in the page itself. The default opens an about:blank window after every run and looks
        // for its handle at once, which races the browser on a busy machine ("switchToWindow failed" in CI). The
        // app has no iframes, which is the only thing the default mode checks in addition.
        Results results = new AxeBuilder()
                .setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.isErrored()).as("axe could not analyse %s: %s", page, results.getErrorMessage()).isFalse();
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        assertThat(blocking).as(() -> "Accessibility problems on " + page + ":\n" + blocking.stream()
                        .map(r -> "- [" + r.getImpact() + "] " + r.getId() + ": " + r.getHelp() + " at "
                                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
