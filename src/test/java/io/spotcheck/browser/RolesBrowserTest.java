package io.spotcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.spotcheck.Spotcheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * Every other role's main task in a real headless Chromium, on a service of its own (so it runs beside
 * {@link OfficerBrowserTest}): the planner's plan, the auditor's checks and evaluation, the officer's register, the
 * same walk in English, and the not-allowed page; a screenshot of every page at 1280 and 390 px under
 * target/screenshots/.
 */
@ResourceLock("RolesBrowserTest")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:roles-browser-test;DB_CLOSE_DELAY=-1")
class RolesBrowserTest extends BrowserWalk {

    @Test
    @DisplayName("the same walk in English: no Chinese outside names, addresses and legal citations")
    void everyRolesMainTaskReadsInEnglish() throws Exception {
        String replayed = decisions.decide(reader.read(Files.readAllBytes(
                Path.of("samples/cases/05-toy-producer-sharp-edges-listed.json"))), "officer").decision().decisionId();

        signInEnglish("officer", "officer-pw");
        assertEnglishOnly("officer's start");
        browser.go("/cases/new");
        assertEnglishOnly("case form");
        typeKettleCase("BROWSER-EN-1", "2027/03/15");
        browser.driver.findElement(By.id("decide")).click();
        assertThat(find("#filing .big").getText()).isEqualTo("A case must be filed");
        assertEnglishOnly("decision");
        browser.screenshots("31-decision-english");
        browser.go("/decisions?q=BROWSER-EN");
        assertThat(find("#decision-list tbody").getText()).contains("BROWSER-EN-1");
        assertEnglishOnly("decisions list");
        browser.go("/cases/new");
        type("f-firm-uscc", "91310112MA1GBUL01X");
        browser.driver.findElement(By.id("decide")).click();
        find("#problems");
        assertEnglishOnly("case form with problems");
        browser.go("/register");
        find("#main h1");
        assertEnglishOnly("worklist");

        signInEnglish("planner", "planner-pw");
        browser.go("/plans/new");
        assertEnglishOnly("plan form");
        for (String f : new String[] {"catalogue", "firms", "history"}) {
            browser.driver.findElement(By.id("file-" + f + "-csv")).sendKeys(SAMPLES.resolve(f + ".csv").toString());
        }
        type("f-name", "2027 年度抽查计划（英文页）");
        type("f-year", "2027");
        type("f-budget", "1");
        type("f-seed", "english");
        browser.driver.findElement(By.id("make-plan")).click();
        find("#cannot-plan");
        assertEnglishOnly("refused plan form");
        type("f-budget", "80");
        browser.driver.findElement(By.id("make-plan")).click();
        assertThat(find("#batches").getText()).isEqualTo("80");
        assertEnglishOnly("plan");
        browser.go("/plans");
        assertEnglishOnly("plans");

        signInEnglish("auditor", "auditor-pw");
        browser.go("/rules?q=filing");
        find("#rules-found");
        assertEnglishOnly("rules found");
        browser.go("/audit");
        browser.driver.findElement(By.id("verify")).click();
        find("#verification");
        assertEnglishOnly("audit log");
        browser.go("/decisions/" + replayed);
        browser.driver.findElement(By.id("replay")).click();
        find("#reproduced");
        assertEnglishOnly("replay");
        browser.go("/evaluation");
        find("#scorecard");
        assertEnglishOnly("evaluation");
        assertThat(chineseSeen).as("Chinese on the English pages").isEmpty();
    }

