package dk.ngc.skema.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.decision.Stance;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.patientgroup.PatientGroupService;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.QualificationTestData;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision page used as in the browser: svend (steering group) registers his position and comment on a group of
 * the released case presentation; nina (NGC) sees it counted, records the group as selected with its priority, and the
 * group shows its catalogue code and stands in the catalogue; svend can no longer take a position on it.
 */
class DecisionViewKaribuTest extends KaribuTest {

    @Autowired
    QualificationService qualification;
    @Autowired
    ConsolidationService consolidation;
    @Autowired
    AssessmentService assessment;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;
    @Autowired
    TestRounds testRounds;
    @Autowired
    PatientGroupService catalogue;

    private static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberTakesAPositionAndNgcRecordsTheSelectionWhichEntersTheCatalogue() {
        var round = QualificationTestData.consolidated(this::login, testRounds, nominations, forms, assessment, consolidation, "DV1");
        login("nina");
        qualification.send(round.roundId(), null, Map.of());
        qualification.release(round.roundId());
        long group = round.blood();

        login("svend");
        navigate("beslutning/" + round.roundId());
        assertThat(_find(Button.class, spec -> spec.withId("decision-record-" + group))).as("only NGC records").isEmpty();
        _setValue(_get(Select.class, spec -> spec.withId("decision-stance-" + group)), Stance.SUPPORT);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-comment-" + group)), "Stor effekt for få patienter.");
        _click(_get(Button.class, spec -> spec.withId("decision-take-position-" + group)));
        assertThat(paragraph("decision-counts-" + group)).isEqualTo("For: 1 · Imod: 0 · Undlader: 0");

        login("nina");
        navigate("beslutning/" + round.roundId());
        assertThat(_find(Button.class, spec -> spec.withId("decision-take-position-" + group))).as("NGC takes no position").isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("decision-positions-" + group)).getElement()
                .getTextRecursively()).contains("Svend Møller: For – Stor effekt for få patienter.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("decision-selected-" + group)), true);
        _setValue(_get(IntegerField.class, spec -> spec.withId("decision-rank-" + group)), 1);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-socio-" + group)), "Færre udredninger.");
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-broad-" + group)), "Gavner alle regioner.");
        _click(_get(Button.class, spec -> spec.withId("decision-record-" + group)));

        String outcome = paragraph("decision-outcome-" + group);
        assertThat(outcome).startsWith("Valgt på mødet").contains("med prioritet 1; optaget i kataloget som DV1-01.");
        assertThat(catalogue.selectedGroups()).anySatisfy(selected -> assertThat(selected.code()).isEqualTo("DV1-01"));

        login("svend");
        navigate("beslutning/" + round.roundId());
        assertThat(_find(Button.class, spec -> spec.withId("decision-take-position-" + group))).as("decided: no more positions").isEmpty();
        assertThat(paragraph("decision-outcome-" + group)).startsWith("Valgt på mødet");
    }
}
