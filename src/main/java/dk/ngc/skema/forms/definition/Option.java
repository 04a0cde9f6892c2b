package dk.ngc.skema.forms.definition;

/**
 * A choice: {@code value} is what is stored in answers and exports (stable, never translated),
 * {@code label} is what the user reads. Also used for region-matrix columns.
 */
public record Option(String value, LocalizedText label) {

    public static Option of(String value, String da, String en) {
        return new Option(value, LocalizedText.of(da, en));
    }
}
