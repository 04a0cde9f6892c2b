package dk.ngc.skema.network;

import java.util.Locale;

/** A selected patient group as a network names it. */
public record GroupRef(String code, String nameDa, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
