package dk.ngc.skema.forms.definition;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Editing operations on a criteria tree, as pure functions: each returns a new tree and leaves the
 * given one untouched, so an editor can keep the previous trees for undo and a half-done edit never
 * corrupts a stored answer. Nodes are addressed by id.
 *
 * <p>Moves that are impossible where the node stands (moving the first child up, outdenting a child of
 * the root, indenting the root) return the tree unchanged, which is what an editor's disabled button
 * would do; unknown ids and breaking the tree's shape are programming errors and throw.
 */
public final class CriteriaEditor {

    private CriteriaEditor() {
    }

    /** Appends a child to the group with this id. */
    public static CriteriaNode addChild(CriteriaNode root, String groupId, CriteriaNode child) {
        Set<String> ids = ids(root);
        for (String id : ids(child)) {
            if (ids.contains(id)) {
                throw new IllegalArgumentException("The id \"" + id + "\" is already used in the tree");
            }
        }
        if (!(find(root, groupId) instanceof CriteriaNode.Group)) {
            throw new IllegalArgumentException("No group with id \"" + groupId + "\"");
        }
        return mapGroup(root, groupId, group -> {
            List<CriteriaNode> children = new ArrayList<>(group.children());
            children.add(child);
            return group.withChildren(children);
        });
    }

    /** Replaces the node with this id, e.g. after its text, code, quantity or group kind was edited. */
    public static CriteriaNode replace(CriteriaNode root, String id, CriteriaNode replacement) {
        requireNode(root, id);
        return replaceNode(root, id, replacement);
    }

    /** Removes the node (and its subtree). The root cannot be removed. */
    public static CriteriaNode remove(CriteriaNode root, String id) {
        requireNode(root, id);
        if (root.id().equals(id)) {
            throw new IllegalArgumentException("The root of a criteria tree cannot be removed");
        }
        CriteriaNode.Group parent = parentOf(root, id).orElseThrow();
        return mapGroup(root, parent.id(), group -> group.withChildren(
                group.children().stream().filter(child -> !child.id().equals(id)).toList()));
    }

    public static CriteriaNode moveUp(CriteriaNode root, String id) {
        return move(root, id, -1);
    }

    public static CriteriaNode moveDown(CriteriaNode root, String id) {
        return move(root, id, +1);
    }

    /**
     * Moves the node one level deeper: into the previous sibling when that is a group (as its last
     * child), otherwise into a new ALL group in the node's place (criteria cannot have children).
     */
    public static CriteriaNode indent(CriteriaNode root, String id) {
        requireNode(root, id);
        Optional<CriteriaNode.Group> parent = parentOf(root, id);
        if (parent.isEmpty()) {
            return root;
        }
        List<CriteriaNode> siblings = parent.get().children();
        int index = indexOf(siblings, id);
        CriteriaNode node = siblings.get(index);
        List<CriteriaNode> newSiblings = new ArrayList<>(siblings);
        if (index > 0 && siblings.get(index - 1) instanceof CriteriaNode.Group previous) {
            List<CriteriaNode> previousChildren = new ArrayList<>(previous.children());
            previousChildren.add(node);
            newSiblings.set(index - 1, previous.withChildren(previousChildren));
            newSiblings.remove(index);
        } else {
            newSiblings.set(index, new CriteriaNode.Group(freshId(root, "group"), CriteriaNode.GroupKind.ALL, 0, null,
                    List.of(node)));
        }
        return mapGroup(root, parent.get().id(), group -> group.withChildren(newSiblings));
    }

