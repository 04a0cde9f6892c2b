package dk.ngc.skema.network;

import dk.ngc.skema.base.Refusal;
import dk.ngc.skema.demo.PilotDelimitation;
import dk.ngc.skema.forms.ConcurrentEditException;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.ResponseDocument;
import dk.ngc.skema.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delimitation's workflow: the members co-edit a version (a conflicting save is detected), submit it, NGC sends it
 * to the working group's hearing, the steering group approves it and its indications enter the directory; the next
 * version stays out of force until it is approved; the pilot's inconsistency is a warning.
 */
class DelimitationServiceTest extends ServiceTest {

    @Autowired
    NetworkService networks;
    @Autowired
    DelimitationService delimitations;
    @Autowired
    DirectoryService directory;
    @Autowired
    FormService forms;
    @Autowired
    DelimitationCaseFiles caseFiles;

    static final java.util.Locale DA = java.util.Locale.of("da");

    @Test
    void membersCoEditSubmitNgcHearsTheWorkingGroupAndTheSteeringGroupApproves() throws Exception {
        actAs("nanna");
        actAs("mette");
        actAs("nina");
        NetworkInfo network = networks.create("R1-03", "Endokrinologiske patienter", null, null, List.of("des"));
        long id = network.id();
        long lvs = network.seats().stream().filter(s -> s.kind() == SeatKind.LVS).findFirst().orElseThrow().id();
        actAs("nanna");
        networks.appoint(NetworkServiceTest.seat(network, SeatKind.REGION, "region-nordjylland").id(), MemberChoice.person("nanna"), null, null);
        actAs("lars");
        networks.appoint(lvs, MemberChoice.person("mette"), "dsmg", null);

        actAs("rasmus"); // not a member
        assertThatThrownBy(() -> delimitations.start(id)).isInstanceOf(AccessDeniedException.class);

        actAs("mette");
        DelimitationInfo first = delimitations.start(id);
        assertThat(first.state()).isEqualTo(DelimitationState.DRAFT);
        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(() -> delimitations.start(id)).isInstanceOf(Refusal.class).hasMessage("delimitation.refused.unfinished");
        long readByMette = forms.response(first.responseId()).lockVersion();

        actAs("nanna"); // a co-editor: saves first
        ResponseDocument nannas = forms.response(first.responseId());
        assertThat(nannas.editable()).isTrue();
        forms.saveDraft(first.responseId(), nannas.answers().with("patientGroup", "Endokrinologiske patienter"), nannas.lockVersion());
        actAs("william"); // the working group does not see a draft
        assertThat(delimitations.delimitations(id)).isEmpty();

        actAs("mette"); // her older copy conflicts
        assertThatThrownBy(() -> forms.saveDraft(first.responseId(), PilotDelimitation.answers(), readByMette))
                .isInstanceOf(ConcurrentEditException.class);
        var submitted = forms.submit(first.responseId(), PilotDelimitation.answers(), forms.response(first.responseId()).lockVersion());
        assertThat(submitted.submitted()).isTrue();
        DelimitationInfo afterSubmit = delimitations.delimitations(id).getFirst();
        assertThat(afterSubmit.state()).isEqualTo(DelimitationState.SUBMITTED);
        assertThat(afterSubmit.warnings()).singleElement().extracting(DelimitationChecks.Warning::regionCode).isEqualTo("region-sjaelland");

        actAs("svend");
        assertThatThrownBy(() -> delimitations.decide(first.id(), true, null)).isInstanceOf(Refusal.class)
                .hasMessage("delimitation.refused.notInHearing");
        actAs("mette");
        assertThatThrownBy(() -> delimitations.sendToHearing(first.id())).isInstanceOf(AccessDeniedException.class);
        actAs("nina");
        DelimitationInfo inHearing = delimitations.sendToHearing(first.id());
        assertThat(inHearing.state()).isEqualTo(DelimitationState.IN_HEARING);
        assertThat(inHearing.hearingId()).isNotNull();

        actAs("william"); // now the working group reads it
        assertThat(delimitations.delimitations(id)).hasSize(1);
        assertThatThrownBy(() -> delimitations.decide(first.id(), true, null)).isInstanceOf(AccessDeniedException.class);
        // NGC's case presentation is for NGC and the steering group, not for the working group that comments on it.
        assertThat(delimitations.delimitations(id).getFirst().mayReadCase()).isFalse();
        assertThatThrownBy(() -> caseFiles.render(first.id(), DA)).isInstanceOf(AccessDeniedException.class);

        actAs("svend");
        assertThat(delimitations.delimitations(id).getFirst().mayReadCase()).isTrue();
        byte[] casePdf = caseFiles.render(first.id(), DA);
        String caseText = NetworkServiceTest.pdfText(casePdf).replaceAll("\\s+", " ");
        assertThat(caseText).contains("Sagsfremstilling: Endokrinologiske patienter – afgrænsning version 1",
                "Børn og unge under 18 år med sjældne sygdomme", // the indication on the cover and in the recommendation
                "I alt (1 indikationer)",
                "Region Sjælland", // the consistency warning
                "Høringsnotat"); // the hearing note joined after the recommendation
        try (var reader = new com.lowagie.text.pdf.PdfReader(casePdf)) {
            assertThat(com.lowagie.text.pdf.SimpleBookmark.getBookmarkList(reader)).extracting(bookmark -> bookmark.get("Title"))
                    .containsExactly("Sagsfremstilling", "Anbefalingen (afgrænsningsskemaet)", "Høringsnotatet");
        }

        assertThatThrownBy(() -> delimitations.decide(first.id(), false, " ")).isInstanceOf(Refusal.class)
                .hasMessage("delimitation.refused.returnComment");
        DelimitationInfo approved = delimitations.decide(first.id(), true, "Godkendt uden ændringer");
        assertThat(approved.state()).isEqualTo(DelimitationState.APPROVED);
        assertThat(approved.inForce()).isTrue();
        IndicationRecord indication = directory.indications().stream().filter(i -> i.groupCode().equals("R1-03")
                && i.nameDa().equals("Børn og unge under 18 år med sjældne sygdomme")).findFirst().orElseThrow();
        assertThat(indication.requisition()).hasSize(2);
        assertThat(indication.wgsPerYear()).isEqualTo(new dk.ngc.skema.consolidation.WgsRange(4000, 5000, 6000));
        assertThat(indication.networkNameDa()).isEqualTo("Endokrinologiske patienter");

        // A revision is a new version, prefilled; the approved one stays in force until it is approved.
        actAs("nanna");
        DelimitationInfo second = delimitations.start(id);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.inForce()).isFalse();
        assertThat(forms.response(second.responseId()).answers().rows("indications")).hasSize(1);
        assertThat(delimitations.delimitations(id)).extracting(DelimitationInfo::version, DelimitationInfo::inForce)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
    }
}
