package dk.ngc.skema.forms.definition;

import java.util.Locale;

/**
 * Something the respondent must fix before submitting.
 *
 * @param path       where, with 1-based row numbers as the user counts them and the CSV names them,
 *                   e.g. {@code indications[2].description} or {@code wgsPerYear.expected}
 * @param sectionKey the section holding the field, so the UI can take the user there
 */
public record AnswerProblem(Kind kind, String path, String sectionKey, String da, String en) {

    public enum Kind {
        REQUIRED, NOT_RELEVANT_NOT_ALLOWED, WRONG_SHAPE, TOO_LONG, NOT_A_NUMBER, NOT_AN_INTEGER, BELOW_MIN, ABOVE_MAX,
        RANGE_ORDER, INVALID_DATE, UNKNOWN_OPTION, TOO_FEW_CHOSEN, TOO_FEW_ROWS, TOO_MANY_ROWS, INVALID_REFERENCE,
        INVALID_EMAIL, FILE_TYPE, FILE_TOO_LARGE, INVALID_CRITERIA, EXTRA_ITEMS_NOT_ALLOWED
    }

    public String message(Locale locale) {
        return CriteriaRenderer.isEnglish(locale) ? en : da;
    }

    @Override
    public String toString() {
        return path + ": " + en;
    }
}
