package dk.ngc.skema.forms.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a criteria tree must follow wherever it appears (a definition's template or a network's
 * answer): ids present and unique, criteria with a text or quantity, groups with children, and
 * "at least n" with 1 ≤ n ≤ number of children, since anything else can never or always be met.
 */
final class CriteriaChecks {

    /** One broken rule; {@code place} is relative to the tree's root, e.g. {@code children[2].children[0]}. */
    record Issue(String place, String id, String da, String en) {
    }

    private CriteriaChecks() {
    }

    static List<Issue> check(CriteriaNode root) {
        List<Issue> issues = new ArrayList<>();
        check(root, "", new HashSet<>(), issues);
        return issues;
    }

    private static void check(CriteriaNode node, String place, Set<String> seen, List<Issue> issues) {
        String here = place.isEmpty() ? "(rod)" : place;
        String hereEn = place.isEmpty() ? "(root)" : place;
        if (node.id() == null || node.id().isBlank()) {
            issues.add(new Issue(place, node.id(), "Et kriterium eller en gruppe mangler et id (" + here + ")",
                    "A criterion or group has no id (" + hereEn + ")"));
        } else if (!seen.add(node.id())) {
            issues.add(new Issue(place, node.id(), "Id'et \"" + node.id() + "\" er brugt mere end én gang i kriterietræet",
                    "The id \"" + node.id() + "\" is used more than once in the criteria tree"));
        }
        switch (node) {
            case CriteriaNode.Criterion criterion -> {
                if (LocalizedText.blank(criterion.text()) && criterion.quantity() == null) {
                    issues.add(new Issue(place, node.id(), "Kriteriet har ingen tekst (" + here + ")",
                            "The criterion has no text (" + hereEn + ")"));
                }
                if (criterion.quantity() != null && (criterion.quantity().variable() == null
                        || criterion.quantity().variable().isBlank() || criterion.quantity().op() == null
                        || criterion.quantity().value() == null)) {
                    issues.add(new Issue(place, node.id(), "Kriteriets måleværdi mangler variabel, sammenligning eller tal",
                            "The criterion's quantity lacks a variable, comparison or number"));
                }
            }
            case CriteriaNode.Group group -> {
                int size = group.children().size();
                if (group.kind() == null) {
                    issues.add(new Issue(place, node.id(), "Gruppen mangler en type (alle, mindst én, mindst n)",
                            "The group has no kind (all, any, at least n)"));
                } else if (size == 0) {
                    issues.add(new Issue(place, node.id(), "Gruppen \"" + CriteriaRenderer.name(group, java.util.Locale.of("da"))
                            + "\" har ingen kriterier", "The group \"" + CriteriaRenderer.name(group, java.util.Locale.ENGLISH)
                            + "\" has no criteria"));
                } else if (group.kind() == CriteriaNode.GroupKind.AT_LEAST && (group.n() < 1 || group.n() > size)) {
                    issues.add(new Issue(place, node.id(),
                            "\"Mindst " + group.n() + " af følgende\" kræver et tal mellem 1 og gruppens " + size + " kriterier",
                            "\"At least " + group.n() + " of the following\" needs a number between 1 and the group's "
                                    + size + " criteria"));
                }
                for (int i = 0; i < size; i++) {
                    check(group.children().get(i), (place.isEmpty() ? "" : place + ".") + "children[" + i + "]", seen, issues);
                }
            }
        }
    }
}
