package dk.ngc.skema.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may requisition an indication's WGS, and how: structured, not only free text.
 *
 * @param specialty      the requisitioning doctors' specialty, e.g. "Klinisk genetik", "Pædiatri"
 * @param departmentType the kind of department, e.g. "Klinisk genetisk afdeling"
 * @param conditions     what must come first, e.g. "efter MDT-konference med klinisk genetisk afdeling"; may be empty
 * @param process        who then requisitions, interprets and answers, in words
 */
public record RequisitionPathway(String specialty, String departmentType, List<String> conditions, String process) {

    public RequisitionPathway {
        conditions = List.copyOf(conditions);
    }

    /** "Pædiatri (Pædiatrisk afdeling), efter MDT-konference med klinisk genetisk afdeling: …". */
    public String text() {
        StringBuilder out = new StringBuilder(specialty);
        if (!departmentType.isBlank()) {
            out.append(" (").append(departmentType).append(")");
        }
        conditions.forEach(condition -> out.append(", ").append(condition));
        if (!process.isBlank()) {
            out.append(": ").append(process);
        }
        return out.toString();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("specialty", specialty);
        map.put("departmentType", departmentType);
        map.put("conditions", conditions);
        map.put("process", process);
        return map;
    }

    static RequisitionPathway fromMap(Map<?, ?> map) {
        List<String> conditions = map.get("conditions") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new RequisitionPathway(string(map.get("specialty")), string(map.get("departmentType")), conditions, string(map.get("process")));
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The pathways of a delimitation's free text on who may requisition and how: one per numbered item (or line), the
     * requisitioning doctors and their department before the first comma, a condition starting with "efter" ("after"),
     * and what then happens after "hvor" ("where").
     */
    public static List<RequisitionPathway> parse(String text) {
        List<RequisitionPathway> pathways = new java.util.ArrayList<>();
        for (String raw : text.split("\\n|(?<=\\.)\\s+(?=\\d+\\.)")) {
            String item = raw.strip().replaceFirst("^\\d+[.)]\\s*", "");
            if (item.isBlank()) {
                continue;
            }
            int comma = item.indexOf(',');
            String who = comma < 0 ? item : item.substring(0, comma);
            String rest = comma < 0 ? "" : item.substring(comma + 1).strip();
            List<String> conditions = new java.util.ArrayList<>();
            int after = who.indexOf(" efter ");
            if (after >= 0) {
                conditions.add(who.substring(after + 1).strip());
                who = who.substring(0, after);
            }
            String department = "";
            int in = who.indexOf(" i ");
            if (in >= 0) {
                department = who.substring(in + 3).strip();
                who = who.substring(0, in);
            }
            String process = rest.startsWith("hvor ") ? rest.substring("hvor ".length()) : rest;
            process = process.endsWith(".") ? process.substring(0, process.length() - 1) : process;
            pathways.add(new RequisitionPathway(who.strip(), department, conditions, process.strip()));
        }
        return pathways;
    }
}
