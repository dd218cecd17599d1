package rapport.system.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (Selenium Manager downloads nothing), with
 * a fresh profile and download folder that {@link #close()} deletes. One per test: its cookies are one user's session.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** poppler-utils' pdftotext, which reads the evidence PDF back. */
    static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 360;
    /** Where the pictures of the pages go, for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    /**
     * Fails when the browser (or pdftotext) is missing and {@code CI=true} (CI must not pass by skipping); elsewhere the console's
     * tests are skipped with what to install.
     */
    static void requireInstalled() {
        boolean installed = Stream.of(CHROMIUM, CHROMEDRIVER, PDFTOTEXT).allMatch(Files::isExecutable);
        String message = "the console's tests drive Debian's headless Chromium; install it with: "
                + "apt-get install -y chromium chromium-driver poppler-utils (./rapport test does, as root)";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as(message).isTrue();
        }
        Assumptions.assumeTrue(installed, message);
    }

    Browser() {
        requireInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("rapport-browser-");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-GB",
                "--window-size=" + DESKTOP_WIDTH + ",900", "--user-data-dir=" + profile.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-GB,en"));
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        // headless Chromium ignores the download preference unless told through DevTools too
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                downloads.toString()));
    }

    /** Opens {@code uri}; lands on Keycloak's login page when there is no session. */
    void open(URI uri) {
        driver.get(uri.toString());
    }

    /** On Keycloak's login page: types the user's name and password and presses Enter, as a person does. */
    void signInOnKeycloakPage(String username, String password) {
        WebElement user = await(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id("password"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void awaitUrlStartingWith(String prefix) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    String text(By locator) {
        return await(locator).getText();
    }

    boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Keys typed into whatever has the focus: the keyboard, no element picked by the test. */
    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void pressCtrlEnter() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Presses Tab until the element with {@code id} has the focus; fails after {@code limit} presses. */
    void tabTo(String id, int limit) {
        for (int i = 0; i < limit && !id.equals(focusedId()); i++) {
            type(Keys.TAB);
        }
        assertThat(focusedId()).as("focus after Tab, aiming for #%s", id).isEqualTo(id);
    }

    /**
     * The whole page at desktop width and at phone width, as {@code NAME.png} and {@code NAME-360.png} under
     * {@link #SCREENSHOTS}; the window is set back to desktop width.
     */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), capture(DESKTOP_WIDTH, false));
            Files.write(SCREENSHOTS.resolve(name + "-" + PHONE_WIDTH + ".png"), capture(PHONE_WIDTH, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page laid out {@code width} CSS pixels wide (as a phone when {@code mobile}), as tall as its content. */
    private byte[] capture(int width, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", mobile));
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", Math.min(height.intValue(), 8000), "deviceScaleFactor", 1, "mobile", mobile));
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** The file the last download wrote, once Chromium has finished writing it. */
    Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, WAIT.multipliedBy(2)).until(d -> { // the PDF is rendered on demand
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
                return done.isEmpty() ? null : done.get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the system cleans it up eventually
            }
        }
    }
}
