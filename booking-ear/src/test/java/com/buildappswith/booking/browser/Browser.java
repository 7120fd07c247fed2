package com.buildappswith.booking.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("booking.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("booking.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", key -> new Browser(startChromium()),
                Browser.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
        if (browser != null) {
            browser.driver.quit();
        }
    }
}
