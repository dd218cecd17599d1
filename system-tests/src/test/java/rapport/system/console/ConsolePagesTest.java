package rapport.system.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page of the console on the demo placement: axe-core finds no serious or critical accessibility violation on
 * any of them, and each is photographed at desktop and phone width (target/screenshots) for a person to look at and
 * for the README. They are those of {@link ConsoleSystem#PICTURES_TEAM}, which holds the placement and nothing the
 * other tests wrote.
 */
@Tag("console")
@ExtendWith(ConsoleSystem.class)
class ConsolePagesTest {

    private static final String HOME = "/teams/" + ConsoleSystem.PICTURES_TEAM;

    private final Accessibility accessibility = new Accessibility();

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() {
        try (Browser browser = ConsoleEndToEndTest.signedIn(ConsoleSystem.PICTURES_USER, HOME)) {
            visit(browser, "team-home", HOME);
            visit(browser, "log-a-contact", HOME + "/contacts/new");
            visit(browser, "customers", HOME + "/customers");
            visit(browser, "cases", HOME + "/cases?status=OPEN");

            browser.open(ConsoleSystem.page(HOME + "/cases?status=RESOLVED"));
            browser.await(By.partialLinkText("Complaint case")).click();
            browser.await(By.id("checklist"));
            seen(browser, "complaint-case");
            browser.driver.findElement(By.cssSelector("h1 a")).click();
            browser.await(By.cssSelector(".timeline"));
            seen(browser, "customer-journey");

            visit(browser, "feedback", HOME + "/feedback");
            visit(browser, "kpis", HOME + "/kpis");
            visit(browser, "improvements", HOME + "/improvements");
            browser.await(By.cssSelector("#improvements li:last-child a")).click(); // the demo's first action
            browser.await(By.id("before-after"));
            seen(browser, "improvement");
            visit(browser, "evidence", HOME + "/evidence");
            browser.await(By.id("preview")).click();
            browser.await(By.id("pack-preview"));
            seen(browser, "evidence-preview");

            browser.await(By.cssSelector("a.sign-out")).click();
            browser.awaitUrlStartingWith(ConsoleSystem.page("/signed-out").toString());
            seen(browser, "signed-out");
        }
        assertThat(accessibility.problems()).withFailMessage(() -> "serious or critical accessibility violations "
                + "(axe-core):\n" + String.join("\n", accessibility.problems())).isEmpty();
    }

    private void visit(Browser browser, String name, String path) {
        browser.open(ConsoleSystem.page(path));
        browser.await(By.tagName("h1"));
        seen(browser, name);
    }

    private void seen(Browser browser, String name) {
        accessibility.check(name, browser.driver);
        browser.screenshot(name);
    }
}
