package dk.ngc.skema.forms.ui.criteria;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UI texts of the criteria tree editor, Danish and English, chosen by locale. Interim: the keys are
 * the ones the translation bundles are meant to get ({@code criteria.*}), so moving them is mechanical.
 */
public final class CriteriaTexts {

    private static final Map<String, String[]> TEXTS = new LinkedHashMap<>();

    static {
        put("criteria.editor", "Rediger kriterier", "Edit criteria");
        put("criteria.row.root", "Hovedgruppe", "Top group");
        put("criteria.row.group", "Gruppe {0}", "Group {0}");
        put("criteria.row.criterion", "Kriterium {0}", "Criterion {0}");
        put("criteria.kind", "Kræver", "Requires");
        put("criteria.kind.ALL", "Alle", "All");
        put("criteria.kind.ANY", "Mindst én", "At least one");
        put("criteria.kind.AT_LEAST", "Mindst n", "At least n");
        put("criteria.n", "Antal (n)", "Number (n)");
        put("criteria.groupLabel", "Overskrift (valgfri)", "Heading (optional)");
        put("criteria.groupLabelEn", "Overskrift på engelsk (valgfri)", "Heading in English (optional)");
        put("criteria.textDa", "Kriterium (dansk)", "Criterion (Danish)");
        put("criteria.textEn", "Kriterium (engelsk)", "Criterion (English)");
        put("criteria.details", "Engelsk tekst, kode og måling", "English text, code and measurement");
        put("criteria.groupDetails", "Engelsk overskrift", "English heading");
        put("criteria.codeSystem", "Kodesystem", "Code system");
        put("criteria.codeNone", "Ingen kode", "No code");
        put("criteria.codeOther", "Andet", "Other");
        put("criteria.codeValue", "Kode", "Code");
        put("criteria.codeValue.placeholder", "fx HP:0001252", "e.g. HP:0001252");
        put("criteria.quantity.variable", "Måling (variabel)", "Measurement (variable)");
        put("criteria.quantity.variable.placeholder", "fx age eller IQ", "e.g. age or IQ");
        put("criteria.quantity.op", "Sammenligning", "Comparison");
        put("criteria.quantity.value", "Grænse", "Limit");
        put("criteria.quantity.unit", "Enhed (valgfri)", "Unit (optional)");
        put("criteria.quantity.help",
                "Kun hvis kriteriet afgøres af en måling, fx alder under 18 år. Gemmes, når både variabel og grænse er udfyldt.",
                "Only when the criterion is decided by a measurement, e.g. age under 18. Saved once both variable and limit are filled in.");
        put("criteria.addCriterionInside", "Tilføj kriterium i gruppen", "Add criterion to the group");
        put("criteria.addCriterionBelow", "Tilføj kriterium nedenfor", "Add criterion below");
        put("criteria.addGroupInside", "Tilføj undergruppe", "Add sub-group");
        put("criteria.remove", "Fjern", "Remove");
        put("criteria.moveUp", "Flyt op", "Move up");
        put("criteria.moveDown", "Flyt ned", "Move down");
        put("criteria.indent", "Ryk ind (læg i gruppe)", "Indent (put in a group)");
        put("criteria.outdent", "Ryk ud (tag ud af gruppen)", "Outdent (take out of the group)");
        put("criteria.action.aria", "{0} – {1}", "{0} – {1}");
        put("criteria.undo", "Fortryd", "Undo");
        put("criteria.undo.tooltip", "Fortryd sidste ændring af kriterierne", "Undo the last change to the criteria");
        put("criteria.preview", "Sådan læses kriterierne", "How the criteria read");
        put("criteria.preview.emptyText", "(uden tekst)", "(no text)");
        put("criteria.problem", "{0}: {1}", "{0}: {1}");
        put("criteria.moreProblems", "… og {0} andre problemer", "… and {0} more problems");
        put("criteria.try", "Prøv kriterierne", "Try the criteria");
        put("criteria.try.help",
                "Sæt flueben ved det, en tænkt patient opfylder, og udfyld målingerne. Intet gemmes.",
                "Tick what an imagined patient meets and fill in the measurements. Nothing is saved.");
        put("criteria.try.measurements", "Målinger", "Measurements");
        put("criteria.try.eligible", "Patienten opfylder kriterierne", "The patient meets the criteria");
        put("criteria.try.notEligible", "Patienten opfylder ikke kriterierne", "The patient does not meet the criteria");
    }

    private final boolean english;

    private CriteriaTexts(boolean english) {
        this.english = english;
    }

    public static CriteriaTexts of(Locale locale) {
        return new CriteriaTexts(locale != null && "en".equals(locale.getLanguage()));
    }

    /** The text for the key, with {@code {0}}, {@code {1}} ... filled in. */
    public String get(String key, Object... arguments) {
        String[] pair = TEXTS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("No criteria text " + key);
        }
        String pattern = english ? pair[1] : pair[0];
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''")).format(arguments);
    }

    /** All keys with their Danish and English text, for moving them to the bundles. */
    public static Map<String, String[]> all() {
        return Map.copyOf(TEXTS);
    }

    private static void put(String key, String da, String en) {
        TEXTS.put(key, new String[]{da, en});
    }
}
