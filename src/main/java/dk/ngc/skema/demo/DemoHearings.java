package dk.ngc.skema.demo;

import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.Accommodation;
import dk.ngc.skema.hearing.AnchorKind;
import dk.ngc.skema.hearing.AnswerDraft;
import dk.ngc.skema.hearing.Body;
import dk.ngc.skema.hearing.CommentDraft;
import dk.ngc.skema.hearing.CommentInfo;
import dk.ngc.skema.hearing.DocumentRef;
import dk.ngc.skema.hearing.HearingDeadlines;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeChoice;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The demo's written hearings, made through the hearing service as NGC (nina) and the working group would:
 * <ul>
 *   <li>the round-2 nomination form sent to the working group, as in February 2021 (sent 19 February, due 10 March:
 *   19 days; here sent at the first start with the same 19 days), with the minutes' comments (the focus on the newly
 *   diagnosed versus the many undiagnosed patients; family studies meant as trio analyses at diagnosis), one "no
 *   comments", and NGC's answers;</li>
 *   <li>the pilot network's submitted delimitation sent to the working group, with the minutes' comments (Genomic
 *   Medicine is a department, not a section; table and text disagree on who interprets in Region Sjælland; an MDT for
 *   every WGS is heavy; 5,000 WGS could be 4,000 or 6,000; the patient perspective in the follow-up), still open.</li>
 * </ul>
 * Each is made only when no hearing of its title exists.
 */
class DemoHearings {

    static final String FORM_HEARING = "Høring over indstillingsskema, indstillingsrunde 2";
    static final String PILOT_HEARING = "Høring over pilotnetværkets afgrænsning";
    /** 19 February to 10 March 2021. */
    static final int FORM_HEARING_DAYS = 19;

    private static final Logger log = LoggerFactory.getLogger(DemoHearings.class);

    private final HearingService hearings;
    private final FormService forms;
    private final SystemActor system;
    private final DemoUsers users;
    private final Clock clock;

    DemoHearings(HearingService hearings, FormService forms, SystemActor system, DemoUsers users, Clock clock) {
        this.hearings = hearings;
        this.forms = forms;
        this.system = system;
        this.users = users;
        this.clock = clock;
    }

    void seed() {
        List<String> existing = system.callAsNgc(() -> hearings.hearings().stream().map(hearing -> hearing.title()).toList());
        if (existing.contains(FORM_HEARING) && existing.contains(PILOT_HEARING)) {
            return;
        }
        // The working group must be known (logged in once) to be resolved when the hearing is sent.
        for (String member : List.of("william", "mette", "jens")) {
            users.runAs(member, () -> hearings.myHearings());
        }
        if (!existing.contains(FORM_HEARING)) {
            formHearing();
        }
        if (!existing.contains(PILOT_HEARING)) {
            pilotHearing();
        }
    }

