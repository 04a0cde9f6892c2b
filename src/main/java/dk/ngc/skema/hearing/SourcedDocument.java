package dk.ngc.skema.hearing;

import dk.ngc.skema.forms.definition.Answers;
import dk.ngc.skema.forms.definition.FormDefinition;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document as a {@link DocumentSource} gives it, and as a hearing keeps it (a snapshot taken when the hearing is
 * made, so the invitees comment on exactly what was sent).
 *
 * @param definition for {@link DocumentKind#FORM} and {@link DocumentKind#FORM_RESPONSE}: the form, shown with the
 *                   engine's read-only renderer
 * @param answers    for {@link DocumentKind#FORM_RESPONSE}: the answers
 * @param file       for {@link DocumentKind#FILE}: the file
 */
public record SourcedDocument(DocumentKind kind, String titleDa, String titleEn, List<DocumentAnchor> anchors,
                              @Nullable FormDefinition definition, @Nullable Answers answers, @Nullable DocumentFile file) {

    public SourcedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(titleDa, "titleDa");
        Objects.requireNonNull(titleEn, "titleEn");
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleDa;
    }

    /** The sections and top-level fields of a form, in document order, as anchors. */
    public static List<DocumentAnchor> anchorsOf(FormDefinition definition) {
        List<DocumentAnchor> anchors = new java.util.ArrayList<>();
        for (var section : definition.sections()) {
            anchors.add(new DocumentAnchor(AnchorKind.SECTION, section.key(), section.title().da(), section.title().en(), null));
            for (var field : section.fields()) {
                if (field.key() != null && field.label() != null) {
                    anchors.add(new DocumentAnchor(AnchorKind.FIELD, field.key(), field.label().da(), field.label().en(), section.key()));
                }
            }
        }
        return anchors;
    }
}
