package dk.ngc.skema.load;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Regions;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundInfo;
import dk.ngc.skema.round.RoundService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.security.SkemaLoginEvent;
import dk.ngc.skema.security.SystemActor;
import dk.ngc.skema.security.dev.DevUserDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the simulated people need, made through Skema's services as the demo users who would do it (so every rule is
 * checked as for them): a round under assessment with submitted nominations to rate, filed by the region and LVS
 * users, and a round open for nominations to file into. The working group's members rate the first; the nominators
 * file drafts in the second.
 */
final class LoadData {

    /** The nominators and the organisation each files on behalf of (their own, so no one is asked to confirm). */
    static final Map<String, String> NOMINATORS = Map.of("rasmus", "region-hovedstaden", "sofie", "region-midtjylland", "lars", "dsmg");
    static final List<String> MEMBERS = List.of("william", "mette", "jens");

    private final RoundService rounds;
    private final NominationService nominations;
    private final FormService forms;
    private final AssessmentService assessments;
    private final SystemActor system;
    private final DevUserDirectory users;
    private final ApplicationContext context;
    private final Set<String> announced = new HashSet<>();

    LoadData(ApplicationContext context) {
        this.context = context;
        rounds = context.getBean(RoundService.class);
        nominations = context.getBean(NominationService.class);
        forms = context.getBean(FormService.class);
        assessments = context.getBean(AssessmentService.class);
        system = context.getBean(SystemActor.class);
        users = context.getBean(DevUserDirectory.class);
    }

    /**
     * The round under assessment with {@code count} submitted nominations (as round 1's 72), filed in turn by the
     * nominators; their ids in filing order.
     */
    List<Long> roundUnderAssessment(int count) {
        Instant now = Instant.now();
        RoundInfo round = system.callAsNgc(() -> rounds.setNominationPhase(rounds.createRound("LV", "Belastningstest, vurdering",
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(1)), new BigDecimal("50.00")).id(), RoundState.OPEN));
        List<String> filers = List.copyOf(NOMINATORS.keySet());
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String filer = filers.get(i % filers.size());
            String title = "Belastningstest, patientgruppe " + (i + 1);
            submitted.add(as(filer, () -> {
                NominationInfo nomination = nominations.start(round.id(), List.of(NOMINATORS.get(filer)));
                var result = forms.submit(nomination.responseId(), completeAnswers(filer, title),
                        forms.response(nomination.responseId()).lockVersion());
                if (!result.submitted()) {
                    throw new IllegalStateException("The load's nomination " + title + " was refused: " + result.problems());
                }
                return nomination.id();
            }));
        }
        system.runAsNgc(() -> {
            rounds.setNominationPhase(round.id(), RoundState.CLOSED);
            assessments.start(round.id());
        });
        return submitted;
    }

    /** The round the nominators file their drafts into, open for a month. */
    void openRound() {
        Instant now = Instant.now();
        system.runAsNgc(() -> rounds.setNominationPhase(rounds.createRound("LI", "Belastningstest, indstilling",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), new BigDecimal("50.00")).id(), RoundState.OPEN));
    }

    /** The text answer {@code key} of a response as stored, read as {@code username} (who may read it); empty when unanswered. */
    String storedText(String username, long responseId, String key) {
        return as(username, () -> forms.response(responseId).answers().text(key).orElse(""));
    }

    /** Work as a demo user, announced as logged in the first time, as a real login announces the person. */
    private <T> T as(String username, Supplier<T> work) {
        if (announced.add(username)) {
            context.publishEvent(new SkemaLoginEvent(users.find(username).orElseThrow().user()));
        }
        var previous = SecurityContextHolder.getContext();
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(users.authenticate(username));
        SecurityContextHolder.setContext(securityContext);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Every required answer of the nomination form, so that the nomination may be submitted. */
    private Answers completeAnswers(String filer, String title) {
        String organisation = NOMINATORS.get(filer);
        Map<String, Object> setupPerRegion = new LinkedHashMap<>();
        Regions.keys().forEach(region -> setupPerRegion.put(region, Map.of("requisition", "Klinisk genetisk afdeling",
                "geneticDiagnostics", "Genpanel", "interpretation", "Klinisk genetisk afdeling", "answer", "Den henvisende afdeling")));
        return Answers.empty()
                .with("patientGroupTitle", title)
                .with("nominationType", "new")
                .with("nominatedOnBehalfOf", List.of(organisation))
                .with("contactPerson", Map.of("name", users.find(filer).orElseThrow().user().fullName(), "organisation", "Belastningstest",
                        "email", filer + "@skema.example"))
                .with("primarySpecialtySocieties", List.of("dsmg"))
                .with("groupDescription", "Patienter i en gruppe, der kun findes i belastningstesten.")
                .with("professionalRationale", "Belastningstesten skal have noget at vurdere.")
                .with("diagnosticYield", "Udbyttet ventes at stige med helgenomsekventering.")
                .with("addedValue", "Én analyse i stedet for flere.")
                .with("basis", List.of("experience"))
                .with("experience", "Erfaring fra de klinisk genetiske afdelinger.")
                .with("currentClinicalUse", "Genpaneler.")
                .with("nationalRollout", "Henvisning fra de specialiserede afdelinger i alle regioner.")
                .with("patientsPerYearNew", 50)
                .with("wgsPerYear", Map.of("low", 40, "expected", 50, "high", 60))
                .with("wgsBasis", List.of("trio"))
                .with("wgsBasisExplanation", "Trioanalyser.")
                .with("currentSetup", setupPerRegion)
                .with("nationalNomination", true)
                .with("mayBeAppointed", true);
    }
}
