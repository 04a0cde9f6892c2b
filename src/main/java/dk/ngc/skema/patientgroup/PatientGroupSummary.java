package dk.ngc.skema.patientgroup;

import java.time.LocalDate;
import java.util.Locale;

/** A selected patient group as views and other features see it. */
public record PatientGroupSummary(String code, String nameDa, String nameEn, PatientGroupOrigin origin, String selectedRoundCode,
                                  LocalDate selectedOn, String networkStart) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
