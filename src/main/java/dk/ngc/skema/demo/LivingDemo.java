package dk.ngc.skema.demo;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.assessment.Rating;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.nomination.InboxFilter;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.PartyInfo;
import dk.ngc.skema.nomination.PartyStatus;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's content, made through the public services as the demo users who would do it, so that every rule
 * is checked as for a person, and every page has something to show on the first start:
 * <ul>
 *   <li>the pilot network's delimitation, filed by the network member {@link PilotDelimitation#OWNER};</li>
 *   <li>an earlier round, {@value #EARLIER_ROUND}, closed, assessed by the working-group members william, mette
 *       and jens (mette recused where her own society nominated) and its results released;</li>
 *   <li>round 2 ({@value #OPEN_ROUND}) open, with nominations in every state: drafts, one awaiting a society's
 *       confirmation, submitted, withdrawn, and one merged into a similar one.</li>
 * </ul>
 * Each part is made only when it is missing, so a restart costs three look-ups.
 */
class LivingDemo {

    static final String EARLIER_ROUND = "S1";
    static final String OPEN_ROUND = "R2";

    private static final Logger log = LoggerFactory.getLogger(LivingDemo.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Locale DANISH = Locale.of("da");

    /** Contact details the demo users give in their nominations: name, workplace. */
    private static final Map<String, String[]> CONTACTS = Map.of(
            "rasmus", new String[]{"Rasmus Berg", "Rigshospitalet, Klinisk Genetisk Klinik"},
            "sofie", new String[]{"Sofie Lund", "Aarhus Universitetshospital, Klinisk Genetisk Afdeling"},
            "lars", new String[]{"Lars Krogh", "Odense Universitetshospital, Klinisk Genetisk Afdeling"},
            "karen", new String[]{"Karen Juhl", "Rigshospitalet, Børne- og Ungeafdelingen"},
            "nanna", new String[]{"Nanna Vestergaard", "Aalborg Universitetshospital, Klinisk Genetisk Afdeling"});

    private final RoundService rounds;
    private final NominationService nominations;
    private final dk.ngc.skema.nomination.NominationInboxService inboxService;
    private final FormService forms;
    private final AssessmentService assessments;
    private final SystemActor system;
    private final DemoUsers users;
    private final Clock clock;

    LivingDemo(RoundService rounds, NominationService nominations, dk.ngc.skema.nomination.NominationInboxService inboxService, FormService forms, AssessmentService assessments,
               SystemActor system, DemoUsers users, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.inboxService = inboxService;
        this.forms = forms;
        this.assessments = assessments;
        this.system = system;
        this.users = users;
        this.clock = clock;
    }

    void seed() {
        long started = System.nanoTime();
        boolean made = pilotDelimitation() | earlierRound() | openRound();
        if (made) {
            log.info("Demo data made in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    // ---------------------------------------------------------------- the pilot

    /** The pilot network's delimitation, submitted by its network member. */
    private boolean pilotDelimitation() {
        if (users.lookUpAs(PilotDelimitation.OWNER, () -> forms.myResponses().stream()
                .anyMatch(response -> response.formKey().equals(PilotDelimitation.FORM_KEY)))) {
            return false;
        }
        return users.callAs(PilotDelimitation.OWNER, () -> {
            long version = forms.publishedVersion(PilotDelimitation.FORM_KEY).info().id();
            var response = forms.startResponse(version);
            var result = forms.submit(response.id(), PilotDelimitation.answers(), forms.response(response.id()).lockVersion());
            if (!result.submitted()) {
                throw new IllegalStateException("The pilot delimitation was refused: " + result.problems());
            }
            return true;
        });
    }

    // ---------------------------------------------------------------- the earlier round, assessed

    /**
     * A supplementary round, run on the platform and assessed. Nominations are accepted only inside an open
     * window by the real clock, so its window ends at 23:59 Danish time on the day of the first start (as every
     * demo round's deadline), and NGC closes it by hand at once (as the rounds page lets NGC do).
     */
    private boolean earlierRound() {
        if (system.callAsNgc(() -> rounds.byCode(EARLIER_ROUND)).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(DANISH_TIME));
        RoundInfo round = system.callAsNgc(() -> {
            RoundInfo created = rounds.createRound(EARLIER_ROUND, "Supplerende indstillingsrunde",
                    today.minusDays(75).atStartOfDay(DANISH_TIME).toInstant(),
                    closesAtEndOfDay(now), new BigDecimal("50.00"));
            return rounds.setNominationPhase(created.id(), RoundState.OPEN);
        });

        NominationInfo heart = file(round.id(), "rasmus", "Arvelige hjertesygdomme – udvidelse til børn og unge",
                List.of("region-hovedstaden", "dcs"), "R1-06",
                "Børn og unge under 18 år med mistanke om arvelig kardiomyopati, arytmisyndrom eller aortasygdom, "
                        + "herunder børn af forældre med kendt arvelig hjertesygdom uden afklaret genetisk årsag.",
                "Tidlig genetisk diagnose hos børn ændrer opfølgning og behandling og afklarer risikoen for søskende.", 150, 260, true);
        confirm("karen", heart, "dcs");
        NominationInfo hearing = file(round.id(), "sofie", "Medfødt hørenedsættelse hos børn", List.of("region-midtjylland"), null,
                "Børn med medfødt eller tidligt debuterende, uforklaret bilateral hørenedsættelse, med eller uden andre fund.",
                "Op mod halvdelen af tilfældene er genetisk betingede; en diagnose afklarer syndromer og prognose.", 90, 180, true);
        NominationInfo epilepsy = file(round.id(), "lars", "Uafklaret epilepsi hos voksne med intellektuel funktionsnedsættelse",
                List.of("dsmg"), null,
                "Voksne med epilepsi debuteret i barndommen og intellektuel funktionsnedsættelse, hvor tidligere genpanel er normalt.",
                "Flere patienter blev undersøgt, før brede analyser fandtes; en diagnose kan ændre den antiepileptiske behandling.", 200, 220, true);
        NominationInfo cholesterol = file(round.id(), "nanna", "Familiær hyperkolesterolæmi", List.of("region-nordjylland"), null,
                "Personer med LDL-kolesterol over 5 mmol/l og familiær disposition til tidlig hjertekarsygdom.",
                "Kaskadescreening af slægtninge forebygger tidlig hjertekarsygdom.", 400, 500, true);

        system.runAsNgc(() -> {
            rounds.setNominationPhase(round.id(), RoundState.CLOSED);
            assessments.start(round.id());
            // The demo's working group is its three members, so their ratings decide.
            assessments.setWorkingGroupSize(round.id(), 3);
        });
        rate("william", heart, Rating.A, "Velbeskrevet gruppe med klar klinisk gevinst.", "Ensartet tilbud på tværs af regionerne.");
        rate("mette", heart, Rating.A, "Høj diagnostisk udbytte forventes.", null);
        rate("jens", heart, Rating.A, null, "Vigtigt for familierne at få en afklaring tidligt.");
        rate("william", hearing, Rating.A, "Stor andel genetiske årsager.", null);
        rate("mette", hearing, Rating.A, null, null);
        rate("jens", hearing, Rating.B, "Gruppen kan i dag afklares med genpanel.", null);
        rate("william", epilepsy, Rating.B, "Afgrænsningen er for bred.", "Bør afgrænses nærmere i samarbejde med neurologerne.");
        recuse("mette", epilepsy, "Dansk Selskab for Medicinsk Genetik, som jeg er medlem af, har indstillet patientgruppen.");
        rate("jens", epilepsy, Rating.B, null, null);
        rate("william", cholesterol, Rating.A, null, null);
        rate("mette", cholesterol, Rating.B, "Diagnosen stilles i dag med et målrettet genpanel; helgenom tilfører lidt.", null);
        rate("jens", cholesterol, Rating.B, null, null);
        system.runAsNgc(() -> {
            assessments.close(round.id());
            assessments.release(round.id());
        });
        return true;
    }

    /** 23:59 Danish time today, or tomorrow when today's is too close for the filing that follows. */
    private static Instant closesAtEndOfDay(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DANISH_TIME);
        Instant tonight = today.atTime(23, 59).atZone(DANISH_TIME).toInstant();
        return tonight.isAfter(now.plus(Duration.ofMinutes(10))) ? tonight : today.plusDays(1).atTime(23, 59).atZone(DANISH_TIME).toInstant();
    }

    // ---------------------------------------------------------------- round 2, open

    /** Round 2's nominations, once the round exists (DemoRounds) and has none. */
    private boolean openRound() {
        RoundInfo round = system.callAsNgc(() -> rounds.byCode(OPEN_ROUND)).orElse(null);
        if (round == null || !round.acceptsNominationsAt(clock.instant())
                || system.callAsNgc(() -> inboxService.inboxCount(new InboxFilter(null, round.id(), null, null))) > 0) {
            return false;
        }
        long id = round.id();
        NominationInfo eyes = file(id, "rasmus", "Arvelige øjensygdomme med tidligt synstab", List.of("region-hovedstaden"), null,
                "Børn og unge voksne med arvelig nethinde- eller synsnervesygdom og synstab før 30-årsalderen.",
                "Genterapi er godkendt til enkelte genetiske årsager; behandlingen forudsætter en genetisk diagnose.", 120, 150, true);
        NominationInfo retina = file(id, "sofie", "Arvelig nethindesygdom (retinitis pigmentosa)", List.of("region-midtjylland"), null,
                "Patienter med retinitis pigmentosa og beslægtede nethindedystrofier uden kendt genetisk årsag.",
                "En genetisk diagnose giver adgang til genterapi og forsøgsbehandling.", 60, 80, true);
        file(id, "rasmus", "Mitokondriesygdomme hos børn og voksne", List.of("region-hovedstaden", "dps"), null,
                "Børn og voksne med mistanke om mitokondriesygdom ud fra klinik, biokemi eller muskelbiopsi.",
                "Mitokondriesygdomme skyldes gener i både kernens og mitokondriernes DNA; helgenom dækker begge.", 80, 140, true);
        file(id, "karen", "Uafklaret kardiomyopati hos børn og unge", List.of("dcs"), null,
                "Børn og unge under 18 år med kardiomyopati uden kendt årsag.",
                "En genetisk årsag findes hos op mod 40 %; den styrer behandling og undersøgelse af familien.", 50, 120, true);
        NominationInfo connective = file(id, "lars", "Arvelige bindevævssygdomme (Marfan, Ehlers-Danlos m.fl.)",
                List.of("dsmg", "region-midtjylland"), null,
                "Patienter med mistanke om arvelig bindevævssygdom med risiko for aortaaneurisme.",
                "Den genetiske diagnose afgør kontrolprogram og tidspunkt for forebyggende kirurgi.", 150, 200, true);
        confirm("sofie", connective, "region-midtjylland");
        NominationInfo liver = file(id, "sofie", "Uafklaret leversygdom hos børn", List.of("region-midtjylland"), null,
                "Børn med kronisk leversygdom eller leversvigt uden afklaret årsag.",
                "Flere metaboliske leversygdomme kan behandles, når årsagen kendes.", 40, 70, true);
        users.runAs("sofie", () -> nominations.withdraw(liver.id()));
        file(id, "rasmus", "Arvelige nyresygdomme hos børn", List.of("region-hovedstaden"), null,
                "Børn med medfødte misdannelser i nyrer og urinveje eller tidligt debuterende nyresvigt.",
                "En genetisk diagnose afklarer risiko for gentagelse og valg af donor ved transplantation.", 70, 110, false);
        startDraft(id, "lars", "Sjældne knoglesygdomme hos børn", List.of("dsmg"));
        system.runAsNgc(() -> inboxService.merge(eyes.id(), retina.id(),
                "Begge indstillinger omfatter arvelige nethindesygdomme; de vurderes som én patientgruppe."));
        return true;
    }

    // ---------------------------------------------------------------- as the demo users

    /** The filer starts a nomination and fills it in completely; submitted, or kept as a saved draft. */
    private NominationInfo file(long roundId, String filer, String title, List<String> parties, String expandedGroup,
                                String description, String rationale, int patientsPerYear, int wgsExpected, boolean submit) {
        Answers answers = answers(filer, title, parties, expandedGroup, description, rationale, patientsPerYear, wgsExpected);
        return users.callAs(filer, () -> {
            NominationInfo nomination = nominations.start(roundId, parties);
            long lock = forms.response(nomination.responseId()).lockVersion();
            if (submit) {
                var result = forms.submit(nomination.responseId(), answers, lock);
                if (!result.submitted()) {
                    throw new IllegalStateException("The demo nomination " + title + " was refused: " + result.problems());
                }
            } else {
                forms.saveDraft(nomination.responseId(), answers, lock);
            }
            return nominations.nomination(nomination.id(), DANISH);
        });
    }

    /** A draft just begun: only the title and who it is on behalf of. */
    private void startDraft(long roundId, String filer, String title, List<String> parties) {
        users.runAs(filer, () -> {
            NominationInfo nomination = nominations.start(roundId, parties);
            forms.saveDraft(nomination.responseId(), Answers.empty().with("patientGroupTitle", title)
                    .with("nominatedOnBehalfOf", parties), forms.response(nomination.responseId()).lockVersion());
        });
    }

    private void confirm(String username, NominationInfo nomination, String organisationCode) {
        PartyInfo party = nomination.parties().stream()
                .filter(p -> p.organisationCode().equals(organisationCode) && p.status() == PartyStatus.PENDING)
                .findFirst().orElseThrow();
        users.runAs(username, () -> nominations.decide(party.id(), true, null));
    }

    private void rate(String member, NominationInfo nomination, Rating rating, String professionalism, String nationalAccess) {
        users.runAs(member, () -> assessments.assess(nomination.id(), false, null, rating, professionalism, nationalAccess));
    }

    private void recuse(String member, NominationInfo nomination, String reason) {
        users.runAs(member, () -> assessments.assess(nomination.id(), true, reason, null, null, null));
    }

    /** Every required answer of the round-2 form, worded for this patient group. */
    private static Answers answers(String filer, String title, List<String> parties, String expandedGroup,
                                   String description, String rationale, int patientsPerYear, int wgsExpected) {
        String[] contact = CONTACTS.get(filer);
        Map<String, Object> setup = new LinkedHashMap<>();
        Regions.keys().forEach(region -> setup.put(region, Map.of("requisition", "Klinisk genetisk afdeling",
                "geneticDiagnostics", "Genpanel på regionens molekylærgenetiske laboratorium",
                "interpretation", "Klinisk genetisk afdeling", "answer", "Den behandlende afdeling")));
        List<String> societies = parties.stream().filter(code -> !code.startsWith("region-")).toList();
        Answers answers = Answers.empty()
                .with("patientGroupTitle", title)
                .with("nominationType", expandedGroup == null ? "new" : "expansion")
                .with("nominatedOnBehalfOf", parties)
                .with("contactPerson", Map.of("name", contact[0], "organisation", contact[1], "email", filer + "@skema.example"))
                .with("primarySpecialtySocieties", societies.isEmpty() ? List.of("dsmg") : societies)
                .with("groupDescription", description)
                .with("professionalRationale", rationale)
                .with("diagnosticYield", "Det diagnostiske udbytte ventes at stige fra 15–20 % med genpanel til 30–40 % med helgenom.")
                .with("addedValue", "Én analyse i stedet for flere efterfølgende panelundersøgelser giver hurtigere svar.")
                .with("basis", List.of("experience"))
                .with("experience", "Erfaringer fra eksomsekventering på de klinisk genetiske afdelinger og fra nordiske kohorter.")
                .with("currentClinicalUse", "Patienterne udredes i dag med genpaneler, som varierer mellem regionerne.")
                .with("nationalRollout", "Henvisning fra de specialiserede afdelinger i alle fem regioner efter MDT-konference.")
                .with("patientsPerYearNew", patientsPerYear)
                .with("wgsPerYear", Map.of("low", wgsExpected * 3 / 4, "expected", wgsExpected, "high", wgsExpected * 5 / 4))
                .with("wgsBasis", List.of("trio"))
                .with("wgsBasisExplanation", "Trioanalyser (barn og begge forældre) hvor forældrene er tilgængelige.")
                .with("currentSetup", setup)
                .with("nationalNomination", true)
                .with("mayBeAppointed", true);
        return expandedGroup == null ? answers : answers.with("existingGroup", expandedGroup);
    }
}
