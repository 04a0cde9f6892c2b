package dk.ngc.skema.network;

import dk.ngc.skema.forms.definition.CriteriaEvaluator;
import dk.ngc.skema.forms.definition.Evaluation;
import dk.ngc.skema.forms.definition.LocalizedText;
import dk.ngc.skema.forms.definition.PatientFacts;

import java.util.List;
import java.util.Locale;

/**
 * "Kan tilbydes WGS?": an indication's criteria tree against what the clinician ticks and enters. The answer says why:
 * the branch that satisfied the tree when yes, the failing branches when no, in Danish and English. Pure, and nothing
 * about the patient is kept.
 */
public final class EligibilityChecker {

    /** The answer for one indication. */
    public record Result(String code, String nameDa, String nameEn, boolean eligible, List<LocalizedText> reasons) {

        public Result {
            reasons = List.copyOf(reasons);
        }

        public List<String> reasons(Locale locale) {
            return reasons.stream().map(reason -> reason.get(locale)).toList();
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
        }
    }

    private EligibilityChecker() {
    }

    public static Result check(IndicationRecord indication, PatientFacts facts) {
        Evaluation evaluation = CriteriaEvaluator.evaluate(indication.criteria(), facts);
        List<LocalizedText> reasons = evaluation.eligible() ? CriteriaEvaluator.satisfiedBy(indication.criteria(), facts) : evaluation.reasons();
        return new Result(indication.code(), indication.nameDa(), indication.name(Locale.ENGLISH), evaluation.eligible(), reasons);
    }

    /** Every indication of a group, those the patient may be offered WGS under first (then by code). */
    public static List<Result> checkAll(List<IndicationRecord> indications, PatientFacts facts) {
        return indications.stream().map(indication -> check(indication, facts))
                .sorted(java.util.Comparator.comparing((Result result) -> !result.eligible())
                        .thenComparing(result -> DirectoryDiff.sortKey(result.code())))
                .toList();
    }
}
