package dk.ngc.skema.forms;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** A form version as lists and other features see it. */
public record FormVersionInfo(long id, String formKey, int number, FormVersionStatus status, String titleDa, String titleEn,
                              Set<String> respondentRoles, Instant createdAt, String createdBy, @Nullable Instant publishedAt,
                              long responseCount) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleDa;
    }
}
