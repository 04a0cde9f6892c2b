package dk.ngc.skema.forms.definition;

/**
 * Whether a section or field is shown for given answers. One rule for the validator and the export:
 * a field is shown when its section is and its own condition holds; a hidden field is neither required
 * nor validated nor exported.
 */
final class Visibility {

    private Visibility() {
    }

    static boolean shown(Section section, Answers answers) {
        return section.visibleIf() == null || section.visibleIf().test(answers);
    }

    static boolean shown(Field field, Answers answers) {
        return field.visibleIf() == null || field.visibleIf().test(answers);
    }
}
