package dk.ngc.skema.network;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.LocalizedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Consistency checks across the sections of a filled-in delimitation, shown as warnings (not errors) that name both
 * places. Today: the region matrix ("currentSetup": who interprets in each region) against the indications' text on who
 * may requisition and how ("indications[n].requisition": who interprets there). The pilot's table has Genomic Medicine
 * interpreting in Region Sjælland while its text says clinical genetics: the working group spotted it, and this check
 * finds it. Pure.
 */
public final class DelimitationChecks {

    /** The kinds of department the texts name, found by their usual Danish words. */
    enum Department {
        CLINICAL_GENETICS("klinisk genetik", "clinical genetics", "klinisk genetisk", "klinisk genetik", "kga", "genetiker"),
        GENOMIC_MEDICINE("genomisk medicin", "genomic medicine", "genomisk medicin"),
        MOLECULAR("molekylær diagnostik/medicin", "molecular diagnostics/medicine", "molekylær", "moma"),
        PAEDIATRICS("pædiatri", "paediatrics", "pædiatri");

        final String da;
        final String en;
        final List<String> words;

        Department(String da, String en, String... words) {
            this.da = da;
            this.en = en;
            this.words = List.of(words);
        }
    }

    /**
     * A warning: what the table says against what the text says.
     *
     * @param tableField the field of the table (the region matrix), to link to
     * @param textField  the field of the text (an indication's requisition), to link to
     */
    public record Warning(String regionCode, int indication, LocalizedText message, String tableField, String textField) {
    }

    static final Map<String, LocalizedText> REGION_NAMES = Map.of(
            "region-hovedstaden", LocalizedText.of("Region Hovedstaden", "Capital Region of Denmark"),
            "region-sjaelland", LocalizedText.of("Region Sjælland", "Region Zealand"),
            "region-syddanmark", LocalizedText.of("Region Syddanmark", "Region of Southern Denmark"),
            "region-midtjylland", LocalizedText.of("Region Midtjylland", "Central Denmark Region"),
            "region-nordjylland", LocalizedText.of("Region Nordjylland", "North Denmark Region"));
    private static final Pattern INTERPRETS = Pattern.compile("fortolk|interpret");

    private DelimitationChecks() {
    }

    public static List<Warning> warnings(Answers answers) {
        List<Warning> warnings = new ArrayList<>();
        Map<String, String> interpretation = interpretationByRegion(answers);
        List<Map<String, Object>> indications = answers.rows("indications");
        for (int i = 0; i < indications.size(); i++) {
            Object requisition = indications.get(i).get("requisition");
            if (!(requisition instanceof String text) || text.isBlank()) {
                continue;
            }
            Set<Department> saidInText = interpretersIn(text);
            if (saidInText.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> region : interpretation.entrySet()) {
                Set<Department> inTable = departments(region.getValue());
                if (inTable.isEmpty() || inTable.stream().anyMatch(saidInText::contains)) {
                    continue;
                }
                LocalizedText name = REGION_NAMES.getOrDefault(region.getKey(), LocalizedText.of(region.getKey(), region.getKey()));
                String textDa = saidInText.stream().map(d -> d.da).collect(Collectors.joining(" eller "));
                String textEn = saidInText.stream().map(d -> d.en).collect(Collectors.joining(" or "));
                warnings.add(new Warning(region.getKey(), i + 1, LocalizedText.of(
                        name.da() + ": tabellen over den nuværende organisering siger, at " + region.getValue().strip()
                                + " fortolker data, men beskrivelsen af, hvem der må rekvirere (indikation " + (i + 1) + "), siger " + textDa + ".",
                        name.get(Locale.ENGLISH) + ": the table of the current setup says " + region.getValue().strip()
                                + " interprets the data, but the text on who may requisition (indication " + (i + 1) + ") says " + textEn + "."),
                        "currentSetup", "indications[" + (i + 1) + "].requisition"));
            }
        }
        return warnings;
    }

    private static Map<String, String> interpretationByRegion(Answers answers) {
        Map<String, String> result = new LinkedHashMap<>();
        if (answers.get("currentSetup") instanceof Map<?, ?> setup) {
            for (String region : List.of("region-hovedstaden", "region-sjaelland", "region-syddanmark", "region-midtjylland", "region-nordjylland")) {
                if (setup.get(region) instanceof Map<?, ?> row && row.get("interpretation") instanceof String cell && !cell.isBlank()) {
                    result.put(region, cell);
                }
            }
        }
        return result;
    }

    /** The departments the text names as interpreting: those named in a sentence or numbered item that speaks of interpreting. */
    static Set<Department> interpretersIn(String text) {
        Set<Department> found = EnumSet.noneOf(Department.class);
        for (String part : text.split("\\n|(?<=\\.)\\s+(?=\\d+\\.)")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (!INTERPRETS.matcher(lower).find()) {
                continue;
            }
            // Who interprets is named after the words "hvor" / "where" when the item has them (who requisitions comes first).
            int where = Math.max(lower.indexOf("hvor "), lower.indexOf("where "));
            found.addAll(departments(where < 0 ? lower : lower.substring(where)));
        }
        found.remove(Department.PAEDIATRICS);
        return found;
    }

    static Set<Department> departments(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Department> found = EnumSet.noneOf(Department.class);
        for (Department department : Department.values()) {
            if (department.words.stream().anyMatch(lower::contains)) {
                found.add(department);
            }
        }
        return found;
    }
}
