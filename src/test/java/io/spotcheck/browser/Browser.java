package io.spotcheck.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver (never Selenium Manager: no downloads). Outside CI a
 * machine without them skips the browser tests; in CI (which installs them) their absence fails.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    final Path downloads;
    private final String base;

    private Browser(ChromeDriver driver, Path downloads, String base) {
        this.driver = driver;
        this.downloads = downloads;
        this.base = base;
        // Checked every 25 ms, not Selenium's default 500 ms: most waits (a resized window, the next page) are over
        // in a few milliseconds, and the walks wait on one about a hundred times.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(25));
    }

    static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "no /usr/bin/chromium and /usr/bin/chromedriver on this machine");
    }

    static Browser open(int port) throws IOException {
        Path profile = Files.createTempDirectory("spotcheck-chromium");
        Path downloads = Files.createTempDirectory("spotcheck-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), downloads, "http://localhost:" + port);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /**
     * The browser as a new user finds it, without starting another Chromium (about a second and a half each): no
     * cookies (session, language), nothing in the site's storage, no downloads, the wide window, a blank page.
     */
    void reset() throws IOException {
        go("/login");
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        try (var files = Files.list(downloads)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
    }

    /** Saves the page at 1280 px and at 390 px wide, and checks the narrow page does not scroll sideways. */
    void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : List.of(1280, 390)) {
            driver.manage().window().setSize(new Dimension(width, width == 1280 ? 1000 : 844));
            wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue()
                    <= width);
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            long overflow = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            if (overflow > 0) {
                throw new AssertionError(name + " scrolls sideways by " + overflow + " px at " + width + " px");
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /**
     * The text a reader sees, outside {@code <code>}, {@code <pre>}, the language switch, the signed-in user's name
     * and closed details.
     */
    String visibleText() {
        return visibleText("");
    }

    /** The same, also leaving out what {@code skip} selects (for an English page: names, addresses, citations). */
    String visibleText(String skip) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                var out = [], skip = 'code, pre, script, style, #lang-en, #lang-zh, .user' + arguments[0];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  var node = walker.currentNode, el = node.parentElement;
                  if (el.closest(skip)) continue;
                  var details = el.closest('details');
                  if (details && !details.open && !el.closest('summary')) continue;
                  if (el.getClientRects().length === 0 && !el.closest('select')) continue;
                  out.push(node.textContent);
                }
                return out.join(' ');""", skip.isEmpty() ? "" : ", " + skip);
    }

    /** A PDF of the page as printed on A4, and its number of pages. */
    int printedA4Pages(String name) throws IOException {
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(options).getContent());
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (page.find()) {
            pages++;
        }
        return pages;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
