package dk.ngc.skema.qualification.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.hearing.AnswerDraft;
import dk.ngc.skema.hearing.HearingService;
import dk.ngc.skema.hearing.InviteeInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.organisation.OrganisationSummary;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.QualificationTestData;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The qualification page, the hearing's questions form in the hearing page and the case presentation, used as in the
 * browser: NGC sends the draft (asking one more society), karen fills in the kvalificeringsskema in the hearing, NGC
 * reads the answers side by side and takes them in, writes the notes, releases and gets the PDF; lars sees only his
 * society's group; svend reads the released case presentation.
 */
class QualificationViewsKaribuTest extends KaribuTest {

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

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> rows(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i))).toList();
    }

    private QualificationTestData.Round round(String code) {
        return QualificationTestData.consolidated(this::login, testRounds, nominations, forms, assessment, consolidation, code);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ngcSendsTheDraftASocietyFillsInTheFormInTheHearingAndNgcTakesTheAnswerIn() {
        var round = round("QK1");
        navigate("kvalificering/" + round.roundId());
        assertThat(pageText()).contains("Primære specialeselskaber i indstillingerne: Dansk Cardiologisk Selskab, Dansk Selskab for Medicinsk Genetik");
        MultiSelectComboBox<OrganisationSummary> extra = _get(MultiSelectComboBox.class, spec -> spec.withId("qualification-extra-" + round.blood()));
        _setValue(extra, Set.of(extra.getListDataView().getItems().filter(o -> o.code().equals("dps")).findFirst().orElseThrow()));
        click("qualification-send-button");
        assertThat(paragraph("qualification-status")).startsWith("Sendt til selskaberne");
        assertThat(rows("qualification-answers-" + round.blood())).hasSize(2).allMatch(row -> row.contains("Afventer svar"));
        long hearingId = qualification.qualification(round.roundId()).orElseThrow().hearingId();

        login("karen"); // in the hearing: the kvalificeringsskema, with a row for the group her society is asked about
        navigate("hoering/" + hearingId);
        long dcs = hearings.hearing(hearingId).mine().stream().filter(invitee -> "dcs".equals(invitee.organisationCode()))
                .map(InviteeInfo::id).findFirst().orElseThrow();
        var panel = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("questions-" + dcs));
        TextArea specialties = _find(panel, TextArea.class).getFirst();
        _setValue(specialties, "Klinisk fysiologi");
        assertThat(hearings.questionsResponse(dcs).orElseThrow().answers().rows("groups").getFirst()).containsEntry("otherSpecialties", "Klinisk fysiologi");
        // The rest as the service takes it, then submitted with the answer.
        var response = hearings.questionsResponse(dcs).orElseThrow();
        Map<String, Object> row = new java.util.LinkedHashMap<>(response.answers().rows("groups").getFirst());
        row.put("wgsPerYear", Map.of("low", 12, "expected", 22, "high", 35));
        row.put("existingNetwork", "none");
        hearings.saveQuestions(dcs, response.answers().with("groups", List.of(row)), response.lockVersion());
        hearings.submit(dcs, new AnswerDraft(false, List.of()));

        login("nina"); // the hearing page shows each invitee's questions read-only; the qualification page side by side
        navigate("hoering/" + hearingId);
        assertThat(pageText()).contains("Svar på spørgsmålene", "Dansk Cardiologisk Selskab – Svar indsendt");
        navigate("kvalificering/" + round.roundId());
        assertThat(rows("qualification-answers-" + round.heartAndHearing())).anyMatch(line ->
                line.contains("Dansk Cardiologisk Selskab") && line.contains("12 / 22 / 35") && line.contains("Klinisk fysiologi"));
        _setValue(_get(Checkbox.class, spec -> spec.withId("takein-adjust-" + round.heartAndHearing())), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("takein-low-" + round.heartAndHearing())), 12);
        _setValue(_get(IntegerField.class, spec -> spec.withId("takein-expected-" + round.heartAndHearing())), 22);
        _setValue(_get(IntegerField.class, spec -> spec.withId("takein-high-" + round.heartAndHearing())), 35);
        _setValue(_get(TextArea.class, spec -> spec.withId("takein-note-" + round.heartAndHearing())), "DCS’ skøn lægges til grund.");
        click("takein-save-" + round.heartAndHearing());
        assertThat(paragraph("qualification-taken-" + round.heartAndHearing())).contains("Skønnet sat til 12 / 22 / 35", "Klinisk fysiologi",
                "DCS’ skøn lægges til grund.");
        assertThat(paragraph("qualification-estimate-" + round.heartAndHearing())).contains("12 / 22 / 35");
        assertThat(consolidation.group(round.heartAndHearing()).estimate().adjusted()).isEqualTo(new WgsRange(12, 22, 35));

        login("lars"); // DSMG: only the group it is asked about, and the way to the hearing
        navigate("kvalificering");
        assertThat(pageText()).contains("Hjerte og hørelse QK1").doesNotContain("Blod QK1");
        assertThat(_get(Anchor.class, spec -> spec.withId("qualification-answer-" + round.roundId())).getHref()).isEqualTo("hoering/" + hearingId);
    }

    @Test
    void ngcWritesTheNotesReleasesTheCasePresentationAndGetsThePdfAndTheSteeringGroupReadsTheReleasedOne() {
        var round = round("QK2");
        qualification.send(round.roundId(), null, Map.of());
        navigate("sagsfremstilling/" + round.roundId());
        assertThat(paragraph("case-status")).isEqualTo("NGC’s arbejdsversion, ikke frigivet til styregruppen endnu.");
        assertThat(paragraph("case-funnel")).startsWith("3 indstillinger → 3 i kategori A → 2 konsoliderede patientgrupper");
        _setValue(_get(TextArea.class, spec -> spec.withId("case-socio-" + round.heartAndHearing())), "Tidlig diagnose sparer udredning.");
        _setValue(_get(TextArea.class, spec -> spec.withId("case-broad-" + round.heartAndHearing())), "Gavner børn i hele landet.");
        click("case-save-notes-" + round.heartAndHearing());
        click("case-release");
        assertThat(paragraph("case-status")).startsWith("NGC’s arbejdsversion. Senest frigivet til styregruppen");

        UI ui = UI.getCurrent();
        click("case-pdf");
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return !_find(Anchor.class, spec -> spec.withId("case-pdf-download")).isEmpty();
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("case-pdf-download")).getElement().getTextRecursively())
                .contains("sagsfremstilling-QK2.pdf");

        login("svend");
        navigate("sagsfremstilling/" + round.roundId());
        assertThat(paragraph("case-status")).startsWith("Frigivet til styregruppen");
        assertThat(paragraph("case-socio-" + round.heartAndHearing())).endsWith("Tidlig diagnose sparer udredning.");
        assertThat(_find(Button.class, spec -> spec.withId("case-release"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(pageText()).contains("Hjerte og hørelse QK2", "Arvelige hjertesygdomme hos børn QK2");
    }

    @Test
    void theSteeringGroupFindsNoCasePresentationBeforeOneIsReleased() {
        login("svend");
        navigate("sagsfremstilling");
        // Other tests may have released one; then this round's is absent from the choice.
        if (!_find(Paragraph.class, spec -> spec.withId("case-none")).isEmpty()) {
            assertThat(paragraph("case-none")).isEqualTo("Der er ingen sagsfremstilling at læse endnu.");
        } else {
            assertThat(pageText()).contains("Frigivet til styregruppen");
        }
    }
}
