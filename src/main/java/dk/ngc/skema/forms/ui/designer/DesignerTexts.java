package dk.ngc.skema.forms.ui.designer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.ngc.skema.forms.FormVersionStatus;
import dk.ngc.skema.forms.definition.Condition;
import dk.ngc.skema.forms.definition.DefinitionProblem;
import dk.ngc.skema.forms.definition.LocalizedText;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small shared pieces of the designer: texts in two languages, the status badge, the problem list. */
final class DesignerTexts {

    private DesignerTexts() {
    }

    /** A text from the two inputs; blank inputs count as missing, both missing is no text. */
    static LocalizedText text(String da, String en) {
        String d = blankToNull(da);
        String e = blankToNull(en);
        return d == null && e == null ? null : new LocalizedText(d, e);
    }

    static LocalizedText withDa(LocalizedText text, String da) {
        return text(da, text == null ? null : text.en());
    }

    static LocalizedText withEn(LocalizedText text, String en) {
        return text(text == null ? null : text.da(), en);
    }

    static String da(LocalizedText text) {
        return text == null || text.da() == null ? "" : text.da();
    }

    static String en(LocalizedText text) {
        return text == null || text.en() == null ? "" : text.en();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The status as a coloured label, like a badge. */
    static Span statusBadge(FormVersionStatus status, String label) {
        var badge = new Span(label);
        badge.addClassNames("designer-status", "designer-status-" + status.name().toLowerCase(Locale.ROOT));
        badge.getElement().getThemeList().add("badge");
        var style = badge.getStyle()
                .set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l, 1em)")
                .set("font-size", "var(--lumo-font-size-s, 0.875rem)")
                .set("font-weight", "500");
        switch (status) {
            case DRAFT -> style.set("background", "var(--lumo-primary-color-10pct, #e8f0fe)").set("color", "var(--lumo-primary-text-color, #1a56c4)");
            case PUBLISHED -> style.set("background", "var(--lumo-success-color-10pct, #e6f4ea)").set("color", "var(--lumo-success-text-color, #1e7b34)");
            case RETIRED -> style.set("background", "var(--lumo-contrast-10pct, #eee)").set("color", "var(--lumo-secondary-text-color, #555)");
        }
        return badge;
    }

    /**
     * The refused definition's problems, each naming its place ({@code sections[2].fields[4] "key"}) and
     * what is wrong in the reader's language. Clicking a problem calls {@code goTo} with its place.
     */
    static Component problemList(String heading, List<DefinitionProblem> problems, Locale locale, Consumer<String> goTo) {
        var box = new Div();
        box.addClassName("designer-problems");
        box.getElement().setAttribute("role", "alert");
        styleAlert(box);
        var title = new Paragraph(heading);
        title.getStyle().set("font-weight", "600").set("margin", "0 0 0.5em 0");
        var list = new UnorderedList();
        list.getStyle().set("margin", "0");
        for (DefinitionProblem problem : problems) {
            var place = new Span(problem.location());
            place.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-size", "0.9em");
            var item = new ListItem(place, new Span(": " + problem.message(locale)));
            item.addClassName("designer-problem");
            if (goTo != null) {
                item.getStyle().set("cursor", "pointer");
                item.addClickListener(click -> goTo.accept(problem.place()));
            }
            list.add(item);
        }
        box.add(title, list);
        return box;
    }

    static Div message(String text) {
        var box = new Div(new Paragraph(text));
        box.getElement().setAttribute("role", "alert");
        styleAlert(box);
        return box;
    }

    private static void styleAlert(Div box) {
        box.getStyle().set("border", "1px solid var(--lumo-error-color-50pct, #e88)")
                .set("background", "var(--lumo-error-color-10pct, #fdecec)")
                .set("border-radius", "var(--lumo-border-radius-m, 6px)")
                .set("padding", "0.75em 1em")
                .set("width", "100%")
                .set("box-sizing", "border-box");
    }

    /** A condition read aloud: {@code nominationType = "expansion" og ...}. */
    static String describe(Condition condition, Function<String, String> translate) {
        return switch (condition) {
            case Condition.Equals c -> c.field() + " = " + show(c.value());
            case Condition.In c -> c.field() + " " + translate.apply("forms.designer.condition.op.in") + " "
                    + c.values().stream().map(DesignerTexts::show).collect(Collectors.joining(", "));
            case Condition.NotEmpty c -> c.field() + " " + translate.apply("forms.designer.condition.op.notEmpty");
            case Condition.Compare c -> c.field() + " " + (c.comparator() == null ? "?" : c.comparator().symbol()) + " "
                    + (c.number() == null ? "?" : c.number().toPlainString());
            case Condition.And c -> c.conditions().stream().map(inner -> group(inner, translate))
                    .collect(Collectors.joining(" " + translate.apply("forms.designer.condition.and") + " "));
            case Condition.Or c -> c.conditions().stream().map(inner -> group(inner, translate))
                    .collect(Collectors.joining(" " + translate.apply("forms.designer.condition.or") + " "));
            case Condition.Not c -> translate.apply("forms.designer.condition.not") + " (" + describe(c.condition(), translate) + ")";
        };
    }

    private static String group(Condition condition, Function<String, String> translate) {
        String text = describe(condition, translate);
        return condition instanceof Condition.And || condition instanceof Condition.Or ? "(" + text + ")" : text;
    }

    private static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
