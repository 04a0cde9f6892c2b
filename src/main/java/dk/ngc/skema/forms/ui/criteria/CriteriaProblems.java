package dk.ngc.skema.forms.ui.criteria;

import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.DefinitionProblem;
import dk.ngc.skema.forms.definition.DefinitionValidator;
import dk.ngc.skema.forms.definition.Field;
import dk.ngc.skema.forms.definition.FieldType;
import dk.ngc.skema.forms.definition.FormDefinition;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.Section;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The model's rules for a criteria tree (ids unique, criteria with text, groups with children,
 * 1 ≤ n ≤ children for "at least n"), asked of the model rather than repeated here. The model's checks
 * are package-private, so they are reached through {@link DefinitionValidator} with the tree as the only
 * field's template; replace with a public call when the model offers one.
 */
final class CriteriaProblems {

    /** One broken rule of the node with this id, in Danish and English without the model's internal place. */
    record Problem(String nodeId, LocalizedText message) {
    }

    /** The model's messages end in the node's place, e.g. " (children[2].children[0])" or " ((rod))". */
    private static final Pattern PLACE = Pattern.compile("\\s*\\((\\((rod|root)\\)|children\\[[0-9.\\[\\]children]*)\\)$");

    private CriteriaProblems() {
    }

    static List<Problem> of(CriteriaNode tree) {
        if (tree == null) {
            return List.of();
        }
        Field field = Field.builder("criteria", FieldType.CRITERIA_TREE).label("Kriterier", "Criteria")
                .defaultCriteria(tree).build();
        FormDefinition wrapper = new FormDefinition("criteria-check", null, LocalizedText.of("Kriterier", "Criteria"), null,
                List.of(Section.of("criteria", "Kriterier", "Criteria", field)));
        return DefinitionValidator.validate(wrapper).stream()
                .filter(problem -> problem.kind() == DefinitionProblem.Kind.INVALID_CRITERIA)
                .map(problem -> new Problem(problem.key(),
                        LocalizedText.of(withoutPlace(problem.da()), withoutPlace(problem.en()))))
                .toList();
    }

    static String withoutPlace(String message) {
        return message == null ? "" : PLACE.matcher(message).replaceFirst("");
    }
}
