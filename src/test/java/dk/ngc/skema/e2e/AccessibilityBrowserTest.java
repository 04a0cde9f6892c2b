package dk.ngc.skema.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dk.ngc.skema.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the default run (with its living demo), opened in Chromium by the role that reaches it and checked
 * with axe-core: no violation on any page. Prints a table page → violations. Also checks that no column of the
 * inbox and outbox grids is cut off at 1280 px (screenshots in target/screenshots/).
 *
 * <p>axe-core comes from the npm registry through npm ({@code npm pack axe-core}, once, into target/axe/): Maven
 * Central as reached from here serves no axe-core webjar.
 */
@Tag("browser")
class AccessibilityBrowserTest {

    private static final String AXE_VERSION = "4.11.4";
    private static final Path AXE_DIR = Path.of("target/axe");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private static Path axe;

    @BeforeAll
    static void start() throws Exception {
        axe = axeScript();
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--skema.db.embedded-dir=target/e2e-db/" + UUID.randomUUID(),
                "--skema.db.embedded-server-dir=target/test-db/server",
                "--vaadin.devmode.devTools.enabled=false");
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        playwright = Playwright.create();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyPageHasNoAxeViolationAndTheGridsShowEveryColumnAt1280Px() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> cutOff = new ArrayList<>();

        try (var context = newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            assertThat(page.locator("#login-nina")).isVisible();
            check(page, "/login (udviklingslogin)", violations);
        }
        try (var context = newContext()) {
            Page page = login(context, "nina");
            for (String path : List.of("/", "/indstillinger", "/runder", "/patientgrupper", "/skemaer", "/skemadesign",
                    "/vurdering/resultater", "/konsolidering", "/wgs-budget", "/kvalificering", "/sagsfremstilling", "/beslutning", "/implementeringsplan", "/organisationer", "/netvaerker", "/indikationer", "/tjek-indikation", "/findes-ikke")) {
                open(page, path);
                check(page, path + " (nina, NGC)", violations);
            }
            open(page, "/indstillinger/indbakke");
            check(page, "/indstillinger/indbakke (nina, NGC)", violations);
            cutOff.addAll(cutOffColumns(page, "#inbox-grid"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("a11y-inbox-1280.png")));
            page.locator("#inbox-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(Pattern.compile("^R2-00\\d$"))).first().click();
            assertThat(page.locator("#inbox-details h2").first()).isVisible();
            settle(page);
            check(page, "/indstillinger/indbakke, en indstilling valgt (nina, NGC)", violations);

            open(page, "/udbakke");
            check(page, "/udbakke (nina, NGC)", violations);
            cutOff.addAll(cutOffColumns(page, "#outbox-grid"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("a11y-outbox-1280.png")));

            open(page, "/indstillinger");
            String nomination = firstLink(page, "indstilling/\\d+");
            open(page, "/" + nomination);
            check(page, "/indstilling/{id} (nina, NGC)", violations);

            for (String path : List.of("/hoeringer", "/hoeringer/udkast")) {
                open(page, path);
                check(page, path + " (nina, NGC)", violations);
            }
            open(page, "/hoeringer");
            String hearing = firstLink(page, "hoering/\\d+");
            open(page, "/" + hearing);
            check(page, "/hoering/{id} (nina, NGC: parter, bemærkninger, notat)", violations);

            // One network's page, its delimitation's difference from the generic form unfolded (/konsolidering above
            // already is a round's workspace with its move fields).
            open(page, "/netvaerker");
            page.getByText("Pilotnetværket for børn og unge med sjældne sygdomme").first().click();
            page.waitForURL(Pattern.compile(".*/netvaerk/\\d+"));
            settle(page);
            page.locator("[id^=delimitation-difference-details-]").first().click();
            check(page, "/netvaerk/{id} (nina, NGC: afgrænsning med forskel fra det generiske skema)", violations);

            open(page, "/skemadesign");
            page.locator("[id^=open-]").first().click();
            page.waitForURL(Pattern.compile(".*/skemadesign/version/\\d+"));
            settle(page);
            check(page, "/skemadesign/version/{id} (nina, NGC)", violations);
        }
        try (var context = newContext()) {
            Page page = login(context, "rasmus");
            for (String path : List.of("/", "/indstillinger", "/vurdering/mine-resultater", "/patientgrupper")) {
                open(page, path);
                check(page, path + " (rasmus, region)", violations);
            }
            open(page, "/indstillinger");
            page.locator("#start-nomination").click();
            page.waitForURL(Pattern.compile(".*/besvarelse/\\d+"));
            settle(page);
            check(page, "/besvarelse/{id} (rasmus, region: kladde)", violations);
            // Filled in a section at a time: every section of the draft is checked, as each is built when first shown.
            for (int section = 2; page.locator("vaadin-button.form-next").isVisible(); section++) {
                page.locator("vaadin-button.form-next").click();
                settle(page);
                check(page, "/besvarelse/{id} (rasmus, region: kladde, afsnit " + section + ")", violations);
            }
        }
        try (var context = newContext()) {
            Page page = login(context, "karen");
            open(page, "/indstillinger");
            check(page, "/indstillinger (karen, LVS)", violations);
            open(page, "/kvalificering");
            check(page, "/kvalificering (karen, LVS: sine gruppers kvalificering)", violations);
        }
        try (var context = newContext()) {
            Page page = login(context, "william");
            open(page, "/vurdering");
            check(page, "/vurdering (william, arbejdsgruppe)", violations);
            open(page, "/hoeringer");
            check(page, "/hoeringer (william, arbejdsgruppe)", violations);
            String hearing = firstLink(page, "hoering/\\d+");
            open(page, "/" + hearing);
            check(page, "/hoering/{id} (william: sit svar)", violations);
        }
        try (var context = newContext()) {
            Page page = login(context, "ole");
            check(page, "/ingen-adgang (ole, ingen rolle)", violations);
        }

        var table = new StringBuilder("\nPage → axe-core violations\n");
        violations.forEach((pageName, found) -> table.append(String.format("%-62s %s%n", pageName,
                found.isEmpty() ? "0" : found.size() + ": " + String.join("; ", found))));
        table.append("Grid columns cut off at 1280 px: ").append(cutOff.isEmpty() ? "none" : String.join("; ", cutOff)).append('\n');
        System.out.println(table);

        assertThat(violations).isNotEmpty().allSatisfy((pageName, found) -> assertThat(found).as(pageName).isEmpty());
        assertThat(cutOff).isEmpty();
    }

