package dk.ngc.skema.forms.definition;

import dk.ngc.skema.demo.PilotDelimitation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseVariantTest {

    private final FormDefinition generic = FormJson.loadDefinition(PilotDelimitation.FORM);

    @Test
    void aNetworkThatLeavesOutAnItemAndAddsItsOwnMakesAVariantThatListsBothInTheFormsOrder() {
        Answers answers = PilotDelimitation.answers()
                .markedNotRelevant("patientPerspective", true)
                .markedNotRelevant("mdtPractice", true)
                .with("followUp.extra", List.of(Map.of("title", "Genetisk rådgivning af søskende", "text", "Søskende tilbydes rådgivning."),
                        Map.of("title", " ", "text", "")))
                .with("delimitation.extra", List.of(Map.of("title", "Fostre", "text", "Gælder ikke prænatal diagnostik.")));

        ResponseVariant variant = ResponseVariant.of(generic, answers);

        assertThat(variant.generic()).isFalse();
        assertThat(variant.left()).extracting(ResponseVariant.LeftOut::fieldKey).containsExactly("mdtPractice", "patientPerspective");
        assertThat(variant.left().getFirst().section().da()).isEqualTo(generic.sectionOf("mdtPractice").orElseThrow().title().da());
        // the empty row a member added and left blank is no item of the network's own
        assertThat(variant.added()).extracting(ResponseVariant.Added::sectionKey, ResponseVariant.Added::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("delimitation", "Fostre"),
                        org.assertj.core.groups.Tuple.tuple("followUp", "Genetisk rådgivning af søskende"));
    }

    @Test
    void theGenericFormAnsweredAsItIsIsNoVariant() {
        assertThat(ResponseVariant.of(generic, PilotDelimitation.answers()).generic()).isTrue();
    }

    @Test
    void aNotRelevantMarkOnAnItemThatMayNotBeLeftOutIsNoDeparture() {
        Answers answers = PilotDelimitation.answers().markedNotRelevant("indications", true);
        assertThat(ResponseVariant.of(generic, answers).left()).isEmpty();
    }
}