    private void formHearing() {
        HearingDetail hearing = users.callAs("nina", () -> {
            long version = forms.publishedVersion("nomination-round-2").info().id();
            long id = hearings.create(HearingDraft.of(FORM_HEARING,
                            "Kære medlemmer af arbejdsgruppen\n\nHermed sendes udkastet til indstillingsskemaet for indstillingsrunde 2 i "
                                    + "skriftlig høring. Vi beder om jeres bemærkninger, særligt til afsnittene om faglighed og skalering.\n\n"
                                    + "Venlig hilsen\nNationalt Genom Center",
                            DocumentRef.formVersion(version), List.of(InviteeChoice.body(Body.WORKING_GROUP)))
                    .withLastDay(HearingDeadlines.danishDay(clock.instant()).plusDays(FORM_HEARING_DAYS))).id();
            hearings.send(id);
            return hearings.hearing(id);
        });
        long id = hearing.info().id();
        users.runAs("mette", () -> hearings.submit(invitee(hearing, "mette"), AnswerDraft.of(
                CommentDraft.on(AnchorKind.FIELD, "patientsPerYearNew", "Skemaet fokuserer på de nydiagnosticerede; det bør også "
                        + "spørge til de mange patienter, der i dag står uden diagnose."),
                CommentDraft.on(AnchorKind.FIELD, "wgsBasis", "Det bør fremgå, at familieundersøgelser er ment som trioanalyser ved "
                        + "diagnosetidspunktet, ikke som senere kaskadeundersøgelser."))));
        users.runAs("jens", () -> hearings.submit(invitee(hearing, "jens"), AnswerDraft.noRemarks()));
        users.runAs("william", () -> hearings.saveDraft(invitee(hearing, "william"), AnswerDraft.of(
                CommentDraft.general("Godt at skemaet er blevet kortere end i runde 1."))));
        users.runAs("nina", () -> {
            List<CommentInfo> comments = hearings.answers(id).stream().flatMap(answer -> answer.comments().stream()).toList();
            for (CommentInfo comment : comments) {
                if ("patientsPerYearNew".equals(comment.anchor())) {
                    hearings.respond(comment.id(), "Skemaet spørger nu både til nydiagnosticerede og til tidligere uafklarede patienter.",
                            Accommodation.ACCOMMODATED, null);
                } else if ("wgsBasis".equals(comment.anchor())) {
                    hearings.respond(comment.id(), "Vejledningen til feltet præciserer, at der menes trioanalyser ved diagnose.",
                            Accommodation.PARTLY, null);
                }
            }
        });
        log.info("Demo hearing '{}' sent to the working group with answers", FORM_HEARING);
    }

    private void pilotHearing() {
        Long response = users.lookUpAs(PilotDelimitation.OWNER, () -> forms.myResponses().stream()
                .filter(candidate -> candidate.formKey().equals(PilotDelimitation.FORM_KEY)).map(candidate -> candidate.id())
                .findFirst().orElse(null));
        if (response == null) {
            return;
        }
        HearingDetail hearing = users.callAs("nina", () -> {
            long id = hearings.create(HearingDraft.of(PILOT_HEARING,
                    "Kære medlemmer af arbejdsgruppen\n\nPilotnetværket for børn og unge under 18 år med sjældne sygdomme har udfyldt "
                            + "afgrænsningsskemaet. Vi beder om jeres bemærkninger, før sagen går til styregruppen.\n\n"
                            + "Venlig hilsen\nNationalt Genom Center",
                    DocumentRef.formResponse(response), List.of(InviteeChoice.body(Body.WORKING_GROUP)))).id();
            hearings.send(id);
            return hearings.hearing(id);
        });
        users.runAs("mette", () -> hearings.submit(invitee(hearing, "mette"), AnswerDraft.of(
                CommentDraft.on(AnchorKind.FIELD, "currentSetup", "Genomisk Medicin er en afdeling, ikke en sektion."),
                CommentDraft.on(AnchorKind.FIELD, "currentSetup", "Tabellen og teksten er uenige om, hvem der fortolker i Region Sjælland."),
                CommentDraft.on(AnchorKind.FIELD, "mdtPractice", "En MDT-konference for hver WGS er tungt; overvej det kun for de "
                        + "pædiatriske rekvisitioner."))));
        users.runAs("william", () -> hearings.submit(invitee(hearing, "william"), AnswerDraft.of(
                CommentDraft.on(AnchorKind.SECTION, "delimitation", "De forventede 5.000 WGS om året er meget usikre; det kunne lige så "
                        + "vel være 4.000 eller 6.000. Angiv et interval."),
                CommentDraft.on(AnchorKind.FIELD, "patientPerspective", "Tag patientperspektivet med i opfølgningen, fx via den "
                        + "landsdækkende undersøgelse af patientoplevelser."))));
        log.info("Demo hearing '{}' sent to the working group with answers", PILOT_HEARING);
    }

    private static long invitee(HearingDetail hearing, String username) {
        return hearing.invitees().stream().filter(invitee -> username.equals(invitee.username())).map(InviteeInfo::id)
                .findFirst().orElseThrow();
    }
}