    /**
     * Moves the node one level up: out of its group, placed right after that group. A group left empty
     * is removed, since an empty group means nothing.
     */
    public static CriteriaNode outdent(CriteriaNode root, String id) {
        requireNode(root, id);
        Optional<CriteriaNode.Group> parent = parentOf(root, id);
        if (parent.isEmpty()) {
            return root;
        }
        Optional<CriteriaNode.Group> grandparent = parentOf(root, parent.get().id());
        if (grandparent.isEmpty()) {
            return root;
        }
        CriteriaNode node = find(root, id);
        CriteriaNode.Group oldParent = parent.get();
        CriteriaNode.Group newParent = oldParent.withChildren(
                oldParent.children().stream().filter(child -> !child.id().equals(id)).toList());
        List<CriteriaNode> uncles = new ArrayList<>(grandparent.get().children());
        int parentIndex = indexOf(uncles, oldParent.id());
        uncles.add(parentIndex + 1, node);
        if (newParent.children().isEmpty()) {
            uncles.remove(parentIndex);
        } else {
            uncles.set(parentIndex, newParent);
        }
        return mapGroup(root, grandparent.get().id(), group -> group.withChildren(uncles));
    }

    /** The first id "prefix-1", "prefix-2" ... not used in the tree, for nodes an editor creates. */
    public static String freshId(CriteriaNode root, String prefix) {
        Set<String> ids = ids(root);
        for (int i = 1; ; i++) {
            if (!ids.contains(prefix + "-" + i)) {
                return prefix + "-" + i;
            }
        }
    }

    /** The node with this id, or null. */
    public static @Nullable CriteriaNode find(CriteriaNode root, String id) {
        if (root.id() != null && root.id().equals(id)) {
            return root;
        }
        if (root instanceof CriteriaNode.Group group) {
            for (CriteriaNode child : group.children()) {
                CriteriaNode found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The group directly holding the node with this id; empty for the root. */
    public static Optional<CriteriaNode.Group> parentOf(CriteriaNode root, String id) {
        if (root instanceof CriteriaNode.Group group) {
            for (CriteriaNode child : group.children()) {
                if (id.equals(child.id())) {
                    return Optional.of(group);
                }
                Optional<CriteriaNode.Group> deeper = parentOf(child, id);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    private static CriteriaNode move(CriteriaNode root, String id, int delta) {
        requireNode(root, id);
        Optional<CriteriaNode.Group> parent = parentOf(root, id);
        if (parent.isEmpty()) {
            return root;
        }
        List<CriteriaNode> siblings = new ArrayList<>(parent.get().children());
        int index = indexOf(siblings, id);
        int target = index + delta;
        if (target < 0 || target >= siblings.size()) {
            return root;
        }
        siblings.set(index, siblings.get(target));
        siblings.set(target, find(root, id));
        return mapGroup(root, parent.get().id(), group -> group.withChildren(siblings));
    }

    private static CriteriaNode mapGroup(CriteriaNode root, String groupId,
                                         java.util.function.UnaryOperator<CriteriaNode.Group> change) {
        CriteriaNode group = find(root, groupId);
        return replaceNode(root, groupId, change.apply((CriteriaNode.Group) group));
    }

    private static CriteriaNode replaceNode(CriteriaNode node, String id, CriteriaNode replacement) {
        if (id.equals(node.id())) {
            return replacement;
        }
        if (node instanceof CriteriaNode.Group group) {
            List<CriteriaNode> children = new ArrayList<>(group.children().size());
            boolean changed = false;
            for (CriteriaNode child : group.children()) {
                CriteriaNode newChild = replaceNode(child, id, replacement);
                changed |= newChild != child;
                children.add(newChild);
            }
            return changed ? group.withChildren(children) : group;
        }
        return node;
    }

    private static void requireNode(CriteriaNode root, String id) {
        if (find(root, id) == null) {
            throw new IllegalArgumentException("No criteria node with id \"" + id + "\"");
        }
    }

    private static int indexOf(List<CriteriaNode> nodes, String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (id.equals(nodes.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    static Set<String> ids(CriteriaNode node) {
        Set<String> ids = new HashSet<>();
        collectIds(node, ids);
        return ids;
    }

    private static void collectIds(CriteriaNode node, Set<String> into) {
        into.add(node.id());
        if (node instanceof CriteriaNode.Group group) {
            group.children().forEach(child -> collectIds(child, into));
        }
    }
}
