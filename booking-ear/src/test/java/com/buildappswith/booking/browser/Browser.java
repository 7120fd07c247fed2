package com.buildappswith.booking.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A headless Debian Chromium for one test, handed to test methods as a parameter and closed after them. Chromium
 * and its driver come from Debian's packages, never from a download at test time.
 */
public final class Browser implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private final WebDriver driver;
    private final String baseUrl;
    private final Path screenshots;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.baseUrl = System.getProperty("booking.baseUrl", "http://localhost:8080/");
        this.screenshots = Path.of(System.getProperty("booking.screenshots", "target/screenshots"));
    }

    /** For {@code @ExtendWith}: JUnit needs a public no-argument constructor on the extension. */
    public Browser() {
        this(null);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path.replaceFirst("^/", ""));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebDriver startChromium() {
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("booking.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900");
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("booking.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    /** Each Browser parameter is its own browser, so a test can have two people at once. */
    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser-" + parameter.getIndex(),
                key -> new Browser(startChromium()), Browser.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (int index = 0; index < context.getRequiredTestMethod().getParameterCount(); index++) {
            Browser browser = context.getStore(NAMESPACE).remove("browser-" + index, Browser.class);
            if (browser != null) {
                browser.driver.quit();
            }
        }
    }

    /** Makes the page believe it runs in this zone, as a person's browser in that part of the world would. */
    public void emulateTimezone(String zone) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** The errors the page's console reported since the last call: failed scripts and resources. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public void click(String id) {
        clickAndWait(driver.findElement(By.id(id)));
    }

    public void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        // While a page unloads Chromium sometimes reports "node does not belong to the document" instead of
        // "stale element": both mean the old page is gone.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(driver -> {
            try {
                return ExpectedConditions.stalenessOf(page).apply(driver);
            } catch (WebDriverException e) {
                return true;
            }
        });
    }

    /** Clicks something that updates the page in place (ajax); follow with {@link #waitForText}. */
    public void clickInPlace(String id) {
        driver.findElement(By.id(id)).click();
    }

    public void select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits for the page to change after an ajax action, up to a few seconds. */
    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }
}
