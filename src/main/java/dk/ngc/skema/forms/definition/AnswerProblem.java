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
        INVALID_EMAIL, FILE_TYPE, FILE_TOO_LARGE, INVALID_CRITERIA, EXTRA_ITEMS_NOT_ALLOWED, NUMBER_TOO_LARGE;

        /**
         * A limit of what the form stores, which even a draft must keep (see {@code ResponseValidator#storageProblems}):
         * a text longer than its field allows, more rows than allowed, a number that is not one or not whole where
         * whole numbers are asked for. Everything else (missing, out of bounds, ...) only blocks submission.
         */
        public boolean storageLimit() {
            return this == TOO_LONG || this == TOO_MANY_ROWS || this == NOT_A_NUMBER || this == NOT_AN_INTEGER
                    || this == NUMBER_TOO_LARGE;
        }
    }

    public String message(Locale locale) {
        return CriteriaRenderer.isEnglish(locale) ? en : da;
    }

    @Override
    public String toString() {
        return path + ": " + en;
    }
}
