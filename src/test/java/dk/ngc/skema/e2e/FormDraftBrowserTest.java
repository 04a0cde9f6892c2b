package dk.ngc.skema.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import dk.ngc.skema.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Autosave as a person meets it: fill in a few fields of the nomination form in Chromium, reload
 * the page, and find everything kept. Runs the default profile (development login).
 */
@Tag("browser")
class FormDraftBrowserTest {

    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--skema.db.embedded-dir=target/e2e-db/" + UUID.randomUUID(),
                "--skema.db.embedded-server-dir=target/test-db/server",
                "--vaadin.devmode.devTools.enabled=false");
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        playwright = Playwright.create();
        // A loaded machine reloads a Vaadin page in more than the default 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
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
    void fieldsTypedIntoADraftAreKeptAcrossAReload() {
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(base + "/");
            page.locator("#login-rasmus").click();
            assertThat(page.locator("#main-navigation")).isVisible();
            page.navigate(base + "/indstillinger");
            page.locator("#start-nomination").click();
            assertThat(page).hasURL(Pattern.compile(".*/besvarelse/\\d+"));

            var title = page.getByLabel("Patientgruppens titel", new Page.GetByLabelOptions().setExact(true));
            title.fill("Arvelige nyresygdomme");
            title.press("Tab");
            page.getByLabel("Udvidelse af en allerede udvalgt patientgruppe").check();
            var existing = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Hvilken allerede udvalgt patientgruppe ønskes udvidet?"));
            assertThat(existing).isVisible();
            existing.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nyresvigt")).check();
            // The form is filled in a section at a time: to "Skalering" through the overview.
            page.locator(".form-overview vaadin-button").filter(new Locator.FilterOptions().setHasText("Skalering")).click();
            var patients = page.getByLabel("Antal nydiagnosticerede patienter per år");
            patients.fill("85");
            patients.press("Tab");
            assertThat(page.locator("#saved-indicator")).containsText("Gemt kl.");
            page.waitForTimeout(800);

            page.reload();
            assertThat(page.getByLabel("Patientgruppens titel", new Page.GetByLabelOptions().setExact(true))).hasValue("Arvelige nyresygdomme");
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nyresvigt"))).isChecked();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/form-draft-first-section.png")));
            page.locator(".form-overview vaadin-button").filter(new Locator.FilterOptions().setHasText("Skalering")).click();
            assertThat(page.getByLabel("Antal nydiagnosticerede patienter per år")).hasValue("85");
            assertThat(page.locator("vaadin-button.form-previous")).hasText("Forrige: Adgang til hurtigere og bedre behandling nationalt");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/form-draft-after-reload.png")).setFullPage(true));
        }
    }
}
