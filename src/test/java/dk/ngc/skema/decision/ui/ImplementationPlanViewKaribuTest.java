package dk.ngc.skema.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.decision.DecisionService;
import dk.ngc.skema.decision.Quarter;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.qualification.QualificationService;
import dk.ngc.skema.qualification.QualificationTestData;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The implementation plan page used as in the browser: nina (NGC) starts the plan, sees that two groups share priority
 * 1 (the problem is listed and submitting is not offered), fixes it, moves a group to a later quarter and submits;
 * svend (steering group) does not see her draft, then reads the submitted plan and approves it with the meeting date;
 * both see it in force.
 */
class ImplementationPlanViewKaribuTest extends KaribuTest {

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
    DecisionService decision;

    private static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ngcDraftsAndSubmitsThePlanAndTheSteeringGroupApprovesIt() {
        var round = QualificationTestData.consolidated(this::login, testRounds, nominations, forms, assessment, consolidation, "IPV");
        login("nina");
        qualification.send(round.roundId(), null, Map.of());
        qualification.release(round.roundId());
        decision.record(round.heartAndHearing(), true, 1, LocalDate.of(2020, 12, 11), null, null);
        decision.record(round.blood(), true, 2, LocalDate.of(2020, 12, 11), null, null);
        long heart = round.heartAndHearing();
        long blood = round.blood();

        navigate("implementeringsplan/" + round.roundId());
        assertThat(paragraph("plan-status")).isEqualTo("Ingen godkendt plan endnu.");
        _click(button("plan-new-version"));
        assertThat(paragraph("plan-ready")).isEqualTo("Planen er komplet og kan indsendes til styregruppen.");

        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-priority-" + blood)), 1);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("plan-problems")).getElement().getTextRecursively())
                .contains("Prioriteterne skal være 1 til 2, hver én gang.");
        assertThat(button("plan-submit").isEnabled()).isFalse();
        _setValue(_get(IntegerField.class, spec -> spec.withId("plan-priority-" + heart)), 2);
        _setValue(_get(Select.class, spec -> spec.withId("plan-quarter-" + heart)), new Quarter(2021, 2));
        assertThat(paragraph("plan-saved")).startsWith("Gemt ");
        assertThat(button("plan-submit").isEnabled()).isTrue();

        login("svend");
        navigate("implementeringsplan/" + round.roundId());
        assertThat(paragraph("plan-no-versions")).as("the draft is NGC's").isNotBlank();

        login("nina");
        navigate("implementeringsplan/" + round.roundId());
        _click(button("plan-submit"));
        assertThat(_find(Button.class, spec -> spec.withId("plan-new-version"))).as("a version awaits the steering group").isEmpty();

        login("svend");
        navigate("implementeringsplan/" + round.roundId());
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("plan-lines-1"));
        assertThat(_size(lines)).isEqualTo(2);
        assertThat(_getFormattedRow(lines, 0)).contains("1", "Blod IPV", "1. kvartal 2021", "Nyt specialistnetværk");
        assertThat(_getFormattedRow(lines, 1)).contains("2", "Hjerte og hørelse IPV", "2. kvartal 2021");
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-meeting")), LocalDate.of(2021, 1, 15));
        _setValue(_get(TextArea.class, spec -> spec.withId("plan-decision-comment")), "Godkendt.");
        _click(button("plan-approve"));
        assertThat(paragraph("plan-status")).isEqualTo("Gældende plan: version 1.");
        assertThat(paragraph("plan-history-1")).contains("godkendt af svend på mødet 15. januar 2021");
        assertThat(paragraph("plan-comment-1")).isEqualTo("Styregruppens bemærkning: Godkendt.");

        login("nina");
        navigate("implementeringsplan/" + round.roundId());
        assertThat(paragraph("plan-status")).isEqualTo("Gældende plan: version 1.");
        assertThat(_find(Button.class, spec -> spec.withId("plan-new-version"))).as("a changed plan is a new version").hasSize(1);
    }
}
