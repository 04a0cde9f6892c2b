package dk.ngc.skema.nomination.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.round.RoundState;
import dk.ngc.skema.nomination.SimilarNominationInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class NominationInboxViewKaribuTest extends KaribuTest {

    @Autowired
    dk.ngc.skema.testsupport.TestRounds testRounds;
    @Autowired
    NominationService nominations;
    @Autowired
    FormService forms;

    private NominationInfo file(long round, String title, String description, boolean submit) {
        var nomination = nominations.start(round, List.of("region-hovedstaden"));
        var response = forms.response(nomination.responseId());
        Answers answers = dk.ngc.skema.nomination.NominationTestData.complete(title, List.of("region-hovedstaden"))
                .with("groupDescription", description);
        if (submit) {
            assertThat(forms.submit(nomination.responseId(), answers, response.lockVersion()).problems()).isEmpty();
        } else {
            forms.saveDraft(nomination.responseId(), answers, response.lockVersion());
        }
        return nomination;
    }

    @SuppressWarnings("unchecked")
    private static Grid<NominationInfo> grid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    private static List<NominationInfo> rows(Grid<NominationInfo> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void ninaSeesASubmittedNominationAndItsNearDuplicateInTheInbox() {
        Instant now = Instant.now();
        long round = testRounds.ensure("KIB", "Karibu-indbakke", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
        login("rasmus");
        var submitted = file(round, "Karibu arvelige nyresygdomme hos børn", "Børn med cystenyrer og Alport syndrom.", true);
        var duplicate = file(round, "Karibu arvelig nyresygdom hos børn", "Cystenyrer og Alport syndrom hos børn.", false);

        login("nina");
        navigate("indstillinger/indbakke");
        _get(TextField.class, spec -> spec.withId("inbox-text")).setValue("karibu arvelig");
        var grid = grid();
        List<NominationInfo> rows = rows(grid);
        assertThat(rows).extracting(NominationInfo::id).containsExactly(duplicate.id(), submitted.id());
        assertThat(rows.get(1).title()).isEqualTo("Karibu arvelige nyresygdomme hos børn");
        assertThat(rows.get(1).receiptNumber()).isEqualTo("KIB-001");
        assertThat(pageText()).contains("Indbakke – modtagne indstillinger");

        grid.select(rows.get(1));
        String details = _get(Component.class, spec -> spec.withId("inbox-details")).getElement().getTextRecursively();
        assertThat(details).contains("Karibu arvelige nyresygdomme hos børn", "Region Hovedstaden", "Lignende indstillinger",
                "Karibu arvelig nyresygdom hos børn", "%");
        assertThat(_get(Component.class, spec -> spec.withId("inbox-similar")).getElement().getChild(0).getTextRecursively())
                .contains("Karibu arvelig nyresygdom hos børn");

        // Koordinér: the near-duplicate is preselected; the note then shows in the panel.
        _click(_get(Button.class, spec -> spec.withId("inbox-coordinate")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<SimilarNominationInfo> related = _get(CheckboxGroup.class, spec -> spec.withId("coordinate-related"));
        assertThat(related.getValue()).extracting(hit -> hit.nomination().id()).contains(duplicate.id());
        _setValue(_get(TextArea.class, spec -> spec.withId("coordinate-note")), "Ringet til Region Hovedstaden: de to slås sammen.");
        _click(_get(Button.class, spec -> spec.withId("coordinate-save")));
        assertThat(_get(Component.class, spec -> spec.withId("inbox-coordination")).getElement().getTextRecursively())
                .contains("Koordineret", "Ringet til Region Hovedstaden: de to slås sammen.", "nina", "KIB-001",
                        "Besked sendt til: Rasmus Berg (rasmus@skema.example)");
    }

    private long openRound(String prefix) {
        Instant now = Instant.now();
        String code = prefix + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        return testRounds.ensure(code, "Karibu " + code, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), RoundState.OPEN).id();
    }

    private void select(NominationInfo nomination) {
        var grid = grid();
        grid.select(rows(grid).stream().filter(row -> row.id() == nomination.id()).findFirst().orElseThrow());
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void ninaLinksTwoNominationsAndRemovesTheLinkAgain() {
        long round = openRound("KL");
        login("rasmus");
        var first = file(round, "Karibu-link arvelig blindhed", "Retinitis pigmentosa hos børn.", true);
        var second = file(round, "Karibu-link arvelig blindhed og døvhed", "Usher syndrom hos børn.", true);
        var draft = file(round, "Karibu-link kladde", "Ikke indsendt.", false);

        login("nina");
        navigate("indstillinger/indbakke");
        _get(TextField.class, spec -> spec.withId("inbox-text")).setValue("karibu-link");
        select(first);
        _click(_get(Button.class, spec -> spec.withId("inbox-link")));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<NominationInfo> others = _get(MultiSelectComboBox.class, spec -> spec.withId("link-others"));
        // Only the round's other submitted nominations can be chosen; not the draft.
        assertThat(others.getListDataView().getItems().map(NominationInfo::id).toList()).contains(second.id()).doesNotContain(draft.id(), first.id());
        others.setValue(java.util.Set.of(nominations(others, second.id())));
        _setValue(_get(TextArea.class, spec -> spec.withId("link-note")), "Samme gruppe, to vinkler.");
        _click(_get(Button.class, spec -> spec.withId("link-save")));

        assertThat(text("inbox-linked")).contains("Karibu-link arvelig blindhed og døvhed");
        assertThat(text("inbox-coordination")).contains("Knyttet sammen", "Samme gruppe, to vinkler.");
        // The link shows from the other side as well.
        select(second);
        assertThat(text("inbox-linked")).contains("Karibu-link arvelig blindhed");

        _click(_get(Button.class, spec -> spec.withId("unlink-" + first.id())));
        assertThat(_find(Component.class, spec -> spec.withId("inbox-linked"))).isEmpty();
    }

    private static NominationInfo nominations(MultiSelectComboBox<NominationInfo> box, long id) {
        return box.getListDataView().getItems().filter(item -> item.id() == id).findFirst().orElseThrow();
    }

    @Test
    void ninaMergesANominationAfterTheDialogSaysWhatWillHappen() {
        long round = openRound("KM");
        login("rasmus");
        var kept = file(round, "Karibu-fletning arvelig epilepsi", "Epilepsi hos børn.", true);
        login("karen");
        var duplicate = nominations.start(round, List.of("dcs"));
        assertThat(forms.submit(duplicate.responseId(), dk.ngc.skema.nomination.NominationTestData.complete(
                "Karibu-fletning epilepsi hos børn", List.of("dcs")), forms.response(duplicate.responseId()).lockVersion()).problems()).isEmpty();

        login("nina");
        String keptReceipt = nominations.nomination(kept.id(), java.util.Locale.of("da")).receiptNumber();
        String duplicateReceipt = nominations.nomination(duplicate.id(), java.util.Locale.of("da")).receiptNumber();
        navigate("indstillinger/indbakke");
        _get(TextField.class, spec -> spec.withId("inbox-text")).setValue("karibu-fletning");
        select(duplicate);
        _click(_get(Button.class, spec -> spec.withId("inbox-merge")));
        assertThat(_get(Button.class, spec -> spec.withId("merge-confirm")).isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Select<NominationInfo> other = _get(Select.class, spec -> spec.withId("merge-other"));
        other.setValue(other.getListDataView().getItems().filter(item -> item.id() == kept.id()).findFirst().orElseThrow());
        // Opened on the duplicate, NGC keeps the other one.
        @SuppressWarnings("unchecked")
        RadioButtonGroup<NominationInfo> keep = _get(RadioButtonGroup.class, spec -> spec.withId("merge-keep"));
        keep.setValue(keep.getListDataView().getItems().filter(item -> item.id() == kept.id()).findFirst().orElseThrow());
        assertThat(text("merge-explain")).contains(keptReceipt + " beholder sine svar", "Organisationerne bag " + duplicateReceipt,
                "Indstillerne bag begge får besked", "kan ikke fortrydes");
        _setValue(_get(TextArea.class, spec -> spec.withId("merge-note")), "I har indstillet samme gruppe.");
        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));

        // The duplicate is now merged: its row and panel say so, and the panel points at the kept one.
        assertThat(rows(grid())).filteredOn(row -> row.id() == duplicate.id()).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(dk.ngc.skema.nomination.NominationState.MERGED));
        String details = text("inbox-details");
        assertThat(details).contains("Lagt sammen", "Sammenlagt med " + keptReceipt, "I har indstillet samme gruppe.",
                "Karen Juhl (karen@skema.example)", "Rasmus Berg (rasmus@skema.example)");
        assertThat(_find(Button.class, spec -> spec.withId("inbox-merge"))).isEmpty();
        select(kept);
        assertThat(text("inbox-merged-from")).contains(duplicateReceipt);
        assertThat(text("inbox-details")).contains("Dansk Cardiologisk Selskab");
    }

    @Test
    void aRefusedMergeIsExplainedInTheDialogAndChangesNothing() {
        long round = openRound("KR");
        login("rasmus");
        var first = file(round, "Karibu-afvist arvelig døvhed", "Døvhed hos børn.", true);
        var second = file(round, "Karibu-afvist døvhed hos børn", "Døvhed.", true);

        login("nina");
        navigate("indstillinger/indbakke");
        _get(TextField.class, spec -> spec.withId("inbox-text")).setValue("karibu-afvist");
        select(first);
        _click(_get(Button.class, spec -> spec.withId("inbox-merge")));
        @SuppressWarnings("unchecked")
        Select<NominationInfo> other = _get(Select.class, spec -> spec.withId("merge-other"));
        other.setValue(other.getListDataView().getItems().filter(item -> item.id() == second.id()).findFirst().orElseThrow());
        // Meanwhile the assessment starts.
        testRounds.beginAssessment(round);
        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));
        assertThat(text("merge-error")).contains("Vurderingen i", "er begyndt");
        assertThat(nominations.nomination(second.id(), java.util.Locale.of("da")).state())
                .isEqualTo(dk.ngc.skema.nomination.NominationState.SUBMITTED);
    }
}
