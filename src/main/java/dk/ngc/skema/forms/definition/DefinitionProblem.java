package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Why a form definition cannot be published, and where.
 *
 * @param place the path in the document, with 0-based indices as in the JSON, e.g. {@code sections[2].fields[4]}
 * @param key   the key of the element at that place (field, section, option ...), or null
 */
public record DefinitionProblem(Kind kind, String place, @Nullable String key, String da, String en) {

    public enum Kind {
        EMPTY_KEY, INVALID_KEY, DUPLICATE_KEY, EMPTY_LABEL, MISSING_OPTIONS, MISSING_SUB_FIELDS, MISSING_COLUMNS,
        MIN_GREATER_THAN_MAX, INVALID_SETTING, UNKNOWN_CONDITION_FIELD, CONDITION_VALUE_NOT_AN_OPTION,
        CONDITION_CYCLE, INVALID_CRITERIA,
        /** Longer than the column it is stored in. */
        TOO_LONG
    }

    /** The place as a reader wants it: {@code sections[2].fields[4] "wgsPerYear"}. */
    public String location() {
        return key == null || key.isBlank() ? place : place + " \"" + key + "\"";
    }

    public String message(Locale locale) {
        return CriteriaRenderer.isEnglish(locale) ? en : da;
    }

    @Override
    public String toString() {
        return location() + ": " + en;
    }
}
