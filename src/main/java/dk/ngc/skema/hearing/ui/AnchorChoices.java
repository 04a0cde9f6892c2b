package dk.ngc.skema.hearing.ui;

import dk.ngc.skema.hearing.AnchorKind;
import dk.ngc.skema.hearing.DocumentAnchor;
import dk.ngc.skema.hearing.DocumentKind;
import dk.ngc.skema.hearing.QuestionInfo;
import dk.ngc.skema.hearing.SourcedDocument;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What a comment can be about, in the order a reader meets it: the document as a whole, each question, then each
 * section and field of a form document (fields indented under their section); a file's comments name a place in
 * free text instead. Pure, so the labels and the round trip to a comment's anchor are tested without a UI.
 */
record AnchorChoices(List<Choice> choices, boolean placeInText) {

    /** One choice: the anchor kind and key a comment stores, and the label the reader sees. */
    record Choice(AnchorKind kind, @Nullable String anchor, String label) {
    }

    static AnchorChoices of(SourcedDocument document, List<QuestionInfo> questions, Locale locale,
                            BiFunction<String, Object[], String> text) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(AnchorKind.GENERAL, null, text.apply("hearing.anchor.general", new Object[0])));
        for (QuestionInfo question : questions) {
            choices.add(new Choice(AnchorKind.QUESTION, String.valueOf(question.id()),
                    text.apply("hearing.anchor.question", new Object[]{question.position() + 1, question.text()})));
        }
        for (DocumentAnchor anchor : document.anchors()) {
            String heading = anchor.heading(locale);
            choices.add(new Choice(anchor.kind(), anchor.id(), anchor.kind() == AnchorKind.SECTION
                    ? text.apply("hearing.anchor.section", new Object[]{heading})
                    : text.apply("hearing.anchor.field", new Object[]{heading})));
        }
        return new AnchorChoices(List.copyOf(choices), document.kind() == DocumentKind.FILE);
    }

    /** The choice a saved comment points at; a place in a file, or an anchor no longer offered, falls back to general. */
    Choice find(AnchorKind kind, @Nullable String anchor) {
        return choices.stream().filter(choice -> choice.kind() == kind && Objects.equals(choice.anchor(), anchor)).findFirst()
                .orElse(choices.getFirst());
    }

    /** How a comment's anchor reads in lists: its choice's label, or the place in a file as the commenter wrote it. */
    String label(AnchorKind kind, @Nullable String anchor, BiFunction<String, Object[], String> text) {
        if (kind == AnchorKind.PLACE) {
            return text.apply("hearing.anchor.place", new Object[]{anchor == null ? "" : anchor});
        }
        return choices.stream().filter(choice -> choice.kind() == kind && Objects.equals(choice.anchor(), anchor)).findFirst()
                .map(Choice::label).orElseGet(() -> text.apply("hearing.anchor.removed", new Object[]{anchor == null ? "" : anchor}));
    }
}
