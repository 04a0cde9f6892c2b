package dk.ngc.skema.consolidation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.assessment.AssessmentService;
import dk.ngc.skema.consolidation.ConsolidationService;
import dk.ngc.skema.consolidation.ConsolidationTestData;
import dk.ngc.skema.consolidation.ConsolidationTestData.Filed;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.testsupport.KaribuTest;
import dk.ngc.skema.testsupport.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** NGC's consolidation workspace and the WGS budget ledger, used as in the browser. */
class ConsolidationViewsKaribuTest extends KaribuTest {

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

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String selectId, String label) {
        com.vaadin.flow.component.combobox.ComboBox<ConsolidationView.Target> select =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId(selectId));
        _setValue(select, select.getListDataView().getItems().filter(target -> target.label().equals(label)).findFirst().orElseThrow());
    }

    /** The ledger grid's rows as the person reads them, one text per row. */
    private static List<String> ledgerRows() {
        com.vaadin.flow.component.grid.Grid<?> grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("ledger-grid"));
        return java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i))).toList();
    }

    private List<NominationInfo> round(String code, List<Filed> filed) {
        return ConsolidationTestData.assessedRound(this::login, testRounds, nominations, forms, assessment, code, filed);
    }

    @Test
    void ngcMakesAGroupPlacesTheNominationsAndAdjustsTheEstimateWithAReason() {
        List<NominationInfo> filed = round("KK1", List.of(Filed.a("Arvelig høretab", 10, 20, 30, "dsmg"),
                Filed.a("Arvelig blindhed", 5, 10, 20, "dsmg"), Filed.a("Arvelig anæmi", 1, 2, 3, "dhs")));
        long round = filed.getFirst().roundId();
        navigate("konsolidering/" + round);
        assertThat(_find(ConsolidationView.class)).hasSize(1);
        assertThat(paragraph("consolidation-left")).isEqualTo("3 af 3 A-indstillinger mangler en plads.");
        assertThat(pageText()).contains("nævner samme primære specialeselskab: Dansk Selskab for Medicinsk Genetik",
                "Indstillet af: Region Hovedstaden", "Primære specialeselskaber: Dansk Hæmatologisk Selskab");

        _setValue(_get(TextField.class, spec -> spec.withId("group-name")), "Arvelige sansesygdomme");
        click("create-group");
        long group = consolidation.workspace(round).groups().getFirst().id();
        choose("move-" + filed.get(0).id(), "Arvelige sansesygdomme");
        choose("move-" + filed.get(1).id(), "Arvelige sansesygdomme");
        choose("move-" + filed.get(2).id(), "Udvidelse af Arvelig hæmatologisk sygdom, inkl. børn og unge med uafklaret cytopeni");
        assertThat(paragraph("consolidation-left")).isEqualTo("Alle 3 A-indstillinger har fået deres plads.");
        assertThat(paragraph("estimate-" + group)).isEqualTo("WGS pr. år: lav 15 / forventet 30 / høj 50");
        assertThat(pageText()).contains("Udvidelse af Arvelig hæmatologisk sygdom", "Dansk Selskab for Medicinsk Genetik");

        // An adjustment needs a reason: without one the page says so and nothing changes.
        _setValue(_get(IntegerField.class, spec -> spec.withId("adjust-expected-" + group)), 25);
        click("adjust-" + group);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("adjust-reason-" + group));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv en begrundelse for justeringen.");
        assertThat(paragraph("estimate-" + group)).isEqualTo("WGS pr. år: lav 15 / forventet 30 / høj 50");
        _setValue(_get(TextArea.class, spec -> spec.withId("adjust-reason-" + group)), "Blindhed og høretab udredes ofte sammen");
        click("adjust-" + group);
        assertThat(paragraph("estimate-" + group)).isEqualTo("WGS pr. år: lav 15 / forventet 25 / høj 50");
        assertThat(pageText()).contains("Justeret af NGC (summen af indstillingerne er lav 15 / forventet 30 / høj 50): Blindhed og høretab");

        // Taking one out leaves it without a place again; the history tells what happened.
        click("remove-" + filed.get(1).id());
        assertThat(paragraph("consolidation-left")).isEqualTo("1 af 3 A-indstillinger mangler en plads.");
        assertThat(pageText()).contains("Gruppe oprettet", "Indstilling lagt i gruppe", "Skøn justeret", "Indstilling taget ud", "nina");
    }

    @Test
    void theLedgerWarnsWhenThePlanExceedsTheBudgetAndTheSteeringGroupOnlyReadsIt() {
        List<NominationInfo> filed = round("KK2", List.of(Filed.a("Meget stor gruppe", 20_000, 30_000, 40_000, "dsmg")));
        long group = consolidation.createGroup(filed.getFirst().roundId(), "Meget stor gruppe", null);
        consolidation.place(filed.getFirst().id(), group);

        navigate("wgs-budget");
        assertThat(_find(WgsBudgetView.class)).hasSize(1);
        IntegerField cut = _get(IntegerField.class, spec -> spec.withId("ledger-cut"));
        _setValue(cut, cut.getMax());
        // Four years of at least 20,000 a year is more than 60,000 at every demand.
        assertThat(paragraph("ledger-warning-LOW")).startsWith("Advarsel: ved Lav efterspørgsel overskrider planen");
        assertThat(ledgerRows()).anySatisfy(row -> assertThat(row).contains("Meget stor gruppe (KK2)", "80.000 / 120.000 / 160.000"));
        _setValue(cut, 0);
        assertThat(_find(Paragraph.class, spec -> spec.withId("ledger-warning-LOW"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("ledger-place-save"))).hasSize(1);

        login("svend");
        navigate("");
        navigate("wgs-budget");
        assertThat(ledgerRows()).anySatisfy(row -> assertThat(row).contains("Meget stor gruppe (KK2)"));
        assertThat(_find(Button.class, spec -> spec.withId("ledger-place-save"))).isEmpty();
    }
}
