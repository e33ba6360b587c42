package org.lessons.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium signed in to the running application. It drives Debian's own {@code chromium} through
 * its {@code chromedriver}, named by path so that Selenium Manager never looks for (or downloads) a browser.
 * Waits are on what a user would see, never on a fixed time.
 */
public final class BrowserSession implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;

    public BrowserSession(int port) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver); .ci/run installs them.");
        }
        try {
            downloads = Files.createTempDirectory("lessons-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // headless Chromium only saves downloads where it is told to, through the DevTools protocol
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        baseUrl = "http://localhost:" + port + "/";
        resize(1366, 768);
    }

    public void signIn(String user, String password) {
        open("login");
        WebElement name = waitFor(By.cssSelector("vaadin-login-form input[name=username]"));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(password, Keys.ENTER);
        waitFor(By.cssSelector("vaadin-side-nav"));
    }

    /** Opens a path of the application, such as {@code "library"} or {@code "?q=jit"}, and waits for Vaadin. */
    public void open(String path) {
        driver.get(baseUrl + path);
        waitUntilIdle();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public WebElement waitFor(By locator) {
        return until(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Scrolls the element into view, as a reader would, and waits until it can be seen. */
    public WebElement scrollTo(By locator) {
        WebElement element =
                until(d -> d.findElements(locator).stream().findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return waitFor(locator);
    }

    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Waits until the browser has no request to the server in flight, so the page shows the answer. */
    public void waitUntilIdle() {
        until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive()))"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void back() {
        driver.navigate().back();
        waitUntilIdle();
    }

    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The first file that appears, complete, in the download folder. */
    public Path downloaded() {
        return until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Saves what the browser shows. Screenshots go to {@code target/screenshots}, or to the folder named by the
     * {@code screenshots.dir} system property ({@code -Dscreenshots.dir=docs/screenshots} refreshes the README's).
     */
    public void screenshot(String name) {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        // Vaadin's loading bar fades out after the answer has arrived; the picture should show the answer alone
        until(d ->
                d.findElements(By.cssSelector(".v-loading-indicator")).stream().noneMatch(WebElement::isDisplayed));
        try {
            Files.createDirectories(folder);
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    folder.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
