package io.spotcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The officer's case pages in a real headless Chromium against the running service (loopback only): signing in,
 * the language switch, a case decided, every sample's decision in Chinese and in print, search and field problems;
 * a screenshot of every page at 1280 and 390 px under target/screenshots/.
 */
@ResourceLock("OfficerBrowserTest")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:officer-browser-test;DB_CLOSE_DELAY=-1")
class OfficerBrowserTest extends BrowserWalk {

    @Test
    @DisplayName("a wrong password is refused, and the sign-in page says so")
    void wrongPasswordIsRefused() throws Exception {
        signIn("officer", "not-the-password");
        assertThat(find("#login-error").getText()).isEqualTo("用户名或密码错误。");
        assertThat(find("header.top").getCssValue("background-color")).isEqualTo("rgba(18, 50, 79, 1)");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        browser.go("/cases/new");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        browser.screenshots("01-sign-in-refused");
    }

    @Test
    @DisplayName("the language switch changes the labels, and the choice is kept")
    void languageSwitch() throws Exception {
        browser.go("/login");
        assertThat(find("h1").getText()).isEqualTo("登录");
        assertThat(find("label[for=username]").getText()).isEqualTo("用户名");
        browser.driver.findElement(By.id("lang-en")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Sign in"));
        assertThat(find("label[for=username]").getText()).isEqualTo("User name");
        signIn("officer", "officer-pw");
        find("#main h1");
        browser.go("/cases/new");
        assertThat(find("label[for=f-firm-uscc]").getText()).isEqualTo("Unified social credit code (USCC)");
        browser.screenshots("02-case-form-english");
        browser.driver.findElement(By.id("lang-zh")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=f-firm-uscc]"), "统一社会信用代码"));
    }

    @Test
    @DisplayName("an officer signs in, fills a case that must be filed, and sees MUST_FILE with its basis")
    void officerDecidesACase() throws Exception {
        signIn("officer", "officer-pw");
        find("#main h1");
        browser.screenshots("03-officer-start");
        browser.driver.findElement(By.linkText("新案件")).click();
        find("#case-form");
        typeKettleCase("BROWSER-0001", "2027-03-15");
        choose("f-firm-creditRisk", "B");
        browser.screenshots("04-officer-case-form");
        browser.driver.findElement(By.id("decide")).click();

        assertThat(browser.driver.findElement(By.id("filing-code")).getAttribute("textContent")).isEqualTo("MUST_FILE");
        assertThat(find("#filing .big").getText()).isEqualTo("应当立案");
        String explanation = find("#explanation").getText();
        assertThat(explanation).contains("FIL-010", "有立案义务的，应当立案",
                "市场监督管理行政处罚程序规定 第十八条", "CLS-010", "沪市监产质〔2022〕251号 三(二)");
        assertThat(find("#timeline").getText()).contains("异议期", "2027-03-17");
        assertChineseOnly("decision");
        browser.screenshots("05-officer-decision");

        browser.go("/decisions?caseRef=BROWSER-0001");
        assertThat(find("#decision-list tbody").getText()).contains("BROWSER-0001", "应当立案", "officer");
        browser.screenshots("06-officer-decisions");
    }

    @Test
    @DisplayName("the decision of every sample case reads in Chinese and prints on at most two A4 pages, titled 研判意见")
    void everySampleDecisionReadsInChineseAndPrintsOnTwoPages() throws Exception {
        java.util.List<Path> samples = io.spotcheck.support.Samples.cases();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (Path sample : samples) {
            ids.add(decisions.decide(reader.read(Files.readAllBytes(sample)), "officer").decision().decisionId());
        }
        signIn("auditor", "auditor-pw");
        find("#main h1");
        for (int i = 0; i < ids.size(); i++) {
            String name = samples.get(i).getFileName().toString().replace(".json", "");
            browser.go("/decisions/" + ids.get(i));
            assertThat(find("h1").getText()).startsWith("研判意见").doesNotContain("决定书");
            assertChineseOnly(name);
            int pages = browser.printedA4Pages("print-" + name);
            assertThat(pages).as(name + " printed").isBetween(1, 2);
        }
        browser.go("/decisions/" + ids.get(0));
        browser.screenshots("24-decision-sample-01");
    }

    @Test
    @DisplayName("an officer finds a firm's decisions by part of its name and by its USCC")
    void officerSearchesDecisions() throws Exception {
        String json = Files.readString(Path.of("samples/cases/02-kettle-unsafe-producer.json"))
                .replaceFirst("\"caseRef\"\\s*:\\s*\"[^\"]*\"", "\"caseRef\":\"BROWSER-SEARCH-02\"");
        decisions.decide(reader.read(json.getBytes(StandardCharsets.UTF_8)), "officer");
        String uscc = "91310112MA1GBUL01W"; // sample 02's firm
        signIn("officer", "officer-pw");
        find("#main h1");
        browser.go("/decisions");
        type("q", "闵电");
        browser.driver.findElement(By.id("search")).click();
        browser.wait.until(ExpectedConditions.urlContains("q="));
        assertThat(find("#decision-list tbody").getText()).contains("BROWSER-SEARCH-02", "闵行区");
        assertChineseOnly("decisions list");
        browser.screenshots("25-officer-search");
        type("q", uscc.toLowerCase(java.util.Locale.ROOT));
        browser.driver.findElement(By.id("search")).click();
        browser.wait.until(ExpectedConditions.urlContains(uscc.toLowerCase(java.util.Locale.ROOT)));
        assertThat(find("#decision-list tbody").getText()).contains("BROWSER-SEARCH-02");
    }

    @Test
    @DisplayName("a field with a bad value is named at the field, in the page's language")
    void officerSeesFieldProblems() throws Exception {
        signIn("officer", "officer-pw");
        find("#main h1");
        browser.go("/cases/new");
        type("f-caseRef", "BROWSER-BAD");
        type("f-firm-uscc", "91310112MA1GBUL01X");
        choose("f-firm-role", "PRODUCER");
        choose("f-firm-district", "闵行区");
        browser.driver.findElement(By.id("decide")).click();
        WebElement error = find("#f-firm-uscc-error");
        assertThat(error.getText()).contains("校验位是“X”，按 GB 32100-2015 应为“W”");
        assertThat(browser.driver.findElement(By.id("f-firm-uscc")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("problems");
        assertChineseOnly("case form with problems");
        browser.screenshots("07-officer-field-problems");
    }
}
