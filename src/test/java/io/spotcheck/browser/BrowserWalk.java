package io.spotcheck.browser;

import io.spotcheck.audit.AuditedDecisions;
import io.spotcheck.boot.SpotcheckApplication;
import io.spotcheck.casefile.CaseReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser walks share: the service on a real port and its beans, one Chromium per walk class (started before
 * its first walk, reset before each, closed after its last), and the steps a user takes (find, type, choose, sign in)
 * and the language checks. Each walk class names an H2 database of its own ({@code @TestPropertySource}), so it gets
 * a service of its own, and holds a lock of its own: the walks run beside the other tests, as they wait mostly on
 * Chromium and the others on the processor.
 */
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Execution(ExecutionMode.CONCURRENT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserWalk {

    static final Path SAMPLES = Path.of("samples/plan").toAbsolutePath();

    @LocalServerPort
    int port;
    @Autowired
    AuditedDecisions decisions;
    @Autowired
    CaseReader reader;
    @Autowired
    io.spotcheck.register.ResultsImport results;
    @Autowired
    io.spotcheck.audit.AuditWriter writer;
    @Autowired
    io.spotcheck.audit.AuditLog log;

    /** This class's Chromium, reset before each walk. */
    protected Browser browser;

    @BeforeAll
    void chromium() throws Exception {
        Browser.requireInstalled();
        browser = Browser.open(port);
    }

    @BeforeEach
    void reset() throws Exception {
        chineseSeen.clear();
        try {
            browser.reset();
        } catch (RuntimeException stuck) {
            browser.close();
            browser = Browser.open(port);
        }
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    protected WebElement find(String css) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    protected void type(String id, String text) {
        WebElement input = browser.driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void choose(String id, String value) {
        new Select(browser.driver.findElement(By.id(id))).selectByValue(value);
    }

    /**
     * Types, on the open case form, a producer's kettle that failed a municipal check on a safety item (the notice
     * received 2027-03-02): a case that must be filed. {@code asOf} as the officer would write it.
     */
    protected void typeKettleCase(String caseRef, String asOf) {
        type("f-caseRef", caseRef);
        type("f-asOf", asOf);
        type("f-firm-uscc", "91310112MA1GBUL01W");
        type("f-firm-name", "上海闵电厨房电器有限公司");
        choose("f-firm-district", "闵行区");
        choose("f-firm-role", "PRODUCER");
        type("f-spotChecks-0-year", "2027");
        choose("f-spotChecks-0-level", "MUNICIPAL");
        type("f-spotChecks-0-categoryCode", "DR-03");
        choose("f-spotChecks-0-result", "FAIL");
        type("f-spotChecks-0-failedItems-0-item", "对触及带电部件的防护");
        type("f-spotChecks-0-failedItems-0-standard", "GB 4706.19-2008");
        type("f-spotChecks-0-noticeReceived", "2027-03-02");
    }

    /** Signs in with the keyboard only: name, Tab, password, Enter. */
    protected void signIn(String user, String password) {
        browser.go("/login");
        WebElement name = find("#username");
        name.sendKeys(user, Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(password, Keys.ENTER);
    }

    /** An English word: four or more lower-case ASCII letters in a row (issue 14). */
    static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("[a-z]{4,}");

    /** No English word in what a Chinese reader sees, outside codes and names (product, Excel, files, users). */
    protected void assertChineseOnly(String where) {
        String text = browser.visibleText().replace("Spotcheck", "").replace("Excel", "")
                .replaceAll("[\\w.-]+\\.(csv|xlsx)", "")
                .replaceAll("\\b(officer|planner|auditor|admin)\\b", ""); // the tests' user names
        java.util.regex.Matcher english = ENGLISH_WORD.matcher(text);
        if (english.find()) {
            throw new AssertionError(where + " shows English: …" + text.substring(Math.max(0, english.start() - 60),
                    Math.min(text.length(), english.end() + 60)).replaceAll("\\s+", " ") + "…");
        }
    }

    /** Han characters: Chinese. */
    static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("\\p{IsHan}+");

    /** What an English page may show in Chinese: names (firms, products, people, plans), addresses, legal citations. */
    static final String CHINESE_ALLOWED = ".name, .address, .citation";

    /** Pages of the English walk that showed Chinese, each with every place it did. */
    protected final java.util.List<String> chineseSeen = new java.util.ArrayList<>();

    /** No Chinese in what an English reader sees, outside codes, names, addresses and legal citations (issue 14). */
    protected void assertEnglishOnly(String where) {
        // what the reader typed is quoted ("对触及带电部件的防护"): the reader's own words, not the page's
        String text = browser.visibleText(CHINESE_ALLOWED).replaceAll("\"[^\"]*\"|“[^”]*”", "\"…\"");
        java.util.regex.Matcher chinese = CHINESE.matcher(text);
        java.util.Set<String> runs = new java.util.LinkedHashSet<>();
        while (chinese.find()) {
            if (runs.add(chinese.group()) && runs.size() <= 8) {
                chineseSeen.add(where + ": …" + text.substring(Math.max(0, chinese.start() - 30),
                        Math.min(text.length(), chinese.end() + 30)).replaceAll("\\s+", " ") + "…");
            }
        }
    }

    /** Signs in on the English pages: the language chosen on the sign-in page is kept (a cookie). */
    protected void signInEnglish(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        browser.go("/login?lang=en");
        find("#username");
        signIn(user, password);
        find("#main h1");
    }
}
