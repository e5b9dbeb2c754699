package io.github.reformplan.cli.serve;

import static io.github.reformplan.cli.serve.ServeTestSupport.HA_TINH;
import static io.github.reformplan.cli.serve.ServeTestSupport.HOANG_LOC;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.reformplan.cli.serve.ServeTestSupport.Part;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code reformplan serve} in a real browser: Debian's Chromium, headless, driven by Debian's
 * chromedriver at {@value #DRIVER} (so that Selenium downloads nothing). Skipped, saying why, where they are not
 * installed ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them). It also takes the
 * README's screenshot, {@code cli/target/serve.png} (copied to {@code docs/images/serve.png}).
 */
class ServePageBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /** Selenium warns that it has no DevTools bindings for this Chromium: the tests use none. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private static PlanServer server;
    private static WebDriver browser;
    private static ChromeDriverService service;
    @TempDir
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "Skipped: the page's browser tests need Chromium and chromedriver at " + CHROMIUM + " and " + DRIVER
                        + " (apt-get install chromium chromium-driver)");
        CDP.setLevel(java.util.logging.Level.SEVERE);
        server = ServeTestSupport.start();
        System.setProperty("webdriver.chrome.driver", DRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=vi", "--no-first-run", "--disable-extensions");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static WebElement id(String id) {
        return browser.findElement(By.id(id));
    }

    private static List<WebElement> shownFindings() {
        return browser.findElements(By.cssSelector("#report .finding[data-rule]"));
    }

    /** Opens the page in a fresh state (Vietnamese, nothing chosen) and checks the two example plans on it. */
    private static void checkExamples() {
        browser.get(server.url());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.navigate().refresh();
        id("files").sendKeys(Path.of(HA_TINH).toAbsolutePath().normalize() + "\n"
                + Path.of(HOANG_LOC).toAbsolutePath().normalize());
        id("check").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
    }

    @Test
    void uploadedPlansShowTheirFindingsByAreaWithCountsInVietnamese() throws Exception {
        checkExamples();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(id("count-error").getText()).isEqualTo("1");
        assertThat(id("count-warning").getText()).isEqualTo("30");
        assertThat(id("count-info").getText()).isEqualTo("11");
        assertThat(id("summary-text").getText()).isEqualTo("2 tệp: 1 lỗi, 30 cảnh báo, 11 thông tin");
        assertThat(id("verdict").getText()).isEqualTo("Chưa đạt");
        assertThat(shownFindings()).hasSize(42);
        List<WebElement> files = browser.findElements(By.cssSelector("section.file"));
        assertThat(files).hasSize(2);
        assertThat(files.get(0).findElement(By.tagName("h2")).getText()).isEqualTo("ha-tinh-2026.yaml");
        WebElement error = browser.findElement(By.cssSelector(".finding[data-severity=error]"));
        assertThat(error.findElement(By.cssSelector(".message")).getText())
                .isEqualTo("Thời hạn 'Quý I/2025' kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch (31/12/2025)");
        assertThat(error.findElement(By.cssSelector(".where")).getText()).isEqualTo("ha-tinh-2026.yaml 570:15");
        assertThat(error.findElement(By.cssSelector(".source")).getText())
                .isEqualTo("570 │ " + java.text.Normalizer.normalize(Files.readAllLines(Path.of(HA_TINH)).get(569), java.text.Normalizer.Form.NFC));
        assertThat(error.findElement(By.cssSelector("a.rule")).getAttribute("href"))
                .isEqualTo(server.url() + "rules/deadline-before-issue?lang=vi");
        // grouped under its reform area, below its task
        WebElement area = error.findElement(By.xpath("ancestor::div[contains(@class,'area')]"));
        assertThat(area.findElement(By.cssSelector("h3 .name")).getText()).isNotBlank();
        assertThat(error.findElement(By.xpath("preceding-sibling::div[@class='subject'][1]")).getText())
                .startsWith("Nhiệm vụ 2.26: ");
        // the clean plan: its seven areas shown as passing
        List<WebElement> passing = files.get(1).findElements(By.cssSelector(".area.passing"));
        assertThat(passing).hasSize(7);
        assertThat(passing.get(0).getText()).startsWith("Công tác chỉ đạo, điều hành").contains("Đạt: không có phát hiện nào");
        screenshot();
    }

    @Test
    void filtersBySeverityRuleAgencyAndSearch() {
        checkExamples();
        id("filter-warning").click();
        id("filter-info").click();
        assertThat(shownFindings()).hasSize(1);
        assertThat(shownFindings().get(0).getAttribute("data-rule")).isEqualTo("deadline-before-issue");
        id("filter-warning").click();
        id("filter-info").click();
        new Select(id("filter-rule")).selectByValue("target-unserved");
        assertThat(shownFindings()).isNotEmpty().allSatisfy(f -> assertThat(f.getAttribute("data-rule")).isEqualTo("target-unserved"));
        int unserved = shownFindings().size();
        assertThat(id("shown").getText()).isEqualTo("Đang hiện " + unserved + "/42 phát hiện");
        new Select(id("filter-rule")).selectByValue("");
        id("search").sendKeys("Quý I/2025");
        assertThat(shownFindings()).hasSize(1);
        id("search").clear();
        id("search").sendKeys(" "); // an input event with an empty query: everything again
        assertThat(shownFindings()).hasSize(42);
        Select agency = new Select(id("filter-agency"));
        agency.selectByVisibleText("Sở Nội vụ");
        assertThat(shownFindings()).isNotEmpty().hasSizeLessThan(42);
    }

    @Test
    void theLanguageSwitchesAndIsRemembered() {
        checkExamples();
        id("lang-en").click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(id("check").getText()).isEqualTo("Check");
        assertThat(id("summary-text").getText()).isEqualTo("2 files: 1 error, 30 warnings, 11 infos");
        WebElement error = browser.findElement(By.cssSelector(".finding[data-severity=error]"));
        assertThat(error.findElement(By.cssSelector(".message")).getText())
                .isEqualTo("Deadline 'Quý I/2025' ends on 2025-03-31, before the plan was issued on 2025-12-31");
        assertThat(error.findElement(By.cssSelector("a.rule")).getAttribute("href")).endsWith("?lang=en");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(id("check").getText()).isEqualTo("Check");
        id("lang-vi").click();
        assertThat(id("check").getText()).isEqualTo("Kiểm tra");
    }

    @Test
    void theReportDownloadsAsJsonInThePagesLanguage() throws Exception {
        checkExamples();
        id("lang-en").click();
        id("download-json").click();
        Path file = downloads.resolve("reformplan.json");
        waiting().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve("reformplan.json.crdownload")));
        String expected = ServeTestSupport.post(server, "/api/validate?format=json&lang=en",
                List.of(new Part("ha-tinh-2026.yaml", Files.readAllBytes(Path.of(HA_TINH))),
                        new Part("hoang-loc-2026.yaml", Files.readAllBytes(Path.of(HOANG_LOC))))).body();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** The README's picture of the page. */
    private static void screenshot() throws Exception {
        Path target = Path.of("target", "serve.png");
        Files.createDirectories(target.getParent());
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('summary').scrollIntoView()");
        Files.write(target, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
    }
}
