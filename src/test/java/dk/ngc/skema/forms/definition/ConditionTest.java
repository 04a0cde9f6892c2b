package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dk.ngc.skema.forms.definition.Condition.and;
import static dk.ngc.skema.forms.definition.Condition.compare;
import static dk.ngc.skema.forms.definition.Condition.equalTo;
import static dk.ngc.skema.forms.definition.Condition.in;
import static dk.ngc.skema.forms.definition.Condition.not;
import static dk.ngc.skema.forms.definition.Condition.notEmpty;
import static dk.ngc.skema.forms.definition.Condition.or;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionTest {

    private final Answers expansion = Answers.of(Map.of(
            "nominationType", "expansion",
            "basis", List.of("publications", "experience"),
            "patients", 120,
            "weight", new BigDecimal("70.0"),
            "declared", true,
            "blank", "   "));

    @Test
    void equalsMatchesTheAnswerOrAnElementOfAListAnswer() {
        assertThat(equalTo("nominationType", "expansion").test(expansion)).isTrue();
        assertThat(equalTo("nominationType", "new").test(expansion)).isFalse();
        assertThat(equalTo("basis", "experience").test(expansion)).isTrue();
        assertThat(equalTo("missing", "x").test(expansion)).isFalse();
    }

    @Test
    void equalsComparesNumbersByValueAndBooleansAsWritten() {
        assertThat(equalTo("weight", 70).test(expansion)).isTrue();
        assertThat(equalTo("patients", new BigDecimal("120.00")).test(expansion)).isTrue();
        assertThat(equalTo("declared", true).test(expansion)).isTrue();
        assertThat(equalTo("declared", false).test(expansion)).isFalse();
    }

    @Test
    void inMatchesAnyOfTheValues() {
        assertThat(in("nominationType", "new", "expansion").test(expansion)).isTrue();
        assertThat(in("nominationType", "new", "other").test(expansion)).isFalse();
        assertThat(in("basis", "screening", "publications").test(expansion)).isTrue();
    }

    @Test
    void notEmptyIgnoresBlankTextAndEmptyLists() {
        assertThat(notEmpty("nominationType").test(expansion)).isTrue();
        assertThat(notEmpty("blank").test(expansion)).isFalse();
        assertThat(notEmpty("missing").test(expansion)).isFalse();
        assertThat(notEmpty("list").test(Answers.empty().with("list", List.of()))).isFalse();
        assertThat(notEmpty("declared").test(expansion.with("declared", false))).isTrue();
    }

    @Test
    void compareUsesEachOperatorAndIsFalseWhenUnanswered() {
        assertThat(compare("patients", Comparison.LT, 121).test(expansion)).isTrue();
        assertThat(compare("patients", Comparison.LT, 120).test(expansion)).isFalse();
        assertThat(compare("patients", Comparison.LE, 120).test(expansion)).isTrue();
        assertThat(compare("patients", Comparison.GT, 119).test(expansion)).isTrue();
        assertThat(compare("patients", Comparison.GT, 120).test(expansion)).isFalse();
        assertThat(compare("patients", Comparison.GE, 120).test(expansion)).isTrue();
        assertThat(compare("patients", Comparison.EQ, 120).test(expansion)).isTrue();
        assertThat(compare("missing", Comparison.LT, 1000).test(expansion)).isFalse();
        assertThat(compare("nominationType", Comparison.LT, 1000).test(expansion)).isFalse();
    }

    @Test
    void andOrNotCombine() {
        Condition isExpansion = equalTo("nominationType", "expansion");
        Condition many = compare("patients", Comparison.GT, 1000);
        assertThat(and(isExpansion, many).test(expansion)).isFalse();
        assertThat(and(isExpansion, not(many)).test(expansion)).isTrue();
        assertThat(or(many, isExpansion).test(expansion)).isTrue();
        assertThat(or(many, not(isExpansion)).test(expansion)).isFalse();
        assertThat(not(or()).test(expansion)).as("an empty OR is false").isTrue();
        assertThat(and().test(expansion)).as("an empty AND is true").isTrue();
    }

    @Test
    void conditionsTravelAsJsonWithAnOpProperty() {
        Condition condition = and(equalTo("nominationType", "expansion"), or(in("basis", "publications"),
                not(notEmpty("x")), compare("patients", Comparison.GE, 10)));
        String json = FormJson.mapper().writeValueAsString(condition);
        assertThat(json).contains("\"op\" : \"and\"", "\"op\" : \"equals\"", "\"comparator\" : \">=\"");
        Condition back = FormJson.mapper().readValue(json, Condition.class);
        assertThat(back).isEqualTo(condition);
        assertThat(back.fieldKeys()).containsExactly("nominationType", "basis", "x", "patients");
    }
}
