package dk.ngc.skema.patientgroup;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Locale;

/** A selected patient group as views and other features see it. */
public record PatientGroupSummary(String code, String nameDa, String nameEn, PatientGroupOrigin origin, @Nullable String selectedRoundCode,
                                  @Nullable LocalDate selectedOn, @Nullable String networkStart) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