    private static BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900));
    }

    private static Page login(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(base + "/");
        page.locator("#login-" + username).click();
        page.waitForURL(url -> !url.contains("/login"));
        settle(page);
        return page;
    }

    private static void open(Page page, String path) {
        page.navigate(base + path);
        settle(page);
    }

    /** Waits until Vaadin has rendered the view (its heading) and finished its round trips. */
    private static void settle(Page page) {
        assertThat(page.locator("h1").first()).isVisible();
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(300);
    }

    private static String firstLink(Page page, String pattern) {
        Object hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
        Matcher matcher = Pattern.compile(pattern).matcher(String.valueOf(hrefs));
        if (!matcher.find()) {
            throw new AssertionError("No link matching " + pattern + " on " + page.url() + ": " + hrefs);
        }
        return matcher.group();
    }

    private static void check(Page page, String name, Map<String, List<String>> violations) {
        // Every page checked is also kept as a screenshot, to be looked at as a user would.
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("a11y-" + name.replaceAll("[^A-Za-z0-9æøåÆØÅ]+", "-")
                .replaceAll("^-|-$", "") + ".png")).setFullPage(true));
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '×): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | ')); }");
        violations.put(name, found);
        System.out.println("axe " + name + ": " + (found.isEmpty() ? "0" : String.join("; ", found)));
    }

    /** The header and body cells of the grid whose text does not fit (cut with "…"), and whether the grid scrolls sideways. */
    @SuppressWarnings("unchecked")
    private static List<String> cutOffColumns(Page page, String grid) {
        return (List<String>) page.evaluate("(selector) => { const grid = document.querySelector(selector); const cut = [];"
                + " const table = grid.shadowRoot.querySelector('#table');"
                + " if (table.scrollWidth > table.clientWidth + 1) cut.push(selector + ' scrolls sideways (' + table.scrollWidth + ' > ' + table.clientWidth + ')');"
                + " const headers = Array.from(grid.shadowRoot.querySelectorAll('thead th'))"
                + "   .map(th => th.querySelector('slot')).filter(s => s).flatMap(s => s.assignedElements());"
                + " headers.forEach(h => { if (h.scrollWidth > h.clientWidth + 1) cut.push(selector + ' column \"' + h.textContent.trim() + '\"'); });"
                + " Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).filter(c => !headers.includes(c) && c.offsetParent"
                + "   && c.textContent.trim() && c.scrollWidth > c.clientWidth + 1)"
                + "   .slice(0, 5).forEach(c => cut.push(selector + ' cell \"' + c.textContent.trim().substring(0, 40) + '\"'));"
                + " return cut; }", grid);
    }

    /** axe.min.js, fetched once with npm into target/axe/. */
    private static Path axeScript() throws IOException, InterruptedException {
        Path script = AXE_DIR.resolve("package/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(AXE_DIR);
            run(AXE_DIR, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
            run(AXE_DIR, "tar", "-xzf", "axe-core-" + AXE_VERSION + ".tgz");
        }
        return script;
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }
}
