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
}
