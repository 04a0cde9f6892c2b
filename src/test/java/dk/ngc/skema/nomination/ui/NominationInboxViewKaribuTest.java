package dk.ngc.skema.nomination.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.FormService;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.nomination.NominationInfo;
import dk.ngc.skema.nomination.NominationService;
import dk.ngc.skema.nomination.RoundState;
import dk.ngc.skema.nomination.SimilarNominationInfo;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class NominationInboxViewKaribuTest extends KaribuTest {

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
        long round = nominations.ensureRound("KIB", "Karibu-indbakke", "nomination-round-2", now.minus(Duration.ofDays(1)),
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
                .contains("Ringet til Region Hovedstaden: de to slås sammen.", "nina", "KIB-001");
    }
}
