package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.ngc.skema.forms.definition.TestForms.field;
import static org.assertj.core.api.Assertions.assertThat;

/** What a change of one answer affects, and that validating just that gives what the whole form's validation says there. */
class FormDependenciesTest {

    /** type decides whether "existing" is asked; count > 10 opens the "why" section; a row's "kind" reads type too. */
    private static final FormDefinition FORM = TestForms.form(
            Section.of("about", "Om", "About",
                    field("title", FieldType.SHORT_TEXT).required().maxLength(10).build(),
                    field("type", FieldType.SINGLE_CHOICE).options(Option.of("new", "Ny", "New"), Option.of("expansion", "Udvidelse", "Expansion")).build(),
                    field("existing", FieldType.SHORT_TEXT).required().visibleIf(Condition.equalTo("type", "expansion")).build(),
                    field("count", FieldType.INTEGER).min(0).max(100).build(),
                    field("range", FieldType.NUMBER_RANGE).required().build()),
            Section.of("why", "Hvorfor", "Why",
                    field("reason", FieldType.LONG_TEXT).required().build(),
                    field("rows", FieldType.REPEATING_GROUP).subFields(
                            field("name", FieldType.SHORT_TEXT).required().build(),
                            field("kind", FieldType.SHORT_TEXT).required().visibleIf(Condition.equalTo("type", "expansion")).build()).build())
                    .withVisibleIf(Condition.compare("count", Comparison.GT, 10)),
            Section.of("other", "Andet", "Other",
                    field("note", FieldType.LONG_TEXT).maxLength(5).build()));

    private final FormDependencies dependencies = FormDependencies.of(FORM);

    @Test
    void aFieldNoConditionReadsAffectsOnlyItselfAndItsSectionsProgress() {
        var impact = dependencies.impactOf("title");
        assertThat(impact.fields()).containsExactly("title");
        assertThat(impact.visibility()).isEmpty();
        assertThat(impact.sections()).isEmpty();
        assertThat(impact.progress()).containsExactly("about");
        assertThat(impact.rowGroups()).isEmpty();
        assertThat(dependencies.impactOf("note").progress()).containsExactly("other");
    }

    @Test
    void aFieldAConditionReadsAffectsTheFieldsAndRowsShownByIt() {
        var impact = dependencies.impactOf("type");
        assertThat(impact.fields()).containsExactlyInAnyOrder("type", "existing", "rows");
        assertThat(impact.visibility()).containsExactly("existing");
        assertThat(impact.rowGroups()).containsExactly("rows");
        assertThat(impact.progress()).containsExactlyInAnyOrder("about", "why");
    }

    @Test
    void aFieldASectionConditionReadsAffectsEveryFieldOfThatSection() {
        var impact = dependencies.impactOf("count");
        assertThat(impact.sections()).containsExactly("why");
        assertThat(impact.fields()).containsExactlyInAnyOrder("count", "reason", "rows", "why.extra");
        assertThat(impact.progress()).containsExactlyInAnyOrder("about", "why");
    }

    @Test
    void aChangeInsideARepeatingGroupReappliesItsRowConditions() {
        var impact = dependencies.impactOf("rows");
        assertThat(impact.rowGroups()).containsExactly("rows");
        assertThat(impact.fields()).containsExactly("rows");
        assertThat(dependencies.sectionOf("rows")).isEqualTo("why");
        assertThat(dependencies.sectionOf("why.extra")).isEqualTo("why");
        assertThat(dependencies.sectionOf("unknown")).isNull();
    }

    /**
     * For many answers and every key changed: the full validation after the change differs from the one before only
     * on the keys the impact names, and validating those keys alone gives exactly the full validation's problems there.
     */
    @Test
    void validatingTheImpactAloneAgreesWithValidatingTheWholeForm() {
        List<Answers> befores = List.of(
                Answers.empty(),
                Answers.of(Map.of("title", "Kort", "type", "new", "count", 5)),
                Answers.of(Map.of("title", "Alt for lang titel", "type", "expansion", "count", 50,
                        "rows", List.of(Map.of("name", "a"), Map.of("kind", "b")), "range", Map.of("low", 5, "high", 1))),
                Answers.of(Map.of("count", 500, "note", "for lang", "reason", "fordi")));
        Map<String, List<Object>> changes = Map.of(
                "title", List.of("", "Titel", "En meget lang titel"),
                "type", List.of("new", "expansion"),
                "existing", List.of("", "R1-06"),
                "count", List.of(0, 11, 101),
                "range", List.of(Map.of("expected", 3), Map.of("low", 9, "expected", 1)),
                "reason", List.of("", "tekst"),
                "rows", List.of(List.of(), List.of(Map.of("name", "x", "kind", "y"))),
                "note", List.of("ok", "for lang tekst"));
        int checked = 0;
        for (Answers before : befores) {
            for (var change : changes.entrySet()) {
                for (Object value : change.getValue()) {
                    Answers after = before.with(change.getKey(), value);
                    var impact = dependencies.impactOf(change.getKey());
                    List<AnswerProblem> whole = ResponseValidator.validate(FORM, after);
                    List<AnswerProblem> partial = ResponseValidator.validate(FORM, after, impact.fields());
                    assertThat(partial).as("%s := %s from %s", change.getKey(), value, before)
                            .containsExactlyElementsOf(whole.stream().filter(problem -> concerns(problem, impact.fields())).toList());
                    Set<String> moved = new LinkedHashSet<>(keysOf(whole));
                    Set<String> was = keysOf(ResponseValidator.validate(FORM, before));
                    Set<String> differ = new LinkedHashSet<>(moved);
                    differ.addAll(was);
                    differ.removeIf(key -> problemsAt(whole, key).equals(problemsAt(ResponseValidator.validate(FORM, before), key)));
                    assertThat(impact.fields()).as("%s := %s from %s", change.getKey(), value, before).containsAll(differ);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 18);
    }

    private static boolean concerns(AnswerProblem problem, Set<String> keys) {
        return keys.contains(topKey(problem.path()));
    }

    private static String topKey(String path) {
        if (path.contains(".extra")) {
            return path.substring(0, path.indexOf(".extra") + ".extra".length());
        }
        int cut = path.length();
        for (char c : new char[]{'.', '['}) {
            int at = path.indexOf(c);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return path.substring(0, cut);
    }

    private static Set<String> keysOf(List<AnswerProblem> problems) {
        Set<String> keys = new LinkedHashSet<>();
        problems.forEach(problem -> keys.add(topKey(problem.path())));
        return keys;
    }

    private static List<String> problemsAt(List<AnswerProblem> problems, String key) {
        List<String> at = new ArrayList<>();
        problems.stream().filter(problem -> topKey(problem.path()).equals(key)).forEach(problem -> at.add(problem.kind() + problem.path()));
        return at;
    }
}
