package dk.ngc.skema.network;

import dk.ngc.skema.consolidation.WgsRange;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two states of the directory (two releases, or a release and the one before it: its change log):
 * the indications added, withdrawn and changed (and in what: name, description, criteria, requisition, WGS), and the
 * effect on the expected WGS per year. Pure.
 */
public final class DirectoryDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** The parts of an indication a change can touch; the view names them. */
    public enum Part { NAME, DESCRIPTION, CRITERIA, REQUISITION, WGS, GROUP }

    public record Change(String code, String name, Kind kind, List<Part> parts, @Nullable WgsRange before, @Nullable WgsRange after,
                         int versionBefore, int versionAfter) {
    }

    /**
     * The diff.
     *
     * @param before the sum of expected WGS per year before; {@code after} after; {@link #effect()} the difference
     */
    public record Result(List<Change> changes, WgsRange before, WgsRange after) {

        /** After minus before, part by part (low, expected, high); may be negative. */
        public long[] effect() {
            return new long[]{after.low() - before.low(), after.expected() - before.expected(), after.high() - before.high()};
        }

        public boolean empty() {
            return changes.isEmpty();
        }
    }

    private DirectoryDiff() {
    }

    public static Result between(List<IndicationRecord> before, List<IndicationRecord> after) {
        Map<String, IndicationRecord> old = before.stream().collect(Collectors.toMap(IndicationRecord::code, Function.identity()));
        Map<String, IndicationRecord> now = after.stream().collect(Collectors.toMap(IndicationRecord::code, Function.identity()));
        TreeSet<String> codes = new TreeSet<>(Comparator.comparing(DirectoryDiff::sortKey));
        codes.addAll(old.keySet());
        codes.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String code : codes) {
            IndicationRecord a = old.get(code);
            IndicationRecord b = now.get(code);
            if (a == null) {
                changes.add(new Change(code, b.nameDa(), Kind.ADDED, List.of(), null, b.wgsPerYear(), 0, b.version()));
            } else if (b == null) {
                changes.add(new Change(code, a.nameDa(), Kind.REMOVED, List.of(), a.wgsPerYear(), null, a.version(), 0));
            } else {
                List<Part> parts = parts(a, b);
                if (!parts.isEmpty() || a.version() != b.version()) {
                    changes.add(new Change(code, b.nameDa(), Kind.CHANGED, parts, a.wgsPerYear(), b.wgsPerYear(), a.version(), b.version()));
                }
            }
        }
        return new Result(changes, sum(before), sum(after));
    }

    static List<Part> parts(IndicationRecord a, IndicationRecord b) {
        List<Part> parts = new ArrayList<>();
        if (!a.nameDa().equals(b.nameDa()) || !Objects.equals(a.nameEn(), b.nameEn())) {
            parts.add(Part.NAME);
        }
        if (!Objects.equals(a.description(), b.description())) {
            parts.add(Part.DESCRIPTION);
        }
        if (!a.criteria().toMap().equals(b.criteria().toMap())) {
            parts.add(Part.CRITERIA);
        }
        if (!a.requisition().equals(b.requisition())) {
            parts.add(Part.REQUISITION);
        }
        if (!a.wgsPerYear().equals(b.wgsPerYear())) {
            parts.add(Part.WGS);
        }
        if (!a.groupCode().equals(b.groupCode()) || !Objects.equals(a.networkId(), b.networkId())) {
            parts.add(Part.GROUP);
        }
        return parts;
    }

    static WgsRange sum(List<IndicationRecord> records) {
        return WgsRange.sum(records.stream().map(IndicationRecord::wgsPerYear).toList());
    }

    /** NGC-07.2 before NGC-07.10 before NGC-12.1: by group number, then indication number. */
    static String sortKey(String code) {
        var match = java.util.regex.Pattern.compile("NGC-(\\d+)\\.(\\d+)").matcher(code);
        return match.matches() ? String.format("%06d.%06d", Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))) : code;
    }
}
