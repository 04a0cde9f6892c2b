package dk.ngc.skema.forms.ui.criteria;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.ngc.skema.forms.definition.CriteriaNode;
import dk.ngc.skema.forms.definition.CriteriaRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A criteria tree as the nested sentences of {@link CriteriaRenderer} ("Alle følgende skal være opfyldt:"
 * with bulleted children), as real nested lists so screen readers announce the levels. Read-only; usable
 * on its own wherever a tree is shown (summaries, hearings).
 */
public class CriteriaPreview extends Div {

    public CriteriaPreview() {
        addClassName("criteria-preview");
    }

    public CriteriaPreview(CriteriaNode tree, Locale locale) {
        this();
        show(tree, locale);
    }

    /** Shows the tree; nothing for null. */
    public void show(CriteriaNode tree, Locale locale) {
        removeAll();
        if (tree == null) {
            return;
        }
        CriteriaTexts texts = CriteriaTexts.of(locale);
        List<CriteriaRenderer.Line> lines = CriteriaRenderer.render(tree, locale).lines();
        // lists.get(d) is the list receiving the lines of depth d: the list of the latest group at depth d - 1.
        List<UnorderedList> lists = new ArrayList<>();
        lists.add(null);
        for (CriteriaRenderer.Line line : lines) {
            Span text = new Span(line.text().isBlank() ? texts.get("criteria.preview.emptyText") : line.text());
            text.getElement().setAttribute("data-node-id", line.nodeId() == null ? "" : line.nodeId());
            if (line.group()) {
                text.getStyle().setFontWeight("600");
            }
            UnorderedList children = null;
            if (line.group()) {
                children = new UnorderedList();
                children.getStyle().setMargin("0").set("padding-inline-start", "1.5em");
            }
            if (line.depth() == 0) {
                Paragraph heading = new Paragraph(text);
                heading.getStyle().setMargin("0");
                add(heading);
                if (children != null) {
                    add(children);
                }
            } else {
                ListItem item = new ListItem(text);
                if (children != null) {
                    item.add(children);
                }
                lists.get(line.depth()).add(item);
            }
            while (lists.size() <= line.depth() + 1) {
                lists.add(null);
            }
            if (children != null) {
                lists.set(line.depth() + 1, children);
            }
        }
    }

    /** The text as read, one line per node, for tests and copying. */
    public String text() {
        return getElement().getTextRecursively();
    }
}
