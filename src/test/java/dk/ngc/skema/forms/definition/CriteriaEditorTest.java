package dk.ngc.skema.forms.definition;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static dk.ngc.skema.forms.definition.CriteriaNode.all;
import static dk.ngc.skema.forms.definition.CriteriaNode.any;
import static dk.ngc.skema.forms.definition.CriteriaNode.criterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaEditorTest {

    /**
     * <pre>
     * ALL root
     *   a
     *   ANY g
     *     b
     *     c
     *   d
     * </pre>
     */
    private final CriteriaNode tree = all("root", criterion("a", "A", "A"), any("g", criterion("b", "B", "B"),
            criterion("c", "C", "C")), criterion("d", "D", "D"));

    private static String outline(CriteriaNode node) {
        return CriteriaRenderer.plainText(node, Locale.ENGLISH);
    }

    @Test
    void addChildAppendsToTheGroupAndLeavesTheOriginalUntouched() {
        CriteriaNode edited = CriteriaEditor.addChild(tree, "g", criterion("e", "E", "E"));

        assertThat(outline(edited)).isEqualTo("""
                All of the following:
                  - A
                  - At least one of the following:
                    - B
                    - C
                    - E
                  - D""");
        assertThat(CriteriaEditor.find(tree, "e")).isNull();
    }

    @Test
    void addChildRefusesADuplicateIdOrANonGroupParent() {
        assertThatThrownBy(() -> CriteriaEditor.addChild(tree, "g", criterion("a", "A2", "A2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a\"");
        assertThatThrownBy(() -> CriteriaEditor.addChild(tree, "a", criterion("e", "E", "E")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removeTakesTheSubtreeButNeverTheRoot() {
        assertThat(outline(CriteriaEditor.remove(tree, "g"))).isEqualTo("""
                All of the following:
                  - A
                  - D""");
        assertThatThrownBy(() -> CriteriaEditor.remove(tree, "root")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CriteriaEditor.remove(tree, "zzz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moveUpAndDownSwapWithTheSiblingAndStopAtTheEnds() {
        assertThat(outline(CriteriaEditor.moveUp(tree, "d"))).isEqualTo("""
                All of the following:
                  - A
                  - D
                  - At least one of the following:
                    - B
                    - C""");
        assertThat(outline(CriteriaEditor.moveDown(tree, "b"))).contains("    - C\n    - B");
        assertThat(CriteriaEditor.moveUp(tree, "a")).isEqualTo(tree);
        assertThat(CriteriaEditor.moveDown(tree, "d")).isEqualTo(tree);
    }

    @Test
    void indentMovesANodeIntoThePreviousSiblingGroup() {
        assertThat(outline(CriteriaEditor.indent(tree, "d"))).isEqualTo("""
                All of the following:
                  - A
                  - At least one of the following:
                    - B
                    - C
                    - D""");
    }

    @Test
    void indentAfterACriterionWrapsTheNodeInANewAllGroup() {
        CriteriaNode edited = CriteriaEditor.indent(tree, "a");

        assertThat(outline(edited)).startsWith("""
                All of the following:
                  - All of the following:
                    - A
                  - At least one of the following:""");
        assertThat(CriteriaEditor.parentOf(edited, "a")).get().extracting(CriteriaNode::id).isEqualTo("group-1");
        assertThat(CriteriaEditor.indent(tree, "root")).isEqualTo(tree);
    }

    @Test
    void outdentMovesANodeOutRightAfterItsGroup() {
        assertThat(outline(CriteriaEditor.outdent(tree, "b"))).isEqualTo("""
                All of the following:
                  - A
                  - At least one of the following:
                    - C
                  - B
                  - D""");
        assertThat(CriteriaEditor.outdent(tree, "a")).as("children of the root stay").isEqualTo(tree);
    }

    @Test
    void outdentingTheLastChildRemovesTheEmptyGroup() {
        CriteriaNode once = CriteriaEditor.outdent(tree, "c");
        CriteriaNode twice = CriteriaEditor.outdent(once, "b");

        assertThat(outline(twice)).isEqualTo("""
                All of the following:
                  - A
                  - B
                  - C
                  - D""");
    }

    @Test
    void indentThenOutdentRestoresTheTree() {
        assertThat(CriteriaEditor.outdent(CriteriaEditor.indent(tree, "d"), "d")).isEqualTo(tree);
    }

    @Test
    void replaceChangesOneNode() {
        CriteriaNode edited = CriteriaEditor.replace(tree, "g",
                new CriteriaNode.Group("g", CriteriaNode.GroupKind.AT_LEAST, 2, null, ((CriteriaNode.Group) CriteriaEditor.find(tree, "g")).children()));

        assertThat(outline(edited)).contains("At least 2 of the following:");
    }
}
