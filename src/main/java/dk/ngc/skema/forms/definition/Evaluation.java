package dk.ngc.skema.forms.definition;

import java.util.List;
import java.util.Locale;

/**
 * Whether a patient meets the criteria and, when not, why: one reason per failed branch, from the top
 * down, each in Danish and English.
 */
public record Evaluation(boolean eligible, List<LocalizedText> reasons) {

    public Evaluation {
        reasons = List.copyOf(reasons);
    }

    public List<String> reasons(Locale locale) {
        return reasons.stream().map(reason -> reason.get(locale)).toList();
    }
}
