package dk.ngc.skema.forms;

import dk.ngc.skema.forms.definition.Option;

import java.util.List;

/**
 * A list of choices kept as data by another feature (e.g. the already selected patient groups), which
 * a form field names by {@link #name()} in its {@code optionSource}. A Spring bean implementing this is
 * picked up by {@link FormService}; the option values it returns must stay stable, as answers store them.
 */
public interface OptionSource {

    /** The name a form definition uses, e.g. "selected-patient-groups". */
    String name();

    /** The current choices, in the order they are offered. */
    List<Option> options();
}
