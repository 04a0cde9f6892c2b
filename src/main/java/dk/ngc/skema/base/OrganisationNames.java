package dk.ngc.skema.base;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Names of organisations by code, for the shared layout. Declared here and implemented by the
 * organisation feature, so that the layout (used by every feature's views) does not depend on a feature.
 */
public interface OrganisationNames {

    /** The names in the given language, in the order of the codes; unknown codes are left out. */
    List<String> namesOf(Collection<String> codes, Locale locale);

    /** Every organisation's name by code, in the given language. */
    java.util.Map<String, String> namesByCode(Locale locale);
}
