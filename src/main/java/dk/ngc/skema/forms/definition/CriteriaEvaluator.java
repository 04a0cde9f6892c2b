package dk.ngc.skema.forms.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks patients against a criteria tree. {@link #isMet} is the hot path (a screening of thousands of
 * patients): plain recursion over the records, stopping as soon as a group is decided, with no
 * allocation. {@link #evaluate} also explains a "no", naming the failed branches, so a clinician sees
 * which criterion kept the patient out.
 */
public final class CriteriaEvaluator {

    private static final Locale DA = Locale.of("da");
    private static final Locale EN = Locale.ENGLISH;

    private CriteriaEvaluator() {
    }

    /**
     * Whether the node is met. A criterion with a quantity is met when the patient's value satisfies it;
     * without one, when its id is among the confirmed criteria. A group is met when at least its
     * {@link CriteriaNode.Group#requiredCount()} children are.
     */
    public static boolean isMet(CriteriaNode node, PatientFacts facts) {
        return switch (node) {
            case CriteriaNode.Criterion criterion -> criterion.quantity() == null
                    ? facts.met().contains(criterion.id())
                    : criterion.quantity().test(facts.values().get(criterion.quantity().variable()));
            case CriteriaNode.Group group -> {
                int needed = group.requiredCount();
                int count = 0;
                List<CriteriaNode> children = group.children();
                for (int i = 0; i < children.size() && count < needed; i++) {
                    if (isMet(children.get(i), facts)) {
                        count++;
                    }
                }
                yield count >= needed;
            }
        };
    }

    /** Whether the patient is eligible, and if not, the failed branches from the top down. */
    public static Evaluation evaluate(CriteriaNode node, PatientFacts facts) {
        if (isMet(node, facts)) {
            return new Evaluation(true, List.of());
        }
        List<LocalizedText> reasons = new ArrayList<>();
        explain(node, facts, reasons);
        return new Evaluation(false, reasons);
    }

    /**
     * Explains an unmet node. Under an ALL group every failed child is explained (each one kept the
     * patient out). Under ANY / AT_LEAST listing every unmet alternative would bury the point, so only
     * failed sub-groups that were partly met (near misses, e.g. developmental delay but IQ 75) are
     * explained further.
     */
    private static void explain(CriteriaNode node, PatientFacts facts, List<LocalizedText> reasons) {
        switch (node) {
            case CriteriaNode.Criterion criterion -> reasons.add(criterionReason(criterion, facts));
            case CriteriaNode.Group group -> {
                int met = 0;
                for (CriteriaNode child : group.children()) {
                    if (isMet(child, facts)) {
                        met++;
                    }
                }
                int total = group.children().size();
                int needed = group.requiredCount();
                reasons.add(LocalizedText.of(
                        "Gruppen \"" + CriteriaRenderer.name(group, DA) + "\" er ikke opfyldt: " + met + " af " + total
                                + " kriterier opfyldt, kræver " + needed,
                        "The group \"" + CriteriaRenderer.name(group, EN) + "\" is not met: " + met + " of " + total
                                + " criteria met, requires " + needed));
                for (CriteriaNode child : group.children()) {
                    if (isMet(child, facts)) {
                        continue;
                    }
                    if (group.kind() == CriteriaNode.GroupKind.ALL
                            || (child instanceof CriteriaNode.Group && anyCriterionMet(child, facts))) {
                        explain(child, facts, reasons);
                    }
                }
            }
        }
    }

    private static LocalizedText criterionReason(CriteriaNode.Criterion criterion, PatientFacts facts) {
        String da = "Kriteriet \"" + CriteriaRenderer.describe(criterion, DA) + "\" er ikke opfyldt";
        String en = "The criterion \"" + CriteriaRenderer.describe(criterion, EN) + "\" is not met";
        Quantity quantity = criterion.quantity();
        if (quantity != null) {
            BigDecimal actual = facts.values().get(quantity.variable());
            String labelDa = QuantityVariables.label(quantity.variable(), DA);
            String labelEn = QuantityVariables.label(quantity.variable(), EN);
            if (actual == null) {
                da += ": der er ingen værdi for " + labelDa + ", kræver " + quantity.display(DA);
                en += ": there is no value for " + labelEn + ", requires " + quantity.display(EN);
            } else {
                da += ": " + labelDa + " er " + quantity.valueText(actual) + ", kræver " + quantity.display(DA);
                en += ": " + labelEn + " is " + quantity.valueText(actual) + ", requires " + quantity.display(EN);
            }
        }
        return LocalizedText.of(da, en);
    }

    /**
     * When the node is met, the branch that satisfied it, from the top down: each criterion that counted, with the
     * patient's value where it is measured ("Kriteriet "…" er opfyldt: alder er 8 år"). Under an ALL group every child
     * counted; under ANY / AT_LEAST the first children met, as many as were needed. Empty when the node is not met.
     */
    public static List<LocalizedText> satisfiedBy(CriteriaNode node, PatientFacts facts) {
        if (!isMet(node, facts)) {
            return List.of();
        }
        List<LocalizedText> reasons = new ArrayList<>();
        satisfied(node, facts, reasons);
        return reasons;
    }

    private static void satisfied(CriteriaNode node, PatientFacts facts, List<LocalizedText> reasons) {
        switch (node) {
            case CriteriaNode.Criterion criterion -> {
                String da = "Kriteriet \"" + CriteriaRenderer.describe(criterion, DA) + "\" er opfyldt";
                String en = "The criterion \"" + CriteriaRenderer.describe(criterion, EN) + "\" is met";
                Quantity quantity = criterion.quantity();
                if (quantity != null) {
                    BigDecimal actual = facts.values().get(quantity.variable());
                    da += ": " + QuantityVariables.label(quantity.variable(), DA) + " er " + quantity.valueText(actual);
                    en += ": " + QuantityVariables.label(quantity.variable(), EN) + " is " + quantity.valueText(actual);
                }
                reasons.add(LocalizedText.of(da, en));
            }
            case CriteriaNode.Group group -> {
                int needed = group.requiredCount();
                int counted = 0;
                for (CriteriaNode child : group.children()) {
                    if (counted >= needed) {
                        break;
                    }
                    if (isMet(child, facts)) {
                        counted++;
                        satisfied(child, facts, reasons);
                    }
                }
            }
        }
    }

    private static boolean anyCriterionMet(CriteriaNode node, PatientFacts facts) {
        return switch (node) {
            case CriteriaNode.Criterion criterion -> isMet(criterion, facts);
            case CriteriaNode.Group group -> group.children().stream().anyMatch(child -> anyCriterionMet(child, facts));
        };
    }
}
