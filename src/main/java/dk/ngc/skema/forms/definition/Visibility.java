package dk.ngc.skema.forms.definition;

/**
 * Whether a section or field is shown for given answers. One rule for the validator, the renderer and
 * the exports: a field is shown when its section is and its own condition holds; a hidden field is
 * neither required nor validated nor exported. A sub-field of a repeating group is tested against the
 * form's answers seen from its row ({@link Answers#inRow(java.util.Map)}), so it may refer to its row and to the form.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean shown(Section section, Answers answers) {
        return section.visibleIf() == null || section.visibleIf().test(answers);
    }

    public static boolean shown(Field field, Answers answers) {
        return field.visibleIf() == null || field.visibleIf().test(answers);
    }
}
