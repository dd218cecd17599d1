package rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The answer page in a real browser: Debian's headless Chromium, driven by Selenium. Fails (never
 * skips) when the browser is missing.
 */
@QuarkusTest
class SurveyPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TEAM = Fixtures.team("browser");

    @TestHTTPResource("/")
    URL base;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("this test drives Debian's headless Chromium; install it with: "
                        + "apt-get install -y chromium chromium-driver")
                .isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("survey-browser-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=390,844",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Pictures of the page at phone width under target/screenshots, for a person to look at. */
    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        org.openqa.selenium.Dimension phone = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(phone.getWidth(), 3200));
        Files.write(dir.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.manage().window().setSize(phone);
    }

    @Test
    void aCustomerAnswersInTheBrowserAndASecondVisitSaysAlreadyAnswered() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Browser Customer", null, true);
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        String page = base.toString().replaceAll("/$", "") + "/s/" + token;

        browser.get(page);
        assertThat(browser.getTitle()).isEqualTo("How did we do?");
        screenshot("survey-form");
        browser.findElement(By.cssSelector("label[for=csat-4]")).click();
        browser.findElement(By.cssSelector("label[for=nps-9]")).click();
        browser.findElement(By.cssSelector("label[for=ces-6]")).click();
        browser.findElement(By.cssSelector("label[for=responsiveness-5]")).click();
        browser.findElement(By.id("comment")).sendKeys("Answered <b>in</b> a real browser");
        assertThat(browser.findElement(By.id("csat-4")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // the click returns before the next page has loaded: wait for it (a busy machine takes a while)
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("Thank you"));
        screenshot("survey-thanks");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you!");
        assertThat(Fixtures.string("select csat || '/' || nps || '/' || ces || '/' || rater_responsiveness || '/' "
                + "|| comment from survey_response where customer_id = ?", customer))
                .isEqualTo("4/9/6/5/Answered <b>in</b> a real browser");

        browser.get(page);
        assertThat(browser.getTitle()).isEqualTo("Already answered");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("This survey has already been answered");
    }
}
