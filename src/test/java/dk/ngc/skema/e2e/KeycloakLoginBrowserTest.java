package dk.ngc.skema.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.ngc.skema.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole login path in a real browser: Skema (profile keycloak, port 8081 as the realm's redirect
 * URIs expect) logs people in through a real Keycloak that imported realm-config/skema-realm.json.
 * Needs Debian's Chromium at /usr/bin/chromium and the Keycloak distribution the build unpacks.
 */
@Tag("browser")
// The test that stops Keycloak runs last.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class KeycloakLoginBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(KeycloakLoginBrowserTest.class);
    private static final int APP_PORT = 8081;
    private static final String APP = "http://localhost:" + APP_PORT;
    private static final double TIMEOUT_MS = 30_000;
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static dk.ngc.skema.security.dev.DevUserDirectory demoUsers;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startServers() throws Exception {
        long started = System.nanoTime();
        keycloak = KeycloakServer.start();
        log.info("Keycloak ready at {} after {} ms", keycloak.url(), keycloak.startupTime().toMillis());

        long appStarted = System.nanoTime();
        // Command-line arguments, not SpringApplicationBuilder.properties(): those are only defaults,
        // and application.properties (server.port, skema.db.embedded-dir) would win over them.
        app = new SpringApplicationBuilder(Application.class)
                .profiles("keycloak")
                .run("--server.port=" + APP_PORT,
                        "--skema.keycloak.url=" + keycloak.url(),
                        "--skema.db.embedded-dir=target/e2e-db/" + UUID.randomUUID(),
                        // The MariaDB binaries are unpacked once and shared with the other tests.
                        "--skema.db.embedded-server-dir=target/test-db/server",
                        // No dev-tools toast over the user menu in the screenshots.
                        "--vaadin.devmode.devTools.enabled=false",
                        // The flow counts the nominations it files: only its own, in a round of its own.
                        "--skema.demo.enabled=false",
                        "--logging.level.org.hibernate=warn");
        java.time.Instant now = java.time.Instant.now();
        app.getBean(dk.ngc.skema.testsupport.TestRounds.class).ensure("R2", "Indstillingsrunde 2",
                now.minus(java.time.Duration.ofDays(1)), now.plus(java.time.Duration.ofDays(30)), dk.ngc.skema.round.RoundState.OPEN);
        log.info("Skema ready at {} after {} ms", APP, (System.nanoTime() - appStarted) / 1_000_000);

        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        Files.createDirectories(SCREENSHOTS);
        log.info("Servers and browser ready after {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stopServers() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("da-DK")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void ninaLogsInThroughKeycloakSeesHerAreasAndLogsOut() {
        login("nina", "demo");

        assertThat(page.locator("h1")).hasText("Velkommen, Nina Holm");
        assertThat(navItems()).hasCount(20);
        assertThat(navItems()).containsText(new String[]{"Forside", "Indstillingsrunder", "Indstillinger", "Indbakke", "Patientgrupper", "Skemaer", "Vurderingsresultater", "Konsolidering", "WGS-budget", "Kvalificering", "Sagsfremstilling", "Beslutning", "Implementeringsplan", "Specialistnetværk", "Indikationer", "Tjek indikation", "Høringer",
                "Skemadesigner", "Organisationer og personer", "Udbakke"});
        assertThat(page.locator("#user-menu")).containsText("Nina Holm");
        screenshot("e2e-nina-home.png");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Log ud")).click();

        // Logging out ends the Keycloak session too: the app sends the browser back to the login form.
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator("#kc-login")).isVisible();
        assertThat(page).hasURL(onKeycloak());
        screenshot("e2e-nina-logged-out.png");

        // ... and a new visit to Skema asks for the password again instead of logging straight in.
        page.navigate(APP + "/");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(onKeycloak());
    }

    @Test
    void rasmusSeesOnlyTheHomePageAndIsRefusedTheOrganisationsPage() {
        login("rasmus", "demo");

        assertThat(page.locator("h1")).hasText("Velkommen, Rasmus Berg");
        assertThat(navItems()).containsText(new String[]{"Forside", "Indstillinger", "Patientgrupper", "Mine resultater", "Specialistnetværk", "Indikationer", "Tjek indikation", "Høringer"});
        assertThat(navItems()).hasCount(8);
        assertThat(navItems().filter(new Locator.FilterOptions().setHasText("Organisationer og personer"))).hasCount(0);

        page.navigate(APP + "/organisationer");
        assertThat(page.locator("#access-denied")).isVisible();
        assertThat(page.locator("#access-denied h1")).hasText("Siden findes ikke, eller du har ikke adgang");
        screenshot("e2e-rasmus-denied.png");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnKeycloakWithItsErrorMessage() {
        page.navigate(APP + "/");
        assertThat(page.locator("#username")).isVisible();
        page.locator("#username").fill("nina");
        page.locator("#password").fill("forkert");
        page.locator("#kc-login").click();

        Locator error = page.locator("#input-error");
        assertThat(error).isVisible();
        assertThat(error).hasText("Ugyldig brugernavn eller adgangskode.");
        assertThat(page).hasURL(onKeycloak());
        assertThat(page.locator("#username")).isVisible();
        screenshot("e2e-wrong-password.png");
    }

    @Test
    void oleWithoutAnySkemaRoleIsToldHeHasNoAccess() {
        login("ole", "demo");

        assertThat(page.locator("h1")).hasText("Ingen adgang til Skema");
        assertThat(page.locator("vaadin-side-nav#main-navigation")).hasCount(0);
        screenshot("e2e-ole-no-access.png");
    }

    /**
     * Phases 1 and 2 in the browser through Keycloak: Rasmus files a nomination on behalf of Region
     * Hovedstaden and Dansk Cardiologisk Selskab; Lars files a similar one; Karen confirms for the society;
     * NGC sees the nomination in the inbox with the similar one, sets the working group's size and starts
     * the assessment; William and Mette declare impartiality and rate A; NGC closes; the result is A.
     */
    @Test
    void aNominationIsFiledConfirmedFoundAmongSimilarOnesRatedAndAssessedA() {
        String title = "Arvelige hjertesygdomme hos voksne";
        switchTo("rasmus");
        fileNomination(title, "Dansk Cardiologisk Selskab",
                "Voksne med mistænkt arvelig hjertesygdom: kardiomyopati, arytmier og pludselig hjertedød i familien.");
        assertThat(page.locator("body")).containsText("Indsendt");
        screenshot("e2e-flow-1-filed.png");

        switchTo("lars");
        fileNomination("Arvelig kardiomyopati hos voksne", null,
                "Voksne med arvelig kardiomyopati og familier med pludselig hjertedød.");

        switchTo("karen");
        page.navigate(APP + "/indstillinger");
        Locator card = page.locator(".form-card").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(card.first()).containsText("Dansk Cardiologisk Selskab: afventer bekræftelse");
        Locator confirm = card.locator("[id^=confirm-]").first();
        String nominationId = confirm.getAttribute("id").substring("confirm-".length());
        confirm.click();
        assertThat(page.locator("#confirm-" + nominationId)).hasCount(0);
        // The nomination's page shows who confirmed.
        page.navigate(APP + "/indstilling/" + nominationId);
        assertThat(page.locator("body")).containsText("Dansk Cardiologisk Selskab: bekræftet – karen");
        screenshot("e2e-flow-2-confirmed.png");

        switchTo("nina");
        page.navigate(APP + "/indstillinger/indbakke");
        page.locator("#inbox-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        assertThat(page.locator("#inbox-similar")).containsText("Arvelig kardiomyopati hos voksne");
        screenshot("e2e-flow-3-inbox.png");
        // The assessment starts only once the round is closed for nominations (on the rounds page).
        app.getBean(dk.ngc.skema.testsupport.TestRounds.class).closeForNominations("R2");
        page.navigate(APP + "/vurdering/resultater");
        // The demo realm has three working-group members; the share of A is taken of them.
        page.locator("#working-group-size input").fill("3");
        page.locator("#save-working-group-size").click();
        assertThat(page.locator("body")).containsText("Arbejdsgruppen har 3 medlemmer");
        page.locator("#start-assessment").click();
        assertThat(page.locator("#assessment-status")).containsText("Vurderingen er i gang");

        for (String member : List.of("william", "mette")) {
            switchTo(member);
            page.navigate(APP + "/vurdering");
            Locator nomination = page.locator("[id^=assessment-]").filter(new Locator.FilterOptions().setHasText(title)).last();
            // The card's declaration and rating are built when the member opens them.
            nomination.locator("vaadin-details-summary").click();
            nomination.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Jeg er habil (ingen interessekonflikt)")).check();
            nomination.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^A – "))).check();
            nomination.locator("[id^=save-]").click();
            assertThat(page.locator("#assessment-progress")).containsText("Du har vurderet 1 af 2 indstillinger");
        }
        screenshot("e2e-flow-4-rated.png");

        switchTo("nina");
        page.navigate(APP + "/vurdering/resultater");
        page.locator("#close-assessment").click();
        Locator row = page.locator("#results-grid");
        assertThat(row).containsText(title);
        assertThat(row).containsText("66,7 % (2/3)");
        assertThat(page.locator("body")).containsText("heraf 1 med kategori A");
        screenshot("e2e-flow-5-result.png");
    }

    @Test
    void aHearingOfTheNominationFormIsAnsweredAndItsNoteHoldsTheCommentAndTheNoComments() throws Exception {
        // A body is resolved to the people Skema knows at sending: the two members log in once first.
        switchTo("william");
        switchTo("mette");

        switchTo("nina");
        page.navigate(APP + "/hoeringer");
        page.locator("#hearing-new").click();
        String title = "Høring om indstillingsskemaet " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#hearing-title input").fill(title);
        page.locator("#hearing-letter-da textarea").fill("Kære arbejdsgruppe\n\nHermed indstillingsskemaet i høring.");
        page.locator("#hearing-version input").fill("Indstillingsskema");
        page.locator("vaadin-combo-box-item").first().click();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Arbejdsgruppen"))).check();
        screenshot("e2e-hearing-1-editor.png");
        page.locator("#hearing-send").click();
        assertThat(page).hasURL(Pattern.compile("/hoering/\\d+$"));
        assertThat(page.locator("#hearing-state")).hasText("Sendt i høring");
        String hearingUrl = page.url();

        switchTo("william");
        page.navigate(hearingUrl);
        page.locator("[id^=comment-about-]").first().click();
        Locator section = page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Afsnit: ")).first();
        String sectionLabel = section.textContent().strip();
        section.click();
        page.locator("[id^=comment-text-] textarea").first().fill("Familieundersøgelser bør forstås som trioanalyser ved diagnosen.");
        page.locator("#hearing-heading").click();
        assertThat(page.locator("[id^=answer-saved-]").first()).containsText("Gemt kl.");
        page.locator("[id^=answer-submit-]").first().click();
        assertThat(page.locator("[id^=answer-state-]").first()).containsText("Svar indsendt");
        screenshot("e2e-hearing-2-answered.png");

        switchTo("mette");
        page.navigate(hearingUrl);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ingen bemærkninger")).check();
        page.locator("[id^=answer-submit-]").first().click();
        assertThat(page.locator("[id^=answer-state-]").first()).containsText("Svar indsendt");

        switchTo("nina");
        page.navigate(hearingUrl);
        assertThat(page.locator("#hearing-comments")).containsText("trioanalyser");
        assertThat(page.locator("#hearing-comments")).containsText(sectionLabel);
        page.locator("[id^=response-] textarea").first().fill("Imødekommet: formuleringen er præciseret.");
        page.locator("[id^=respond-]").first().click();
        assertThat(page.locator("#hearing-comments")).containsText("Besvaret af nina");
        page.locator("#hearing-note-pdf").click();
        Locator download = page.locator("#hearing-note-download-pdf");
        assertThat(download).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        screenshot("e2e-hearing-3-noted.png");
        com.microsoft.playwright.Download file = page.waitForDownload(download::click);
        String text;
        try (var reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(file.path()))) {
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            var all = new StringBuilder();
            for (int pageNumber = 1; pageNumber <= reader.getNumberOfPages(); pageNumber++) {
                all.append(extractor.getTextFromPage(pageNumber)).append('\n');
            }
            text = all.toString().replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text).contains("trioanalyser").contains("Imødekommet: formuleringen er præciseret.")
                .contains("Mette Skov").contains("Ingen bemærkninger");
    }

    /**
     * Phases 3 and 4 in the browser through Keycloak, on a round whose three nominations the working group found A
     * (filed and rated through the services): Nina consolidates them into one group, sends the draft to the societies
     * they name, Karen answers the kvalificeringsskema for Dansk Cardiologisk Selskab, Nina releases the case
     * presentation and records the steering group's selection, drafts and submits the implementation plan, Svend
     * approves it, and the group stands in the WGS budget's ledger.
     */
    @Test
    void aRoundsANominationsAreConsolidatedQualifiedSelectedPlannedAndEnterTheLedger() {
        String code = "E2E" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        var filed = assessedRound(code, List.of(
                dk.ngc.skema.consolidation.ConsolidationTestData.Filed.a("Arvelige hjertesygdomme hos børn " + code, 10, 20, 30, "dcs"),
                dk.ngc.skema.consolidation.ConsolidationTestData.Filed.a("Medfødt hørenedsættelse " + code, 5, 10, 15, "dcs", "dsmg"),
                dk.ngc.skema.consolidation.ConsolidationTestData.Filed.a("Arvelige kardiomyopatier hos børn " + code, 8, 12, 20, "dcs")));
        long round = filed.getFirst().roundId();
        String group = "Arvelige sygdomme hos børn " + code;

        switchTo("nina");
        page.navigate(APP + "/konsolidering/" + round);
        assertThat(page.locator("#consolidation-left")).hasText("3 af 3 A-indstillinger mangler en plads.");
        page.locator("#group-name input").fill(group);
        page.locator("#create-group").click();
        Locator groupCard = page.locator(".consolidation-group").filter(new Locator.FilterOptions().setHasText(group));
        assertThat(groupCard).hasCount(1);
        for (var nomination : filed) {
            // The move control is a combo box: open it, then pick the group among its options.
            page.locator("#move-" + nomination.id() + " input").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(group)).click();
            assertThat(groupCard.locator("#nomination-" + nomination.id())).hasCount(1);
        }
        assertThat(page.locator("#consolidation-left")).hasText("Alle 3 A-indstillinger har fået deres plads.");
        assertThat(groupCard).containsText("WGS pr. år: lav 23 / forventet 42 / høj 65");
        screenshot("e2e-phase3-1-consolidated.png");

        page.navigate(APP + "/kvalificering/" + round);
        page.locator("#qualification-send-button").click();
        assertThat(page.locator("#qualification-status")).containsText("Sendt til selskaberne");

        switchTo("karen");
        page.navigate(APP + "/kvalificering");
        page.locator("#qualification-answer-" + round).click();
        assertThat(page.locator("#hearing-heading")).isVisible();
        Locator questions = page.locator("[id^=questions-]").first();
        assertThat(questions).containsText(group);
        questions.getByLabel("Lavt skøn", new Locator.GetByLabelOptions().setExact(true)).fill("15");
        questions.getByLabel("Forventet", new Locator.GetByLabelOptions().setExact(true)).fill("25");
        questions.getByLabel("Højt skøn", new Locator.GetByLabelOptions().setExact(true)).fill("40");
        questions.locator("textarea").first().fill("Klinisk fysiologi");
        questions.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Nej").setExact(true)).check();
        page.locator("#hearing-heading").click();
        assertThat(page.locator("[id^=questions-saved-]").first()).containsText("Gemt kl.");
        page.locator("[id^=answer-submit-]").first().click();
        assertThat(page.locator("[id^=answer-state-]").first()).containsText("Svar indsendt");
        screenshot("e2e-phase3-2-qualified.png");

        switchTo("nina");
        page.navigate(APP + "/kvalificering/" + round);
        assertThat(page.locator("[id^=qualification-answers-]").first()).containsText("Klinisk fysiologi");
        page.navigate(APP + "/sagsfremstilling/" + round);
        page.locator("#case-release").click();
        assertThat(page.locator("#case-status")).containsText("Senest frigivet til styregruppen");

        page.navigate(APP + "/beslutning/" + round);
        Locator decision = page.locator("[id^=decision-group-]").filter(new Locator.FilterOptions().setHasText(group));
        String groupId = decision.getAttribute("id").substring("decision-group-".length());
        page.locator("#decision-selected-" + groupId).click();
        page.locator("#decision-rank-" + groupId + " input").fill("1");
        page.locator("#decision-socio-" + groupId + " textarea").fill("Tidlig diagnose sparer udredning.");
        page.locator("#decision-record-" + groupId).click();
        assertThat(page.locator("#decision-outcome-" + groupId)).containsText("Valgt på mødet");
        assertThat(page.locator("#decision-outcome-" + groupId)).containsText("med prioritet 1; optaget i kataloget som " + code + "-01.");
        screenshot("e2e-phase4-1-decided.png");

        page.navigate(APP + "/implementeringsplan/" + round);
        page.locator("#plan-new-version").click();
        assertThat(page.locator("#plan-ready")).hasText("Planen er komplet og kan indsendes til styregruppen.");
        page.locator("#plan-submit").click();
        assertThat(page.locator("#plan-new-version")).hasCount(0);

        switchTo("svend");
        page.navigate(APP + "/implementeringsplan/" + round);
        assertThat(page.locator("#plan-lines-1")).containsText(group);
        page.locator("#plan-decision-comment textarea").fill("Godkendt.");
        page.locator("#plan-approve").click();
        assertThat(page.locator("#plan-status")).hasText("Gældende plan: version 1.");
        screenshot("e2e-phase4-2-plan-approved.png");

        switchTo("nina");
        page.navigate(APP + "/wgs-budget");
        assertThat(page.locator("#ledger-grid")).containsText(group);
        screenshot("e2e-phase4-3-ledger.png");
    }

    /**
     * Files the nominations as Rasmus and has the working group find them A through the services, as the phase 1–2
     * test shows it done in the browser; each person involved is recorded as having logged in once.
     */
    private static List<dk.ngc.skema.nomination.NominationInfo> assessedRound(String code,
                                                                              List<dk.ngc.skema.consolidation.ConsolidationTestData.Filed> filed) {
        // The people a society invitee is mailed through must be known to Skema at sending.
        List.of("karen", "lars", "svend").forEach(KeycloakLoginBrowserTest::actAs);
        return asUser("rasmus", () -> dk.ngc.skema.consolidation.ConsolidationTestData.assessedRound(KeycloakLoginBrowserTest::actAs,
                app.getBean(dk.ngc.skema.testsupport.TestRounds.class), app.getBean(dk.ngc.skema.nomination.NominationService.class),
                app.getBean(dk.ngc.skema.forms.FormService.class), app.getBean(dk.ngc.skema.assessment.AssessmentService.class), code, filed));
    }

    /**
     * A specialist network in the browser through Keycloak: Nanna appoints herself to Region Nordjylland's seat, starts
     * the network's delimitation (its answers prefilled as the pilot's through the services), raises the age limit of
     * an indication from under 18 to under 19 years in the criteria editor and submits; Nina sends it to the working
     * group's hearing, Svend approves it, and the checker then finds an 18-year-old eligible, by the edited criterion.
     */
    @Test
    void aRegionAppointsAMemberWhoEditsACriterionAndTheApprovedDelimitationAnswersInTheChecker() {
        String groupCode = "R1-08";
        switchTo("nanna");
        // The working group's hearing goes to the members Skema knows at sending: they have logged in once.
        actAs("william");
        actAs("mette");
        var network = asUser("nina", () -> app.getBean(dk.ngc.skema.network.NetworkService.class)
                .create(groupCode, "Testnetværk " + groupCode, null, null, List.of("dps")));

        page.navigate(APP + "/netvaerk/" + network.id());
        Locator ownSeat = page.locator(".network-seat").filter(new Locator.FilterOptions().setHasText("Region Nordjylland"));
        ownSeat.locator(".network-appoint").first().click();
        page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Person")).locator("input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Nanna Vestergaard"))).click();
        page.locator("#network-appoint-save").click();
        assertThat(page.locator("#network-seats")).containsText("Nanna Vestergaard, udpeget af Region Nordjylland");
        screenshot("e2e-network-1-appointed.png");

        page.locator("#delimitation-start").click();
        assertThat(page.locator(".delimitation-version")).hasCount(1);
        long responseId = asUser("nanna", () -> {
            var delimitation = app.getBean(dk.ngc.skema.network.DelimitationService.class).delimitations(network.id()).getFirst();
            var forms = app.getBean(dk.ngc.skema.forms.FormService.class);
            forms.saveDraft(delimitation.responseId(), dk.ngc.skema.demo.PilotDelimitation.answers(), forms.response(delimitation.responseId()).lockVersion());
            return delimitation.responseId();
        });
        page.navigate(APP + "/besvarelse/" + responseId);
        // The indications are the second section of the delimitation.
        nextSection();
        // Rows of a long list start closed, and a criterion's limits sit in its folded details: open them, as a person would.
        assertThat(page.locator("#submit")).isVisible();
        Locator closedRows = page.locator(".form-row vaadin-button[aria-expanded=false]");
        while (closedRows.count() > 0) {
            int before = closedRows.count();
            closedRows.first().click();
            assertThat(closedRows).hasCount(before - 1);
        }
        // A criteria tree is shown as its reading until "Rediger kriterier" opens the editor.
        Locator ageCriteria = page.locator(".form-criteria").filter(new Locator.FilterOptions().setHasText(Pattern.compile("18 år"))).first();
        ageCriteria.locator("vaadin-button").first().click();
        Locator ageDetails = ageCriteria.locator("vaadin-details.criteria-details").filter(new Locator.FilterOptions().setHasText(Pattern.compile("<\\s*18")));
        assertThat(ageDetails.first()).isVisible();
        ageDetails.first().locator("vaadin-details-summary").click();
        Locator ageLimit = ageDetails.first().locator(".criteria-quantity-value input");
        assertThat(ageLimit).hasValue("18");
        ageLimit.fill("19");
        ageLimit.press("Tab");
        // The criterion's own words stay as the network wrote them; its limit, which the checker applies, is now 19.
        assertThat(ageCriteria.locator("vaadin-details.criteria-details").filter(new Locator.FilterOptions().setHasText("age < 19 år"))).hasCount(1);
        screenshot("e2e-network-2-criterion-edited.png");
        page.locator("#submit").click();
        assertThat(page.locator("body")).containsText("Indsendt");

        switchTo("nina");
        page.navigate(APP + "/netvaerk/" + network.id());
        page.locator(".delimitation-send").first().click();
        assertThat(page.locator(".delimitation-version").first()).containsText("I høring");

        switchTo("svend");
        page.navigate(APP + "/netvaerk/" + network.id());
        page.locator(".delimitation-approve").first().click();
        assertThat(page.locator(".delimitation-version").first()).containsText("Godkendt – gældende");
        screenshot("e2e-network-3-approved.png");

        page.navigate(APP + "/tjek-indikation");
        var approved = asUser("svend", () -> app.getBean(dk.ngc.skema.network.DirectoryService.class).indications().stream()
                .filter(indication -> indication.groupCode().equals(groupCode)).findFirst().orElseThrow());
        page.locator("#checker-choice input").fill(approved.code());
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(approved.code() + " " + approved.name(java.util.Locale.of("da")))).click();
        for (String criterion : List.of("Mistanke om en genetisk årsag",
                "Tilstanden skyldes ikke en i forvejen genetisk afklaret sygdom i familien", "En eller flere misdannelser")) {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(criterion).setExact(true)).check();
        }
        page.locator("#checker-inputs vaadin-text-field[data-variable=age] input").first().fill("18");
        page.locator("#checker-check").click();
        // Eligible at 18 only by the member's edit: the pilot's own limit is under 18 years.
        Locator eligible = page.locator(".checker-eligible");
        assertThat(eligible).containsText(approved.code() + " " + approved.name(java.util.Locale.of("da")) + ": kan tilbydes WGS");
        assertThat(eligible).containsText("alder er 18 år");
        screenshot("e2e-network-4-checker.png");
    }

    /** Work done through the services as this demo user (who is recorded as having logged in); logged out afterwards. */
    private static <T> T asUser(String username, java.util.function.Supplier<T> work) {
        actAs(username);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** From now on (on this thread), the services see this demo user as logged in, who is recorded as having logged in. */
    private static void actAs(String username) {
        if (demoUsers == null) {
            // The profile keycloak has no development login bean: the realm export is read once, here.
            demoUsers = new dk.ngc.skema.security.dev.DevUserDirectory(
                    new org.springframework.core.io.FileSystemResource("realm-config/skema-realm.json"), app.getEnvironment(), java.time.Clock.systemUTC());
        }
        var users = demoUsers;
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.authenticate(username));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        app.publishEvent(new dk.ngc.skema.security.SkemaLoginEvent(users.find(username).orElseThrow().user()));
    }

    /**
     * The regions' requisition system takes a token from the real Keycloak with its client credentials and reads the
     * catalogue through the API; a system whose client lacks the directory scope is refused (403), a call without a
     * token too (401).
     */
    @Test
    void aRegionsSystemWithAKeycloakTokenReadsTheApiAndOneWithoutTheScopeIsRefused() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String withScope = clientCredentialsToken(http, "skema-region-requisition", "region-requisition-dev-secret");
        String withoutScope = clientCredentialsToken(http, "skema-other-system", "other-system-dev-secret");

        var reader = http.send(api("/api/v1/patient-groups", withScope), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(reader.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(reader.body()).contains("\"code\":\"R1-01\"");

        org.assertj.core.api.Assertions.assertThat(http.send(api("/api/v1/patient-groups", withoutScope),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(http.send(api("/api/v1/patient-groups", null),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private static java.net.http.HttpRequest api(String path, String token) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(APP + path)).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static String clientCredentialsToken(java.net.http.HttpClient http, String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret;
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(keycloak.url() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * Keycloak goes down after Nina logged in: she goes on working in Skema; a new visitor's login gets Skema's
     * Danish page saying the login service cannot be reached (503), not the browser's "cannot connect".
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void whenKeycloakStopsASessionGoesOnAndANewLoginSaysKeycloakIsUnreachable() {
        login("nina", "demo");
        assertThat(page.locator("h1")).hasText("Velkommen, Nina Holm");

        keycloak.close();
        keycloak = null;

        page.navigate(APP + "/indstillinger/indbakke");
        assertThat(page.locator("#inbox-grid")).isVisible();
        page.navigate(APP + "/runder");
        assertThat(page.locator("h1")).isVisible();
        assertThat(page).hasURL(APP + "/runder");
        screenshot("e2e-keycloak-down-session-goes-on.png");

        try (BrowserContext stranger = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK").setViewportSize(1280, 800))) {
            Page visitor = stranger.newPage();
            var response = visitor.navigate(APP + "/");
            assertThat(visitor.locator("#keycloak-unreachable")).hasText("Login er ikke muligt lige nu");
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(503);
            assertThat(visitor.locator("body")).containsText("Skema kan ikke nå login-tjenesten (Keycloak)");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("e2e-keycloak-down-new-login.png")));
        }
    }

    /** A new browser session logged in through Keycloak as this demo user. */
    private void switchTo(String username) {
        context.close();
        openBrowser();
        login(username, "demo");
    }

    /** Starts a nomination in the open round and fills in and submits every required answer, as a nominator would. */
    private void fileNomination(String title, String otherOrganisation, String description) {
        page.navigate(APP + "/indstillinger");
        if (otherOrganisation != null) {
            page.locator("#on-behalf-of input").fill(otherOrganisation);
            page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(otherOrganisation)).click();
            page.keyboard().press("Escape");
        }
        page.locator("#start-nomination").click();
        byLabel("Patientgruppens titel").fill(title);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ny patientgruppe")).check();
        page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHas(page.locator("label").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^Navn$"))))).first().locator("input").fill("Kontakt Person");
        page.locator("vaadin-email-field, vaadin-text-field").filter(new Locator.FilterOptions().setHas(page.locator("label").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^E-mail$"))))).first().locator("input").fill("kontakt@skema.example");
        page.locator("vaadin-multi-select-combo-box").nth(1).locator("input").fill("Dansk Cardiologisk");
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Dansk Cardiologisk Selskab")).click();
        page.keyboard().press("Escape");
        byLabel("Beskrivelse af patientgruppen").fill(description);
        // One section at a time: "Næste" below each.
        nextSection();
        byLabel("Faglig begrundelse").fill("WGS finder flere sygdomsgivende varianter end genpaneler.");
        byLabel("Forventet diagnostisk udbytte").fill("Omkring 30 %.");
        byLabel("Merværdi ved skifte fra nuværende diagnostik").fill("Én analyse i stedet for flere paneler.");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("National eller international erfaring")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("National eller international erfaring").setExact(true))
                .fill("Erfaring fra pilotprojektet.");
        nextSection();
        page.getByLabel(Pattern.compile("^I hvilket omfang er WGS")).fill("Genpaneler anvendes i dag.");
        page.getByLabel(Pattern.compile("^Muligheder for national udbredelse")).fill("Alle fem regioner har kardiogenetiske klinikker.");
        nextSection();
        byLabel("Antal nydiagnosticerede patienter per år").fill("300");
        byLabel("Forventet").fill("400");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Familieundersøgelser"))).check();
        byLabel("Uddyb, hvordan antallet af WGS er beregnet").fill("Probander og forældre.");
        nextSection();
        byLabel("Region Hovedstaden: Rekvisition").fill("Klinisk Genetik");
        nextSection();
        Locator yes = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ja"));
        yes.nth(0).check();
        yes.nth(1).check();
        page.locator("#submit").click();
        assertThat(page).hasURL(Pattern.compile("/besvarelse/\\d+$"));
        assertThat(page.locator("body")).containsText("Indsendt");
    }

    /** "Næste: …" below the section on screen; waits for the next section's heading to take the focus. */
    private void nextSection() {
        Locator next = page.locator("vaadin-button.form-next");
        String label = next.innerText();
        next.click();
        assertThat(page.locator(".form-section:visible h2")).hasText(label.replaceFirst("^Næste: ", "").trim());
    }

    private Locator byLabel(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Opens Skema, which sends the browser to Keycloak's login form, and logs in there. */
    private void login(String username, String password) {
        page.navigate(APP + "/");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(onKeycloak());
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
        page.waitForURL(APP + "/**");
    }

    /** Keycloak's pages of the realm. Playwright runs the pattern as a JavaScript RegExp: no \\Q...\\E quoting. */
    private static Pattern onKeycloak() {
        return Pattern.compile("^" + keycloak.realmUrl().replace(".", "\\.") + "/");
    }

    /** The side navigation's entries (their text also holds the shadow DOM's "Toggle child items"). */
    private Locator navItems() {
        return page.locator("vaadin-side-nav#main-navigation vaadin-side-nav-item");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
