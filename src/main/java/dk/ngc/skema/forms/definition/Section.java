package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A titled part of a form (e.g. "Faglighed og værdi for patienten").
 *
 * @param visibleIf       when the whole section is shown; its fields are hidden with it
 * @param allowExtraItems the respondent may add own items (title + text) to the section, because the
 *                        generic forms do not cover everything a patient group needs to say; they are
 *                        stored under {@link #extraItemsKey()}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Section(String key, LocalizedText title, @Nullable LocalizedText help, List<Field> fields, @Nullable Condition visibleIf,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean allowExtraItems) {

    public Section {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Section of(String key, String titleDa, String titleEn, Field... fields) {
        return new Section(key, LocalizedText.of(titleDa, titleEn), null, List.of(fields), null, false);
    }

    /**
     * The answers key of the section's own items: a list of {@code {title, text}} maps. It contains a
     * dot, which field keys cannot, so it never collides with a field.
     */
    public String extraItemsKey() {
        return key + ".extra";
    }

    public Section withVisibleIf(Condition condition) {
        return new Section(key, title, help, fields, condition, allowExtraItems);
    }

    public Section withFields(List<Field> newFields) {
        return new Section(key, title, help, newFields, visibleIf, allowExtraItems);
    }
}
