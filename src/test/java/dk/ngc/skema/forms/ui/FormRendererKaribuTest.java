package dk.ngc.skema.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.ngc.skema.forms.definition.AnswerProblem;
import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.Condition;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.ResponseValidator;
import dk.ngc.skema.forms.definition.Section;
import dk.ngc.skema.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The renderer on its own: what it shows follows the same rules as the validator that decides on submit. */
class FormRendererKaribuTest extends KaribuTest {

    /** A repeating group whose "Land" column is asked only when the form says the collaboration is international. */
    private static final FormDefinition SITES = new FormDefinition("rows-test", null, LocalizedText.of("Steder", "Sites"), null, List.of(
            new Section("main", LocalizedText.of("Samarbejde", "Collaboration"), null, List.of(
                    Field.builder("international", FieldType.YES_NO).label("Internationalt samarbejde", "International").build(),
                    Field.builder("sites", FieldType.REPEATING_GROUP).label("Steder", "Sites").subFields(
                            Field.builder("name", FieldType.SHORT_TEXT).label("Navn", "Name").build(),
                            Field.builder("country", FieldType.SHORT_TEXT).label("Land", "Country").required()
                                    .visibleIf(Condition.equalTo("international", true)).build()).build()), null, false)));

    @Test
    void aSubFieldConditionedOnAFormFieldIsShownExactlyWhenSubmitRequiresIt() {
        Answers answers = Answers.empty().with("international", false).with("sites", List.of(Map.of("name", "Aarhus")));
        var renderer = new FormRenderer(SITES, answers, new RendererContext(Locale.of("da"), type -> List.of(), null, null), changed -> {
        });
        assertThat(country(renderer).isVisible()).isFalse();
        assertThat(ResponseValidator.validate(SITES, renderer.answers())).isEmpty();

        // The respondent says yes: the row asks for the country, which submit now requires.
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> international = descendants(renderer).filter(RadioButtonGroup.class::isInstance)
                .map(RadioButtonGroup.class::cast).findFirst().orElseThrow();
        _setValue(international, Boolean.TRUE);
        assertThat(country(renderer).isVisible()).isTrue();
        assertThat(ResponseValidator.validate(SITES, renderer.answers())).extracting(AnswerProblem::path)
                .containsExactly("sites[1].country");

        _setValue(international, Boolean.FALSE);
        assertThat(country(renderer).isVisible()).isFalse();
    }

    private static TextField country(Component root) {
        return descendants(root).filter(TextField.class::isInstance).map(TextField.class::cast)
                .filter(field -> "Land".equals(field.getLabel())).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormRendererKaribuTest::descendants));
    }
}
