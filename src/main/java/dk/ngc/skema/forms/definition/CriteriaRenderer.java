package dk.ngc.skema.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a criteria tree as the nested sentences a clinician reads in a delimitation:
 * <pre>
 * Alle følgende skal være opfyldt:
 *   - Mistanke om en genetisk årsag
 *   - Mindst én af følgende:
 *     - En eller flere misdannelser
 * </pre>
 * The outline (lines with depth) is for UIs that indent themselves; {@link Rendering#plainText()} is
 * for documents, hearings and CSV.
 */
public final class CriteriaRenderer {

    private CriteriaRenderer() {
    }

    /** One line of the outline: the root has depth 0, its children 1, and so on. */
    public record Line(int depth, String text, String nodeId, boolean group) {
    }

    /** The outline of a tree. */
    public record Rendering(List<Line> lines) {

        public Rendering {
            lines = List.copyOf(lines);
        }

        /** Two spaces per level, children bulleted with "- ". */
        public String plainText() {
            StringBuilder out = new StringBuilder();
            for (Line line : lines) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                out.append("  ".repeat(line.depth()));
                if (line.depth() > 0) {
                    out.append("- ");
                }
                out.append(line.text());
            }
            return out.toString();
        }
    }

    public static Rendering render(CriteriaNode node, Locale locale) {
        List<Line> lines = new ArrayList<>();
        add(node, 0, locale, lines);
        return new Rendering(lines);
    }

    public static String plainText(CriteriaNode node, Locale locale) {
        return render(node, locale).plainText();
    }

    private static void add(CriteriaNode node, int depth, Locale locale, List<Line> lines) {
        switch (node) {
            case CriteriaNode.Criterion criterion -> lines.add(new Line(depth, describe(criterion, locale), criterion.id(), false));
            case CriteriaNode.Group group -> {
                lines.add(new Line(depth, heading(group, locale), group.id(), true));
                group.children().forEach(child -> add(child, depth + 1, locale, lines));
            }
        }
    }

    /** A criterion's sentence: its text, else its quantity; with the code in brackets when it has one. */
    static String describe(CriteriaNode.Criterion criterion, Locale locale) {
        String text = LocalizedText.blank(criterion.text())
                ? (criterion.quantity() == null ? "" : criterion.quantity().display(locale))
                : criterion.text().get(locale);
        if (criterion.code() != null && criterion.code().value() != null) {
            text += " [" + criterion.code().system() + ": " + criterion.code().value() + "]";
        }
        return text;
    }

    /** "Alle følgende skal være opfyldt:", or with a label "Global udviklingsforsinkelse (alle følgende skal være opfyldt):". */
    static String heading(CriteriaNode.Group group, Locale locale) {
        String phrase = phrase(group, locale);
        if (LocalizedText.blank(group.text())) {
            return phrase + ":";
        }
        return group.text().get(locale) + " (" + Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1) + "):";
    }

    /** The group's own name in reasons: its label, else its phrase ("Mindst én af følgende"). */
    static String name(CriteriaNode.Group group, Locale locale) {
        return LocalizedText.blank(group.text()) ? phrase(group, locale) : group.text().get(locale);
    }

    static String phrase(CriteriaNode.Group group, Locale locale) {
        boolean english = isEnglish(locale);
        int n = group.kind() == CriteriaNode.GroupKind.ANY ? 1 : group.n();
        return switch (group.kind()) {
            case ALL -> english ? "All of the following" : "Alle følgende skal være opfyldt";
            case ANY, AT_LEAST -> n == 1
                    ? (english ? "At least one of the following" : "Mindst én af følgende")
                    : (english ? "At least " + n + " of the following" : "Mindst " + n + " af følgende");
        };
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