    @Test
    @DisplayName("a planner uploads the sample files and downloads a plan identical to the command line's")
    void plannerMakesAPlan() throws Exception {
        signIn("planner", "planner-pw");
        find("#main h1");
        browser.go("/plans/new");
        assertChineseOnly("plan form");
        for (String f : new String[] {"catalogue", "firms", "history", "signals", "inspectors"}) {
            browser.driver.findElement(By.id("file-" + f + "-csv")).sendKeys(SAMPLES.resolve(f + ".csv").toString());
        }
        type("f-name", "2027 年度产品质量监督抽查计划");
        type("f-year", "2027");
        type("f-budget", "120");
        type("f-seed", "20270101");
        browser.screenshots("08-planner-upload");
        browser.driver.findElement(By.id("make-plan")).click();

        assertThat(find("#batches").getText()).isEqualTo("120");
        assertThat(find("#chart-tier").getTagName()).isEqualTo("svg");
        assertThat(browser.driver.findElements(By.cssSelector("#chart-district rect"))).isNotEmpty();
        assertThat(find("#coverage").getText()).contains("10 / 10");
        assertThat(find("h1").getText()).isEqualTo("2027 年度产品质量监督抽查计划");
        assertThat(find("#plan-state").getText()).isEqualTo("草稿");
        assertThat(find("#four-eyes").getText()).contains("须由其他计划编制人员或管理员批准");
        assertChineseOnly("plan");
        browser.screenshots("09-planner-summary");
        String planPage = browser.driver.getCurrentUrl();

        choose("filter-tier", "MANDATORY");
        browser.driver.findElement(By.id("filter")).click();
        browser.wait.until(ExpectedConditions.urlContains("tier=MANDATORY"));
        assertThat(browser.driver.findElements(By.cssSelector("#batch-table tbody tr")))
                .allSatisfy(row -> assertThat(row.getText()).contains("必抽"));

        browser.driver.findElement(By.id("download")).click();
        Path downloaded = browser.wait.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        Path cli = Files.createTempFile("plan-cli", ".csv");
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Spotcheck.commandLine().execute("plan", "--data", SAMPLES.toString(), "--year", "2027",
                    "--budget", "120", "--seed", "20270101", "--out", cli.toString());
        } finally {
            System.setOut(out);
        }
        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(cli));
        assertThat(Files.readAllBytes(downloaded)).startsWith(0xEF, 0xBB, 0xBF, 'u');

        browser.driver.findElement(By.id("download-xlsx")).click();
        Path workbook = browser.wait.until(d -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(workbook.toFile())) {
            var rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(121);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("统一社会信用代码");
            assertThat(rows.get(0).getCellText(4)).isEqualTo("品类名称");
            assertThat(rows.get(1).getCellText(4)).isNotBlank();
        }

        browser.go("/plans");
        assertThat(find("#plan-list tbody").getText()).contains("20270101", "planner", "草稿");
        assertChineseOnly("plans");
        browser.screenshots("10-planner-plans");

        browser.driver.manage().deleteAllCookies();
        signIn("admin", "admin-pw");
        find("#main h1");
        browser.driver.get(planPage);
        browser.driver.findElement(By.id("approve")).click();
        assertThat(find("#plan-done").getText()).contains("计划已批准");
        assertThat(find("#plan-state").getText()).isEqualTo("已批准");
        assertThat(find("#plan-approved").getText()).endsWith("admin 批准");
        assertThat(browser.driver.findElements(By.id("approve"))).isEmpty();
        assertChineseOnly("approved plan");
        browser.screenshots("26-plan-approved");
        browser.go("/plans");
        assertThat(find("#plan-list tbody tr:first-child").getText()).contains("2027 年度产品质量监督抽查计划",
                "已批准", "admin 批准");
        browser.screenshots("27-plans-with-status");
    }

    @Test
    @DisplayName("a refused plan form keeps the files chosen, says so in Chinese, and plans from them next time")
    void aRefusedPlanFormKeepsItsFiles() throws Exception {
        signIn("planner", "planner-pw");
        find("#main h1");
        browser.go("/plans/new");
        for (String f : new String[] {"catalogue", "firms", "history"}) {
            browser.driver.findElement(By.id("file-" + f + "-csv")).sendKeys(SAMPLES.resolve(f + ".csv").toString());
        }
        type("f-year", "2027");
        type("f-budget", "1");
        type("f-seed", "kept");
        browser.driver.findElement(By.id("make-plan")).click();

        assertThat(find("#cannot-plan").getText()).contains("计划的必抽部分需要", "批次预算只有 1 个");
        assertThat(find("#file-firms-csv-kept").getText()).contains("firms.csv", "已保留");
        assertChineseOnly("refused plan form");
        browser.screenshots("28-plan-form-kept");
        type("f-budget", "60");
        browser.driver.findElement(By.id("make-plan")).click();
        assertThat(find("#batches").getText()).isEqualTo("60");
    }

    @Test
    @DisplayName("an auditor opens a rule's source, runs chain verification and replays a decision")
    void auditorChecks() throws Exception {
        String json = Files.readString(Path.of("samples/cases/05-toy-producer-sharp-edges-listed.json"));
        String id = decisions.decide(reader.read(json.getBytes(StandardCharsets.UTF_8)), "officer").decision()
                .decisionId();
        String plan = decisions.plan(io.spotcheck.targeting.PlanRequest.read("2027", "40", "audit", null),
                name -> Files.isRegularFile(SAMPLES.resolve(name)) ? Files.newInputStream(SAMPLES.resolve(name)) : null,
                "planner", "2027 年度抽查计划（审计）").id();
        // a stored decision whose filing was changed by hand: its replay differs from it
        io.spotcheck.audit.AuditRecord original = log.find(id).orElseThrow();
        String altered = java.util.UUID.randomUUID().toString();
        writer.append(new io.spotcheck.audit.AuditWriter.Entry(altered, io.spotcheck.audit.AuditRecord.Kind.DECISION,
                original.caseRef(), original.asOf(), original.rulesetVersion(), "officer", original.request(),
                original.response().replace(original.id(), altered).replace("\"MUST_FILE\"", "\"NOT_APPLICABLE\""),
                null));
        signIn("auditor", "auditor-pw");
        find("#main h1");
        browser.go("/rules");
        WebElement source = browser.driver.findElement(By.cssSelector("#rule-FIL-010 pre.drl"));
        assertThat(source.isDisplayed()).isFalse();
        browser.driver.findElement(By.id("source-FIL-010")).click();
        browser.wait.until(ExpectedConditions.visibilityOf(source));
        assertThat(source.getText()).startsWith("rule \"FIL-010").contains("@basis(").endsWith("end");
        assertThat(find("#rule-FIL-010 .basis").getText()).contains("市场监督管理行政处罚程序规定");
        assertChineseOnly("rules");
        browser.driver.executeScript("arguments[0].scrollIntoView()",
                browser.driver.findElement(By.id("rule-FIL-010")));
        browser.screenshots("11-auditor-rule-source");
        type("rule-q", "第十八条");
        browser.driver.findElement(By.id("search-rules")).click();
        assertThat(find("#rules-found").getText()).matches("找到 \\d+ 条规则.*");
        assertThat(browser.driver.findElements(By.id("rule-FIL-010"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("rule-CLS-010"))).isEmpty();
        assertChineseOnly("rules found");
        browser.screenshots("29-auditor-rule-search");

        browser.go("/audit");
        browser.driver.findElement(By.id("verify")).click();
        assertThat(find("#verification").getText()).startsWith("哈希链完整");
        assertThat(find("#audit-list tbody").getText()).contains("2027 年度抽查计划（审计）", "研判意见", "抽查计划");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-list a[href='/plans/" + plan + "']"))).isNotEmpty();
        assertChineseOnly("audit log");
        browser.screenshots("12-auditor-chain");

        browser.go("/decisions/" + id);
        browser.driver.findElement(By.id("replay")).click();
        assertThat(find("#reproduced .big").getText()).isEqualTo("结果完全一致");
        assertThat(find("#current .big").getText()).isEqualTo("与记录一致");
        assertChineseOnly("replay");
        browser.screenshots("13-auditor-replay");
        browser.go("/decisions/" + altered);
        browser.driver.findElement(By.id("replay")).click();
        assertThat(find("#reproduced .big").getText()).isEqualTo("结果不一致");
        WebElement row = find("#recorded-differences tr[data-field=filing]");
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo("立案");
        assertThat(row.findElement(By.cssSelector("li.removed")).getText()).startsWith("不涉及立案");
        assertThat(row.findElement(By.cssSelector("li.added")).getText()).startsWith("应当立案");
        assertChineseOnly("replay differences");
        browser.screenshots("30-auditor-replay-differences");
    }

    @Test
    @DisplayName("a signed-in user without the role gets the not-allowed page")
    void plannerCannotOpenCases() throws Exception {
        signIn("planner", "planner-pw");
        find("#main h1");
        browser.go("/cases/new");
        assertThat(find("h1").getText()).isEqualTo("无权访问");
        assertThat(browser.driver.findElements(By.linkText("新案件"))).isEmpty();
        browser.screenshots("14-not-allowed");
    }

    @Test
    @DisplayName("an officer imports results, sees the new case on the worklist, opens it and records the notice with its form")
    void officerWorksTheRegister() throws Exception {
        Path results = Files.createTempFile("results", ".csv");
        String first = "913101150000" + "77701";
        Files.writeString(results, io.spotcheck.register.RegisterWebTest.HEADER
                + io.spotcheck.register.RegisterWebTest.failedKettle("BR-1", first
                + io.spotcheck.casefile.Uscc.checkCharacter(first), "浦东新区", "2026-09-10", "2026-09-21"));
        signIn("officer", "officer-pw");
        assertThat(find("#main h1").getText()).isEqualTo("待办清单");
        browser.go("/register/results");
        browser.driver.findElement(By.id("results-file")).sendKeys(results.toString());
        browser.screenshots("20-register-import");
        browser.driver.findElement(By.id("import")).click();
        assertThat(find("#imported").getText()).contains("BR-1");
        browser.go("/register");
        find("#section-overdue");
        assertChineseOnly("worklist");
        browser.screenshots("21-register-worklist");
        browser.driver.findElement(By.linkText("BR-1")).click();
        assertThat(find("#case-status").getText()).isEqualTo("办理中");
        assertThat(find("#todo").getText()).contains("十五个工作日内决定是否立案", "已逾期");
        assertChineseOnly("register case");
        browser.screenshots("22-register-case");
        assertThat(browser.printedA4Pages("print-register-case")).as("the case printed").isBetween(1, 2);
        browser.driver.findElement(By.cssSelector("#form-NOTICE_RECEIVED > summary")).click();
        WebElement date = find("#date-NOTICE_RECEIVED");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2026-09-22'", date);
        browser.driver.findElement(By.cssSelector("#form-NOTICE_RECEIVED button[type=submit]")).click();
        assertThat(find("#recorded").getText()).contains("企业收到检验结论");
        assertThat(find("#events").getText()).contains("2026-09-22", "企业收到检验结论", "officer");
        browser.screenshots("23-register-recorded");
    }

    @Test
    @DisplayName("an auditor reads the district scorecard, opens the cases behind a count and the quarterly bulletin")
    void auditorReadsTheEvaluation() throws Exception {
        results.importCsv(io.spotcheck.register.Caller.commandLine("browser-test"), new java.io.ByteArrayInputStream((
                "report_no,uscc,name,district,role,category_code,level,result,checked_on,lab_id,failed_items,opened_on\n"
                + "BR-EV-1,91310115MA1K3YJ574,上海某某电器有限公司,浦东新区,PRODUCER,C0421,MUNICIPAL,FAIL,2025-07-07,SQI,"
                + "泄漏电流|GB 4706.1-2005|Y,2025-07-08\n"
                + "BR-EV-2,91310105MA2KUNKN0C,上海某某服饰有限公司,黄浦区,SELLER,C0815,MUNICIPAL,FAIL,2025-08-04,CQC,"
                + "甲醛|GB 18401-2010|,2025-08-05\n"
                + "BR-EV-3,91310105MA2KUNKN0C,上海某某服饰有限公司,黄浦区,SELLER,C0815,DISTRICT,PASS,2025-08-11,CQC,,\n")
                .getBytes(StandardCharsets.UTF_8)));
        signIn("auditor", "auditor-pw");
        find("#main h1");
        browser.driver.findElement(By.id("nav-evaluation")).click();
        find("#scorecard");
        type("year", "2025");
        choose("quarter", "3");
        browser.driver.findElement(By.id("show-quarter")).click();
        assertThat(find("#main .hint").getText()).startsWith("2025-07-01 至 2025-09-30");
        assertThat(find("#scorecard").getText()).contains("浦东新区", "黄浦区", "合计");
        assertChineseOnly("evaluation");
        browser.screenshots("15-auditor-evaluation");

        browser.driver.findElement(By.cssSelector("#scorecard tbody tr:first-child td:nth-child(2) a")).click();
        assertThat(find("#figure-cases").getText()).contains("BR-EV-2");
        assertChineseOnly("evaluation cases");
        browser.screenshots("16-auditor-evaluation-cases");

        browser.go("/evaluation/bulletin?year=2025&quarter=3");
        assertThat(find("h1").getText()).isEqualTo("2025年第3季度产品质量监督抽查及后处理情况通报");
        assertChineseOnly("bulletin");
        browser.screenshots("17-auditor-bulletin");
    }
}
