package dk.ngc.skema.forms.definition;

/**
 * A coded meaning of a criterion (e.g. HPO {@code HP:0001252} for floppy infant), so that criteria can
 * later be matched against coded patient data rather than free text only.
 */
public record Code(System system, String value) {

    /** The terminology a code belongs to. */
    public enum System { HPO, ICD10, SKS, OTHER }

    public static Code of(System system, String value) {
        return new Code(system, value);
    }
}
