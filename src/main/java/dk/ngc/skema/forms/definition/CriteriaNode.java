package dk.ngc.skema.forms.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree of indication criteria: "what must be met before WGS can be offered". Leaves are
 * {@link Criterion criteria}; inner nodes are {@link Group groups} requiring all, any or at least n of
 * their children, nested to any depth.
 *
 * <p>In a definition (as {@link Field#defaultCriteria()}) the tree is written by Jackson with a
 * {@code "type"} property; in {@link Answers} it is stored as the same structure of plain maps via
 * {@link #toMap()} / {@link #fromMap(Map)}, hand-written so no reflection runs when answers are read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CriteriaNode.Criterion.class, name = "criterion"),
        @JsonSubTypes.Type(value = CriteriaNode.Group.class, name = "group")
})
public sealed interface CriteriaNode {

    /** Unique within the tree; patient facts and editing operations refer to nodes by it. */
    String id();

    /** The text shown; optional on groups. */
    LocalizedText text();

    /** The answer shape: nested maps and lists, the same structure as the JSON of this node. */
    Map<String, Object> toMap();

    /**
     * A criterion: met when ticked (its id is among the patient's met criteria) or, when it has a
     * {@link Quantity}, when the patient's value satisfies it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Criterion(String id, @Nullable LocalizedText text, @Nullable Code code, @Nullable Quantity quantity) implements CriteriaNode {

        public Criterion withText(LocalizedText newText) {
            return new Criterion(id, newText, code, quantity);
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", "criterion");
            map.put("id", id);
            putText(map, text);
            if (code != null) {
                Map<String, Object> codeMap = new LinkedHashMap<>();
                codeMap.put("system", code.system().name());
                codeMap.put("value", code.value());
                map.put("code", codeMap);
            }
            if (quantity != null) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("variable", quantity.variable());
                q.put("op", quantity.op().symbol());
                q.put("value", quantity.value());
                if (quantity.unit() != null) {
                    q.put("unit", quantity.unit());
                }
                map.put("quantity", q);
            }
            return map;
        }
    }

    /**
     * A group of criteria.
     *
     * @param n for {@link GroupKind#AT_LEAST}: how many children must be met; ignored otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Group(String id, GroupKind kind, int n, @Nullable LocalizedText text, List<CriteriaNode> children)
            implements CriteriaNode {

        public Group {
            children = children == null ? List.of() : List.copyOf(children);
        }

        /** How many children must be met for the group to be met. */
        public int requiredCount() {
            return switch (kind) {
                case ALL -> children.size();
                case ANY -> 1;
                case AT_LEAST -> n;
            };
        }

        public Group withChildren(List<CriteriaNode> newChildren) {
            return new Group(id, kind, n, text, newChildren);
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("type", "group");
            map.put("id", id);
            map.put("kind", kind.name());
            map.put("n", (long) n);
            putText(map, text);
            List<Object> list = new ArrayList<>(children.size());
            children.forEach(child -> list.add(child.toMap()));
            map.put("children", list);
            return map;
        }
    }

    /** How a group combines its children. */
    enum GroupKind { ALL, ANY, AT_LEAST }

    static Criterion criterion(String id, String da, String en) {
        return new Criterion(id, LocalizedText.of(da, en), null, null);
    }

    static Criterion criterion(String id, String da, String en, Quantity quantity) {
        return new Criterion(id, LocalizedText.of(da, en), null, quantity);
    }

    static Group all(String id, CriteriaNode... children) {
        return new Group(id, GroupKind.ALL, 0, null, List.of(children));
    }

    static Group any(String id, CriteriaNode... children) {
        return new Group(id, GroupKind.ANY, 0, null, List.of(children));
    }

    static Group atLeast(String id, int n, CriteriaNode... children) {
        return new Group(id, GroupKind.AT_LEAST, n, null, List.of(children));
    }

    /**
     * Reads a node from its answer shape.
     *
     * @throws IllegalArgumentException when the map is not a criteria node
     */
    static CriteriaNode fromMap(Map<?, ?> map) {
        Object type = map.get("type");
        String id = map.get("id") instanceof String s ? s : null;
        LocalizedText text = textOf(map.get("text"));
        if ("criterion".equals(type)) {
            Code code = null;
            if (map.get("code") instanceof Map<?, ?> c) {
                code = new Code(Code.System.valueOf(String.valueOf(c.get("system"))), (String) c.get("value"));
            }
            Quantity quantity = null;
            if (map.get("quantity") instanceof Map<?, ?> q) {
                BigDecimal value = Values.number(q.get("value"));
                if (value == null) {
                    throw new IllegalArgumentException("A quantity needs a number: " + q);
                }
                quantity = new Quantity((String) q.get("variable"), Comparison.ofSymbol(String.valueOf(q.get("op"))),
                        value, (String) q.get("unit"));
            }
            return new Criterion(id, text, code, quantity);
        }
        if ("group".equals(type)) {
            GroupKind kind = GroupKind.valueOf(String.valueOf(map.get("kind")));
            BigDecimal n = Values.number(map.get("n"));
            List<CriteriaNode> children = new ArrayList<>();
            if (map.get("children") instanceof List<?> list) {
                for (Object child : list) {
                    if (!(child instanceof Map<?, ?> childMap)) {
                        throw new IllegalArgumentException("A criteria group's children must be nodes: " + child);
                    }
                    children.add(fromMap(childMap));
                }
            }
            return new Group(id, kind, n == null ? 0 : n.intValue(), text, children);
        }
        throw new IllegalArgumentException("Not a criteria node (type must be criterion or group): " + type);
    }

    private static void putText(Map<String, Object> map, LocalizedText text) {
        if (text != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            if (text.da() != null) {
                t.put("da", text.da());
            }
            if (text.en() != null) {
                t.put("en", text.en());
            }
            map.put("text", t);
        }
    }

    private static @Nullable LocalizedText textOf(@Nullable Object value) {
        if (value instanceof Map<?, ?> t) {
            return new LocalizedText((String) t.get("da"), (String) t.get("en"));
        }
        return null;
    }
}
