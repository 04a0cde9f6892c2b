package dk.ngc.skema.qualification;

import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.hearing.AnswerDraft;
import dk.ngc.skema.hearing.HearingDetail;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.ServiceTest;
import dk.ngc.skema.testsupport.TestRounds;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Phase 3 through the services, as the demo users: NGC sends the draft consolidation to the societies the nominations
 * name (and one it adds), karen answers for Dansk Cardiologisk Selskab, lars drafts for DSMG, NGC reads the answers
 * side by side and takes them into the group, writes the notes on principles 3 and 4 and releases the case
 * presentation, which svend (steering group) then reads.
 */
class QualificationServiceTest extends ServiceTest {

    @Autowired
    QualificationService qualification;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    HearingService hearings;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;
    @Autowired
    dk.ngc.skema.round.RoundService rounds;
    @Autowired
    EntityManager entityManager;
    @Autowired
    QualificationGroupRepository groupRepository;
    @Autowired
    CasePresentationFiles files;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private static InviteeInfo invitee(HearingDetail hearing, String code) {
        return hearing.invitees().stream().filter(invitee -> code.equals(invitee.organisationCode())).findFirst().orElseThrow();
    }

    private static Answers row(Answers answers, int index, Map<String, Object> values) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(answers.rows("groups"));
        Map<String, Object> row = new java.util.LinkedHashMap<>(rows.get(index));
        row.putAll(values);
        rows.set(index, row);
        return answers.with("groups", rows);
    }

    @Test
    void societiesAnswerTheKvalificeringsskemaPerGroupAndNgcTakesTheAnswersIntoTheGroupAndReleasesTheCasePresentation() throws Exception {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "QS1");
        assertThatThrownBy(() -> qualification.send(round.roundId(), null, Map.of(round.blood(), List.of("region-hovedstaden"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("qualification.error.notASociety");

        QualificationInfo sent = qualification.send(round.roundId(), null, Map.of(round.blood(), List.of("dps")));
        assertThat(sent.groups()).extracting(QualificationGroupInfo::name).containsExactly("Hjerte og hørelse QS1", "Blod QS1");
        assertThat(sent.groups().getFirst().societies()).extracting(QualificationGroupInfo.Society::code).containsExactly("dcs", "dsmg");
        assertThat(sent.groups().get(1).societies()).extracting(QualificationGroupInfo.Society::code).containsExactly("dhs", "dps");
        HearingDetail hearing = hearings.hearing(sent.hearingId());
        assertThat(hearing.invitees()).extracting(InviteeInfo::organisationCode).containsExactlyInAnyOrder("dcs", "dsmg", "dhs", "dps");
        assertThat(hearing.questionsForm()).isNotNull();
        assertThat(hearing.document().anchors()).extracting(anchor -> anchor.heading(java.util.Locale.of("da")))
                .contains("Hjerte og hørelse QS1", "Blod QS1");
        assertThatThrownBy(() -> qualification.send(round.roundId(), null, Map.of()))
                .isInstanceOf(Refusal.class).hasMessageContaining("qualification.error.alreadySent");
        assertThat(rounds.round(round.roundId()).state()).as("sent: in qualification").isEqualTo(dk.ngc.skema.round.RoundState.IN_QUALIFICATION);

        actAs("karen"); // Dansk Cardiologisk Selskab is asked about the first group only: its response starts with that row
        ResponseDocument dcs = hearings.startQuestions(invitee(hearing, "dcs").id());
        assertThat(dcs.answers().rows("groups")).extracting(r -> r.get("group")).containsExactly(String.valueOf(round.heartAndHearing()));
        Answers written = row(dcs.answers(), 0, Map.of("wgsPerYear", Map.of("low", 15, "expected", 25, "high", 40),
                "otherSpecialties", "Klinisk fysiologi", "existingNetwork", "none"));
        ResponseDocument saved = hearings.saveQuestions(invitee(hearing, "dcs").id(), written, dcs.lockVersion());
        hearings.submit(invitee(hearing, "dcs").id(), new AnswerDraft(false, List.of()));

        actAs("lars"); // DSMG drafts, and sees only the group it is asked about, with its own answer
        ResponseDocument dsmg = hearings.startQuestions(invitee(hearing, "dsmg").id());
        hearings.saveQuestions(invitee(hearing, "dsmg").id(), row(dsmg.answers(), 0, Map.of("furtherIssues", "Cochleaimplantat-udredning")),
                dsmg.lockVersion());
        QualificationInfo larsSees = qualification.qualification(round.roundId()).orElseThrow();
        assertThat(larsSees.groups()).extracting(QualificationGroupInfo::name).containsExactly("Hjerte og hørelse QS1");
        assertThat(larsSees.groups().getFirst().answers()).extracting(SocietyAnswer::societyCode).containsExactly("dsmg");
        assertThat(larsSees.groups().getFirst().estimate()).as("NGC's draft figure").isNull();

        actAs("svend"); // the steering group sees no draft: neither the qualification nor an unreleased case presentation
        assertThatThrownBy(() -> qualification.qualification(round.roundId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> qualification.casePresentation(round.roundId())).isInstanceOf(AccessDeniedException.class);

        actAs("nina"); // the answers side by side, per group
        QualificationGroupInfo first = qualification.qualification(round.roundId()).orElseThrow().groups().getFirst();
        assertThat(first.answers()).extracting(SocietyAnswer::societyCode, SocietyAnswer::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dcs", "RESPONDED"), org.assertj.core.groups.Tuple.tuple("dsmg", "DRAFT"));
        assertThat(first.answers().getFirst().wgsPerYear()).isEqualTo(new WgsRange(15, 25, 40));
        assertThat(first.answers().getFirst().otherSpecialties()).isEqualTo("Klinisk fysiologi");
        assertThat(first.answers().get(1).furtherIssues()).isEqualTo("Cochleaimplantat-udredning");
        assertThat(first.estimate().estimate()).isEqualTo(new WgsRange(15, 30, 45));

        assertThatThrownBy(() -> qualification.takeIn(round.heartAndHearing(), new WgsRange(15, 25, 40), null, " "))
                .isInstanceOf(Refusal.class).hasMessageContaining("qualification.error.noteRequired");
        QualificationGroupInfo taken = qualification.takeIn(round.heartAndHearing(), new WgsRange(15, 25, 40), "Klinisk fysiologi",
                "DCS’ skøn lægges til grund; hørenedsættelsen overlapper.");
        assertThat(taken.takenIn().adjusted()).isEqualTo(new WgsRange(15, 25, 40));
        assertThat(consolidation.group(round.heartAndHearing()).estimate().adjusted()).isEqualTo(new WgsRange(15, 25, 40));
        assertThat(consolidation.group(round.heartAndHearing()).estimate().adjustedReason()).contains("DCS’ skøn lægges til grund");
        qualification.takeIn(round.heartAndHearing(), null, "Klinisk fysiologi, audiologi", "Specialer tilføjet.");
        long rowId = groupRepository.findByGroupId(round.heartAndHearing()).orElseThrow().id;
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            var audit = AuditReaderFactory.get(entityManager);
            List<Number> revisions = audit.getRevisions(QualificationGroup.class, rowId);
            assertThat(revisions).as("sent, then each take-in kept").hasSize(3);
            assertThat(audit.find(QualificationGroup.class, rowId, revisions.get(1)).note).isEqualTo("DCS’ skøn lægges til grund; hørenedsættelsen overlapper.");
        });

        qualification.saveCaseNotes(round.heartAndHearing(), "Tidlig diagnose sparer udredning.", "Gavner børn i alle regioner.");
        CasePresentation draft = qualification.casePresentation(round.roundId());
        assertThat(draft.draft()).isTrue();
        assertThat(draft.releasedAt()).isNull();
        assertThat(draft.funnel()).isEqualTo(new CasePresentation.Funnel(3, 3, 2, 0));
        qualification.release(round.roundId());
        assertThat(rounds.round(round.roundId()).state()).as("released: in decision").isEqualTo(dk.ngc.skema.round.RoundState.IN_DECISION);
        qualification.saveCaseNotes(round.heartAndHearing(), "Ændret efter frigivelsen.", null); // a later draft change

        actAs("svend");
        String pdf = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                files.render(round.roundId(), java.util.Locale.of("da")))).getTextFromPage(1);
        assertThat(pdf).contains("Sagsfremstilling til styregruppen", "Hjerte og hørelse QS1", "Dansk Cardiologisk Selskab",
                "Tidlig diagnose sparer udredning.");
        CasePresentation released = qualification.casePresentation(round.roundId());
        assertThat(released.draft()).isFalse();
        assertThat(released.releasedBy()).isEqualTo("nina");
        CasePresentation.CaseGroup group = released.groups().getFirst();
        assertThat(group.name()).isEqualTo("Hjerte og hørelse QS1");
        assertThat(group.nominations()).extracting(CasePresentation.CaseNomination::title)
                .containsExactly("Arvelige hjertesygdomme hos børn QS1", "Medfødt hørenedsættelse QS1");
        assertThat(group.nominations().getFirst().result()).contains("A");
        assertThat(group.estimate()).isEqualTo(new WgsRange(15, 25, 40));
        assertThat(group.answers()).extracting(SocietyAnswer::societyCode).containsExactly("dcs", "dsmg");
        assertThat(group.takenIn().addedSpecialties()).isEqualTo("Klinisk fysiologi, audiologi");
        assertThat(group.socioEconomic()).as("the released version, not the later draft").isEqualTo("Tidlig diagnose sparer udredning.");
        assertThat(group.broadEffect()).isEqualTo("Gavner børn i alle regioner.");
        assertThat(qualification.caseRounds()).extracting(r -> r.id()).contains(round.roundId());
        assertThat(saved.info().id()).isPositive();
    }

    @Test
    void aRoundWithANominationLeftOrWithoutGroupsIsNotSent() {
        var round = QualificationTestData.consolidated(this::actAs, testRounds, nominations, forms, assessment, consolidation, "QS2");
        consolidation.remove(consolidation.group(round.blood()).nominations().getFirst().nominationId());
        assertThatThrownBy(() -> qualification.send(round.roundId(), null, Map.of()))
                .isInstanceOf(Refusal.class).hasMessageContaining("qualification.error.nominationsLeft");
        assertThat(qualification.qualification(round.roundId())).isEmpty();
        actAs("karen");
        assertThatThrownBy(() -> qualification.qualification(round.roundId())).isInstanceOf(AccessDeniedException.class);
    }
}
