package dk.ngc.skema.qualification;

import dk.ngc.skema.consolidation.WgsRange;
import dk.ngc.skema.forms.definition.Answers;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kvalificeringsskema (forms/qualification.json) as this feature reads and prefills it: one response per society,
 * with a row per consolidated group it is asked about (the row's {@value #GROUP} names the group by id). A row per
 * group in one response, rather than one response per society and group, because a hearing has one answer per
 * invitee and the society answers once, for all its groups, in one place; the rows are prefilled with its groups.
 */
final class QualificationForm {

    static final String FORM_KEY = "qualification";
    static final String ROWS = "groups";
    static final String GROUP = "group";
    static final String WGS = "wgsPerYear";
    static final String OTHER_SPECIALTIES = "otherSpecialties";
    static final String FURTHER_ISSUES = "furtherIssues";
    static final String EXISTING_NETWORK = "existingNetwork";
    static final String NETWORK = "network";
    static final String NETWORK_PART = "networkPart";

    private QualificationForm() {
    }

    /** What a society's response starts with: a row for each of these groups, in order. */
    static Answers prefill(List<Long> groupIds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Long id : groupIds) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(GROUP, String.valueOf(id));
            rows.add(row);
        }
        return rows.isEmpty() ? Answers.empty() : Answers.of(Map.of(ROWS, rows));
    }

    /** One row of a society's response as read: the group it is about and the four answers. */
    record Row(long groupId, @Nullable WgsRange wgsPerYear, @Nullable String otherSpecialties, @Nullable String furtherIssues,
               @Nullable String existingNetwork, @Nullable String networkCode, @Nullable String networkPart) {
    }

    /**
     * The rows of a society's response by group id; a row naming no group, or a group given twice (the first counts),
     * is left out. Blank texts count as not answered.
     */
    static Map<Long, Row> rows(Answers answers) {
        Map<Long, Row> byGroup = new LinkedHashMap<>();
        for (Map<String, Object> values : answers.rows(ROWS)) {
            Answers row = Answers.of(values);
            Long groupId = row.text(GROUP).map(QualificationForm::id).orElse(null);
            if (groupId == null || byGroup.containsKey(groupId)) {
                continue;
            }
            WgsRange range = row.range(WGS).flatMap(r -> WgsRange.fromAnswer(r.low(), r.expected(), r.high())).orElse(null);
            String existing = text(row, EXISTING_NETWORK);
            boolean under = "whole".equals(existing) || "part".equals(existing);
            byGroup.put(groupId, new Row(groupId, range, text(row, OTHER_SPECIALTIES), text(row, FURTHER_ISSUES), existing,
                    under ? text(row, NETWORK) : null, "part".equals(existing) ? text(row, NETWORK_PART) : null));
        }
        return byGroup;
    }

    /** A society's answer for one group from its row (none written: every answer empty). */
    static SocietyAnswer answer(String code, String name, String state, java.time.@Nullable Instant submittedAt, @Nullable Row row,
                                Function<String, String> networkNames) {
        if (row == null) {
            return new SocietyAnswer(code, name, state, submittedAt, null, null, null, null, null, null, null);
        }
        return new SocietyAnswer(code, name, state, submittedAt, row.wgsPerYear(), row.otherSpecialties(), row.furtherIssues(),
                row.existingNetwork(), row.networkCode(), row.networkCode() == null ? null : networkNames.apply(row.networkCode()),
                row.networkPart());
    }

    private static @Nullable Long id(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String text(Answers row, String key) {
        return row.text(key).map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
    }
}
