package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * A text in Danish and English. Danish is the working language of the rounds, so it is the one that
 * must be there; English is optional and falls back to Danish.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(String da, @Nullable String en) {

    public static LocalizedText of(String da, @Nullable String en) {
        return new LocalizedText(da, en);
    }

    public static LocalizedText da(String da) {
        return new LocalizedText(da, null);
    }

    /** The text in the locale's language; Danish when English is asked for but missing. */
    public String get(@Nullable Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return da == null ? "" : da;
    }

    /** True when there is no Danish text: the text a user would see is empty. */
    public static boolean blank(LocalizedText text) {
        return text == null || text.da() == null || text.da().isBlank();
    }
}
