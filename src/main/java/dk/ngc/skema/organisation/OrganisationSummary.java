package dk.ngc.skema.organisation;

import java.util.Locale;

/** An organisation as other features see it. */
public record OrganisationSummary(String code, OrganisationType type, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
